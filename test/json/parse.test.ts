// One JSON syntax explainer for the mock (request bodies, seed files) and the CLI (payload
// checks): parseJsonText words a failure as walkJson does, with the line and column.
import { describe, expect, it } from "vitest";
import { parseJsonText } from "../../src/json/parse.js";
import { walkJson } from "../../src/json/walk.js";

describe("parseJsonText", () => {
  it("returns the value of valid JSON", () => {
    expect(parseJsonText('{"a": [1, null]}')).toEqual({ ok: true, value: { a: [1, null] } });
  });

  it.each([
    ['{"displayName": "x",}', "line 1, column 21"],
    ['{"value": [\n  {"id": "a",}\n]}', "line 2, column 14"],
    ['{"a": 1} x', "line 1, column 10"],
    ["", "line 1, column 1"],
  ])("explains %j at %s in the walk's words", (text, where) => {
    const walked = walkJson(text, {});
    expect(walked).toBeDefined();
    const [line, column] = (where.match(/\d+/g) ?? []).map(Number);
    expect(parseJsonText(text)).toEqual({
      ok: false,
      message: `not valid JSON at ${where}: ${walked?.message}`,
      line,
      column,
      reason: walked?.message,
    });
  });

  it("with trailingCommas, reads a comma before } or ] and still explains every other fault", () => {
    expect(parseJsonText('{"a": [1, 2,], "b": {"c": 1,},}', { trailingCommas: true })).toEqual({
      ok: true,
      value: { a: [1, 2], b: { c: 1 } },
    });
    expect(parseJsonText("[1,]").ok).toBe(false); // strict without the option
    expect(parseJsonText("[,]", { trailingCommas: true })).toMatchObject({
      ok: false,
      reason: "expected a value, found ','",
    });
    expect(parseJsonText('{"a": 1,,}', { trailingCommas: true })).toMatchObject({
      ok: false,
      line: 1,
      column: 9,
      reason: "expected a property name in double quotes, found ','",
    });
    expect(parseJsonText('{"a": 1 // x\n}', { trailingCommas: true })).toMatchObject({
      ok: false,
      reason: "comments are not allowed in JSON",
    });
  });

  it("never quotes the text", () => {
    const result = parseJsonText('{"password": "Secret-1" x}');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("Secret-1");
  });
});
