// Findings about how a file is encoded, before anything in it is read as JSON or HTTP.

import { lineStarts, positionAt } from "../../json/lines.js";
import type { DecodedText } from "../input/read-input.js";
import type { Finding } from "./model.js";

/** A byte order mark: JSON text must not have one (RFC 8259 §8.1); other text (Markdown, .http) just does not need it. */
export function bomWarning(line = 1, of: "json" | "text" = "json"): Finding {
  return {
    pointer: "",
    keyword: "encoding",
    severity: "warning",
    message:
      of === "json"
        ? "the file starts with a UTF-8 byte order mark, which JSON text must not have (RFC 8259 §8.1); it was ignored"
        : "the file starts with a UTF-8 byte order mark (U+FEFF), which UTF-8 text does not need; it was ignored",
    line,
    column: 1,
  };
}

/** The first invalid byte sequence of `decoded`, placed at its line and column. */
export function invalidUtf8Finding(decoded: DecodedText, firstLine = 1): Finding | undefined {
  if (!decoded.invalid) return undefined;
  const { line, column } = positionAt(lineStarts(decoded.text), decoded.invalid.offset);
  return {
    pointer: "",
    keyword: "encoding",
    severity: "error",
    message: decoded.invalid.message,
    line: firstLine + line - 1,
    column,
  };
}
