// Findings about how an HTTP message is written, before its body is read as JSON.
import type { Finding } from "./model.js";

/** A header field (RFC 9110 §5.1: token ":" value), as it would be misread at the top of a body. */
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(\S.*)?$/;

/**
 * A header line at the top of the body: an empty line above it ended the headers early
 * (RFC 9112 §2.1), so `Content-Type: application/json` became the first line of the body.
 * Said as such, rather than as "invalid JSON" at a place that shows nothing.
 */
export function bodyHeaderFinding(body: string, firstLine: number): Finding | undefined {
  const lines = body.split("\n");
  const index = lines.findIndex((line) => line.trim() !== "");
  const text = (lines[index] ?? "").replace(/\r$/, "");
  const header = HEADER_LINE.exec(text);
  if (index === -1 || !header) return undefined;
  const name = (header[1] ?? "").slice(0, 60);
  return {
    pointer: "",
    keyword: "http",
    severity: "error",
    message: `the header line "${name}: …" is in the body: an empty line before it ended the headers; remove that empty line`,
    line: firstLine + index,
    column: 1,
  };
}
