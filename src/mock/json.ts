// Parses JSON and, when it is not valid, says where (line and column) and what was expected,
// without quoting the text: V8's own messages quote the input, which may hold a password.
import { createRequire } from "node:module";
import type * as JsoncParser from "jsonc-parser";

/** Loaded only to explain a parse failure, so start-up does not pay for it. */
let jsonc: typeof JsoncParser | undefined;
const loadJsonc = (): typeof JsoncParser =>
  (jsonc ??= createRequire(import.meta.url)("jsonc-parser") as typeof JsoncParser);

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
    const { parse, printParseErrorCode } = loadJsonc();
    const errors: JsoncParser.ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first) return { ok: false, message: "not valid JSON" };
    return {
      ok: false,
      message: `not valid JSON at ${position(text, first.offset)}: ${words(printParseErrorCode(first.error))}`,
    };
  }
}
