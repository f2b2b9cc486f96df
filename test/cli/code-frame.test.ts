// Code frames: the lines around a finding, secrets masked, long lines clipped.
import { describe, expect, it } from "vitest";
import { codeFrame, type FrameSource } from "../../src/cli/check/code-frame.js";
import { lineStarts } from "../../src/json/lines.js";
import { locatePointers } from "../../src/json/locate.js";

function source(text: string, firstLine = 1): FrameSource {
  return { text, starts: lineStarts(text), firstLine, secrets: locatePointers(text, []).secrets };
}

describe("codeFrame", () => {
  it.each([
    {
      name: "the line before, the line, the line after",
      text: '{\n  "a": 1,\n  "b": 2\n}',
      at: '"a"',
      want: {
        lines: [
          { number: 1, text: "{" },
          { number: 2, text: '  "a": 1,' },
          { number: 3, text: '  "b": 2' },
        ],
        line: 2,
        column: 3,
      },
    },
    {
      name: "file line numbers for a payload that starts further down",
      text: '{"a": 1}',
      firstLine: 40,
      at: "1",
      want: { lines: [{ number: 40, text: '{"a": 1}' }], line: 40, column: 7 },
    },
    {
      name: "a secret before the caret is masked and the caret follows",
      text: '{"password": "hunter2-Fixture-long", "targetUrl": "http://x"}',
      at: '"http',
      want: {
        lines: [{ number: 1, text: '{"password": "[REDACTED]", "targetUrl": "http://x"}' }],
        line: 1,
        column: 41,
      },
    },
    {
      name: "a caret on a secret points at its mask",
      text: '{"password": "hunter2-Fixture"}',
      at: '"hunter2',
      want: { lines: [{ number: 1, text: '{"password": "[REDACTED]"}' }], line: 1, column: 14 },
    },
    {
      name: "every scalar inside a secret member is masked",
      text: '{"pkcs12Value": [12345, true, "0ther-Fixture-Secret"], "x": 1}',
      at: "1}",
      want: {
        lines: [{ number: 1, text: '{"pkcs12Value": [[REDACTED], [REDACTED], "[REDACTED]"], "x": 1}' }],
        line: 1,
        column: 62,
      },
    },
  ])("$name", ({ text, firstLine, at, want }) => {
    expect(codeFrame(source(text, firstLine), text.indexOf(at))).toEqual(want);
  });

  it("clips a long line around the caret, keeping columns of the shown text", () => {
    const text = `{"pad": "${"x".repeat(500)}", "targetUrl": "http://x"}`;
    const frame = codeFrame(source(text), text.indexOf('"http'));
    const shown = frame.lines[0]?.text ?? "";
    expect(shown.startsWith("…")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(102);
    expect(shown.slice(frame.column - 1, frame.column + 5)).toBe('"http:');
  });

  it("stops at a syntax error, showing only what may be shown", () => {
    const text = '{\n  "a": 1\n  "password": "hunter2-Fixture"\n}';
    const frame = codeFrame(source(text), text.indexOf('"password'), { cutAfter: 0 });
    expect(frame.lines).toEqual([
      { number: 2, text: '  "a": 1' },
      { number: 3, text: "  " },
    ]);
  });

  it("replaces tabs and control characters so the caret lines up", () => {
    const text = '{\t"a":\t"\u0007"}';
    expect(codeFrame(source(text), text.indexOf('"a"')).lines[0]?.text).toBe('{ "a": "\uFFFD"}');
  });
});
