// `validate`'s JSON inputs: a JSON file (one payload; empty means no body) and an NDJSON file
// (one payload per non-blank line, each reported with its line). HTTP transcripts are in
// check-http-file.ts, loaded only when a .http file is given.
import { isAscii, isUtf8 } from "node:buffer";
import type { InputFile } from "../input/inputs.js";
import { decodeUtf8 } from "../input/read-input.js";
import { checkPayload, NO_FINDINGS, type Target } from "./check-payload.js";
import { bomWarning, invalidUtf8Finding } from "./encoding-findings.js";
import { type PayloadResult, resultOf } from "./model.js";

export const INPUT_KINDS = ["json", "ndjson", "http", "har"] as const;

/**
 * An NDJSON line that conforms with no finding, told by its line number alone: its result is
 * the file's and target's with that line (what `resultOf` would build from them).
 */
export type OnPass = (line: number, doneBytes: number) => void;
export type InputKind = (typeof INPUT_KINDS)[number];

const KIND_OF_EXTENSION: Readonly<Record<string, InputKind>> = {
  ndjson: "ndjson",
  jsonl: "ndjson",
  http: "http",
  rest: "http",
  har: "har",
};

export function inputKind(file: InputFile): InputKind {
  const extension = /\.([a-z]+)$/i.exec(file.path)?.[1]?.toLowerCase();
  return (
    (extension !== undefined && Object.hasOwn(KIND_OF_EXTENSION, extension) && KIND_OF_EXTENSION[extension]) || "json"
  );
}

function targetPlace(target: Target) {
  return { operation: target.operation, direction: target.direction, status: target.status };
}

/** The result of a payload of `file` at `line` (none for a JSON file) that conforms with no finding. */
export function passingResult(file: InputFile, line: number | undefined, target: Target | undefined): PayloadResult {
  return resultOf(
    { file: file.display, line, operation: target?.operation, direction: target?.direction, status: target?.status },
    NO_FINDINGS,
  );
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
 * Checks each line of an NDJSON file, given as chunks of bytes in order (a file is read a
 * chunk at a time, so memory does not grow with its length; a chunk may be reused by the
 * reader once the next is asked for), calling `onResult` with each
 * payload's result and how many bytes of the file are done. A line that is not valid UTF-8
 * fails on its own; the others are still checked. `from` is where the chunks start in the file
 * when they are a part of it (a worker's share under --jobs: whole lines, the first at `line`,
 * `offset` bytes into the file); a byte order mark is looked for only at the file's start.
 */
export function checkNdjsonFile(
  file: InputFile,
  chunks: Iterable<Buffer>,
  target: Target,
  onResult: (result: PayloadResult, doneBytes: number) => void,
  from: { line: number; offset: number } = { line: 1, offset: 0 },
  onPass?: OnPass,
): void {
  const place = targetPlace(target);
  let line = from.line;
  let bom = false;
  const checkLine = (text: string, done: number) => {
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === "")) return;
    const findings = checkPayload({ text, firstLine: line }, target);
    // The usual line: no result object, only its line number (a run of 100,000 such lines).
    if (onPass !== undefined && findings === NO_FINDINGS && !(bom && line === 1)) return onPass(line, done);
    onResult(
      resultOf(
        { file: file.display, line, operation: place.operation, direction: place.direction, status: place.status },
        bom && line === 1 ? [bomWarning(line), ...findings] : findings,
      ),
      done,
    );
  };

  // Whole lines only: `bytes` ends with a line feed, or at the end of the file. `offset` is
  // where it starts in the file.
  const checkLines = (bytes: Buffer, offset: number) => {
    if (isAscii(bytes)) {
      // The usual chunk: one byte per character, so the chunk is decoded once (latin1 copies
      // ASCII as it is) and each line is a slice of it, its offsets those of the bytes.
      const text = bytes.toString("latin1");
      for (let start = 0; start < text.length; line++) {
        const newline = text.indexOf("\n", start);
        const end = newline === -1 ? text.length : newline;
        const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        checkLine(text.slice(start, lineEnd), offset + end);
        start = end + 1;
      }
      return;
    }
    if (isUtf8(bytes)) {
      // Each line decoded on its own, not sliced from the chunk's text: a chunk-sized string
      // alive across collections is what made the young generation grow on long runs.
      for (let start = 0; start < bytes.length; line++) {
        const newline = bytes.indexOf(0x0a, start);
        const end = newline === -1 ? bytes.length : newline;
        const lineEnd = end > start && bytes[end - 1] === 13 ? end - 1 : end;
        checkLine(bytes.toString("utf8", start, lineEnd), offset + end);
        start = end + 1;
      }
      return;
    }
    // Some bytes are not UTF-8: decode line by line, so that only the lines holding them fail.
    for (let start = 0; start < bytes.length; line++) {
      const newline = bytes.indexOf(0x0a, start);
      const end = newline === -1 ? bytes.length : newline;
      const lineBytes = bytes.subarray(start, end > start && bytes[end - 1] === 13 ? end - 1 : end);
      if (isUtf8(lineBytes)) {
        checkLine(lineBytes.toString("utf8"), offset + end);
      } else {
        const finding = invalidUtf8Finding(decodeUtf8(lineBytes), line);
        if (finding) onResult(resultOf({ file: file.display, line, ...place }, [finding]), offset + end);
      }
      start = end + 1;
    }
  };

  // The bytes after the last line feed so far: the start of a line that goes on in the next
  // chunk (kept as parts, joined once, so a very long line is not copied once per chunk).
  let carry: Buffer[] = [];
  let offset = from.offset;
  let started = from.offset > 0;
  const begin = (bytes: Buffer): Buffer => {
    started = true;
    bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (!bom) return bytes;
    offset = 3;
    return bytes.subarray(3);
  };
  for (const chunk of chunks) {
    const newline = chunk.lastIndexOf(0x0a);
    // Copies: the reader may reuse a chunk's memory for the next one.
    if (newline === -1) {
      carry.push(Buffer.from(chunk));
      continue;
    }
    let whole = chunk.subarray(0, newline + 1);
    if (carry.length > 0) {
      // The line that began in an earlier chunk is joined on its own; the rest is not copied.
      const first = chunk.indexOf(0x0a) + 1;
      let joined: Buffer = Buffer.concat([...carry, chunk.subarray(0, first)]);
      if (!started) joined = begin(joined);
      checkLines(joined, offset);
      offset += joined.length;
      whole = chunk.subarray(first, newline + 1);
    } else if (!started) whole = begin(whole);
    if (whole.length > 0) checkLines(whole, offset);
    offset += whole.length;
    carry = newline + 1 < chunk.length ? [Buffer.from(chunk.subarray(newline + 1))] : [];
  }
  let rest: Buffer = Buffer.concat(carry);
  if (!started) rest = begin(rest);
  if (rest.length > 0) checkLines(rest, offset);
}
