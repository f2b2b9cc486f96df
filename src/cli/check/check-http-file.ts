// `validate`'s HTTP transcripts (.http): messages separated by ### lines, each carrying its
// own operation (request line) and status (status line).
import type { OperationEntry } from "../../validate/index.js";
import { splitHttpFile } from "../input/http-message.js";
import type { InputFile } from "../input/inputs.js";
import { decodeUtf8 } from "../input/read-input.js";
import { bomWarning, invalidUtf8Finding } from "./encoding-findings.js";
import { HttpConversation } from "./http-exchange.js";
import { type PayloadResult, resultOf } from "./model.js";

/** Checks an HTTP transcript; `fallback` is the operation of a response with no request before it. */
export function checkHttpFile(file: InputFile, bytes: Buffer, fallback: OperationEntry | undefined): PayloadResult[] {
  const decoded = decodeUtf8(bytes);
  const invalid = invalidUtf8Finding(decoded);
  if (invalid) return [resultOf({ file: file.display }, [invalid])];
  const conversation = new HttpConversation(fallback);
  const results = splitHttpFile(decoded.text).map((chunk) =>
    conversation.check({ file: file.display, text: chunk.text, firstLine: chunk.firstLine }),
  );
  const first = results[0];
  if (decoded.bom && first) results[0] = resultOf(first, [bomWarning(1, "text"), ...first.findings]);
  return results;
}
