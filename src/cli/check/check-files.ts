// `validate`'s JSON inputs: a JSON file (one payload; empty means no body) and an NDJSON file
// (one payload per non-blank line, each reported with its line). HTTP transcripts are in
// check-http-file.ts, loaded only when a .http file is given.
import { isUtf8 } from "node:buffer";
import type { InputFile } from "../input/inputs.js";
import { decodeUtf8 } from "../input/read-input.js";
import { checkPayload, type Target } from "./check-payload.js";
import { bomWarning, invalidUtf8Finding } from "./encoding-findings.js";
import { type PayloadResult, resultOf } from "./model.js";

export type InputKind = "json" | "ndjson" | "http";

export function inputKind(file: InputFile): InputKind {
  if (/\.(?:ndjson|jsonl)$/i.test(file.path)) return "ndjson";
  if (/\.(?:http|rest)$/i.test(file.path)) return "http";
  return "json";
}

function targetPlace(target: Target) {
  return { operation: target.operation, direction: target.direction, status: target.status };
}

export function checkJsonFile(file: InputFile, bytes: Buffer, target: Target): PayloadResult {
  const decoded = decodeUtf8(bytes);
  const place = { file: file.display, ...targetPlace(target) };
  const invalid = invalidUtf8Finding(decoded);
  if (invalid) return resultOf(place, [invalid]);
  const findings = checkPayload({ text: decoded.text, firstLine: 1 }, target);
  return resultOf(place, decoded.bom ? [bomWarning(), ...findings] : findings);
}

/**
 * Checks each line of an NDJSON file, calling `onResult` with each payload's result and how
 * far into the file (in characters) it got. A line that is not valid UTF-8 fails on its own;
 * the others are still checked.
 */
export function checkNdjsonFile(
  file: InputFile,
  bytes: Buffer,
  target: Target,
  onResult: (result: PayloadResult, doneChars: number) => void,
): void {
  const decoded = decodeUtf8(bytes);
  const place = targetPlace(target);
  const checkLine = (text: string, line: number, done: number, bom: boolean) => {
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === "")) return;
    const findings = checkPayload({ text, firstLine: line }, target);
    onResult(
      resultOf(
        { file: file.display, line, operation: place.operation, direction: place.direction, status: place.status },
        bom ? [bomWarning(line), ...findings] : findings,
      ),
      done,
    );
  };

  if (!decoded.invalid) {
    const { text } = decoded;
    let line = 1;
    for (let start = 0; start < text.length; line++) {
      const newline = text.indexOf("\n", start);
      const end = newline === -1 ? text.length : newline;
      const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      checkLine(text.slice(start, lineEnd), line, end, decoded.bom && line === 1);
      start = end + 1;
    }
    return;
  }
  // Some bytes are not UTF-8: decode line by line, so that only the lines holding them fail.
  const body = decoded.bom ? bytes.subarray(3) : bytes;
  let line = 1;
  for (let start = 0; start < body.length; line++) {
    const newline = body.indexOf(0x0a, start);
    const end = newline === -1 ? body.length : newline;
    const lineBytes = body.subarray(start, end > start && body[end - 1] === 13 ? end - 1 : end);
    if (isUtf8(lineBytes)) {
      checkLine(lineBytes.toString("utf8"), line, end, decoded.bom && line === 1);
    } else {
      const finding = invalidUtf8Finding(decodeUtf8(lineBytes), line);
      if (finding) onResult(resultOf({ file: file.display, line, ...place }, [finding]), end);
    }
    start = end + 1;
  }
}
