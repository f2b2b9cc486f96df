// Parses JSON and, when it is not valid, says where (line and column) and what was expected,
// in the words of the CLI's own checks (walk.ts), never quoting the text: V8's messages quote
// the input, which may hold a password. JSON.parse does the work; the walk runs only to
// explain a failure.
import { lineStarts, positionAt } from "./lines.js";
import { walkJson } from "./walk.js";

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string };

/** `{ ok: false, message: "not valid JSON at line 2, column 14: expected …" }` for bad input. */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const error = walkJson(text, {});
    // JSON.parse and the walk disagree: say so without a position.
    if (!error) return { ok: false, message: "not valid JSON" };
    const { line, column } = positionAt(lineStarts(text), error.offset);
    return { ok: false, message: `not valid JSON at line ${line}, column ${column}: ${error.message}` };
  }
}
