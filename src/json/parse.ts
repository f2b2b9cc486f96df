// Parses JSON and, when it is not valid, says where (line and column) and what was expected,
// in the words of the CLI's own checks (walk.ts), never quoting the text: V8's messages quote
// the input, which may hold a password. JSON.parse does the work; the walk runs only to
// explain a failure (and, with `trailingCommas`, to tell a trailing comma from an error).
import { jsoncParser } from "./jsonc.js";
import { lineStarts, positionAt } from "./lines.js";
import { walkJson } from "./walk.js";

export type JsonParseResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      /** `not valid JSON at line 2, column 14: expected …`, or `not valid JSON` when no place is known. */
      message: string;
      /** 1-based place of the error in the text, and what was expected there. */
      line?: number;
      column?: number;
      reason?: string;
    };

export interface JsonTextOptions {
  /** Accept a comma before `}` or `]` (Graph docs' example metadata has them; RFC 8259 does not). */
  trailingCommas?: boolean;
}

/** `{ ok: false, message: "not valid JSON at line 2, column 14: expected …" }` for bad input. */
export function parseJsonText(text: string, options: JsonTextOptions = {}): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const trailingCommas = options.trailingCommas === true;
    const error = walkJson(text, {}, { trailingCommas });
    if (!error) {
      // Well-formed but for trailing commas: jsonc-parser reads the value (JSON.parse cannot).
      if (trailingCommas)
        return {
          ok: true,
          value: jsoncParser().parse(text, [], { allowTrailingComma: true, disallowComments: true }) as unknown,
        };
      // JSON.parse and the walk disagree: say so without a position.
      return { ok: false, message: "not valid JSON" };
    }
    const { line, column } = positionAt(lineStarts(text), error.offset);
    return {
      ok: false,
      message: `not valid JSON at line ${line}, column ${column}: ${error.message}`,
      line,
      column,
      reason: error.message,
    };
  }
}
