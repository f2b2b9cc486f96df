// Parses JSON and, when it is not valid, says where (line and column) and what was expected,
// without quoting the text: V8's own messages quote the input, which may hold a password.
import { type ParseError, parse as parseTolerant, printParseErrorCode } from "jsonc-parser";

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}

/** "PropertyNameExpected" → "property name expected". */
const words = (code: string): string => code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first) return { ok: false, message: "not valid JSON" };
    return { ok: false, message: `not valid JSON at ${position(text, first.offset)}: ${words(printParseErrorCode(first.error))}` };
  }
}
