// Issue 10, item 3: a code frame clips before it masks. A 128 MiB line of NUL bytes (or one
// minified JSON document) used to be masked, tab-replaced and control-escaped whole before
// the 100 characters around the caret were cut out of it, which exhausted the heap. The work
// is now bounded by the window: a call on a 1 MiB line costs about what one on a 1 KiB line
// does (work linear in the line would cost ~1,024 times as much).
import { describe, expect, it } from "vitest";
import { codeFrame, type FrameSource } from "../../src/cli/check/code-frame.js";
import { lineStarts } from "../../src/json/lines.js";
import { locatePointers } from "../../src/json/locate.js";
import { LINEAR_BOUND, padded, perCallCostRatio } from "./support/linear.js";

function framed(text: string, at: number): () => unknown {
  const source: FrameSource = {
    text,
    starts: lineStarts(text),
    firstLine: 1,
    secrets: locatePointers(text, []).secrets,
  };
  return () => codeFrame(source, at);
}

/** Builds the source once per length (outside the timed calls); the frame is what is timed. */
function costRatio(make: (length: number) => { text: string; at: number }): number {
  const frames = new Map<string, () => unknown>();
  return perCallCostRatio(
    (text) => frames.get(text)?.(),
    (length) => {
      const { text, at } = make(length);
      frames.set(text, framed(text, at));
      return text;
    },
  );
}

describe("code frames do work bounded by the window they show, not by the line", () => {
  it.each([
    {
      name: "a line of NUL bytes, caret in the middle",
      make: (length: number) => ({ text: "\0".repeat(length), at: length / 2 }),
    },
    {
      name: "three long lines (before, at and after the caret) of tabs and control characters",
      make: (length: number) => {
        const line = "\t\u001b".repeat(length / 6);
        return { text: `${line}\n${line}\n${line}`, at: (line.length * 3) / 2 };
      },
    },
    {
      name: "one minified document with a long secret before the caret and a long tail",
      make: (length: number) => {
        const text = padded(`{"password": "${"s".repeat(length / 2)}", "x": `, " ", '1, "y": 2}', length);
        return { text, at: text.indexOf('"x"') };
      },
    },
  ])("$name", ({ make }) => {
    expect(costRatio(make)).toBeLessThan(LINEAR_BOUND);
  });

  it("still masks and escapes what it shows of a long line", () => {
    const text = `{"password": "${"s".repeat(100_000)}", "x": "\u001b${"\0".repeat(100_000)}"}`;
    const frame = codeFrame(
      { text, starts: lineStarts(text), firstLine: 1, secrets: locatePointers(text, []).secrets },
      text.indexOf('"x"'),
    );
    const shown = frame.lines[0]?.text ?? "";
    expect(shown).toBe(`{"password": "[REDACTED]", "x": "${"\uFFFD".repeat(67)}…`);
    expect(shown.slice(frame.column - 1, frame.column + 2)).toBe('"x"');
  });
});
