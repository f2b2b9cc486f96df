// Findings about how a file is encoded, before anything in it is read as JSON or HTTP.

import { lineStarts, positionAt } from "../../json/lines.js";
import type { DecodedText } from "../input/read-input.js";
import type { Finding } from "./model.js";

export function bomWarning(line = 1): Finding {
  return {
    pointer: "",
    keyword: "encoding",
    severity: "warning",
    message:
      "the file starts with a UTF-8 byte order mark, which JSON text must not have (RFC 8259 §8.1); it was ignored",
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
