// Reads one input's bytes and decodes them as UTF-8, the only encoding JSON allows between
// systems (RFC 8259 §8.1). Decoding problems are findings about the file, not failures of
// the run; a file that cannot be read at all is an UnreadableInput (exit code 2).

import { isUtf8 } from "node:buffer";
import type { ProcessIO } from "../io.js";
import { terminalText } from "../report/terminal-text.js";
import { describeError, type InputFile, UnreadableInput } from "./inputs.js";
import { type CappedRead, readChunksCapped, readPathCapped, tooLarge } from "./read-capped.js";

/** The largest input read: far above any real payload, below V8's longest string. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface DecodedText {
  /** The text; each byte sequence that is not UTF-8 became U+FFFD. */
  text: string;
  /** The file started with a UTF-8 byte order mark (removed from `text`). */
  bom: boolean;
  /** Where the first byte sequence that is not UTF-8 is, if any. */
  invalid?: { offset: number; byte: number; message: string };
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * An input's bytes: stdin, a device and a FIFO are read with the byte cap, a regular file's
 * size is checked first. Over the cap, or unreadable, is an UnreadableInput naming the input.
 */
export async function readInputBytes(
  file: InputFile,
  io: ProcessIO,
  maxBytes: number = MAX_INPUT_BYTES,
): Promise<Buffer> {
  let read: CappedRead;
  try {
    read = file.path === "-" ? await readChunksCapped(io.stdin(), maxBytes) : await readPathCapped(file.path, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableInput(
      file,
      terminalText`cannot read ${file.display}: ${code === "EISDIR" ? "is a directory" : describeError(error)}`,
    );
  }
  if (!read.ok) throw new UnreadableInput(file, terminalText`${file.display} ${tooLarge(read, maxBytes)}`);
  return read.bytes;
}

/** Decodes UTF-8, noting a byte order mark and locating the first invalid byte sequence. */
export function decodeUtf8(bytes: Buffer): DecodedText {
  const bom = bytes.length >= 3 && BOM.every((byte, index) => bytes[index] === byte);
  const body = bom ? bytes.subarray(3) : bytes;
  const text = body.toString("utf8");
  if (isUtf8(body)) return { text, bom };
  if ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff)) {
    return {
      text,
      bom,
      invalid: {
        offset: 0,
        byte: body[0] ?? 0,
        message: "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8",
      },
    };
  }
  // The first U+FFFD whose bytes are not EF BF BD (a real U+FFFD) is the first invalid
  // sequence; every character before it decoded exactly, so its byte offset is exact.
  let counted = 0; // chars of text whose byte length is in `at`
  let at = 0;
  for (let offset = text.indexOf("\uFFFD"); offset !== -1; offset = text.indexOf("\uFFFD", offset + 1)) {
    at += Buffer.byteLength(text.slice(counted, offset));
    counted = offset;
    if (body[at] === 0xef && body[at + 1] === 0xbf && body[at + 2] === 0xbd) continue;
    const byte = body[at] ?? 0;
    return {
      text,
      bom,
      invalid: {
        offset,
        byte,
        message: `not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} is not part of a UTF-8 character; JSON text must be UTF-8`,
      },
    };
  }
  return { text, bom }; // unreachable: isUtf8 said otherwise
}
