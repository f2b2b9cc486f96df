// Reads a regular file a chunk at a time, for inputs checked as they are read (NDJSON): the
// CLI's memory then stays flat in the length of the file. Anything that is not a regular
// file (stdin, a FIFO, a device) is read whole by readInputBytes, with its limits.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import type { ProcessIO } from "../io.js";
import { terminalText } from "../report/terminal-text.js";
import { describeError, type InputFile, UnreadableInput } from "./inputs.js";
import { readInputBytes } from "./read-input.js";

/** Bytes per read: below the 256 KiB at which a chunk decoded to a string lands in V8's large-object space. */
export const CHUNK_BYTES = 64 * 1024;

function cannotRead(file: InputFile, error: unknown): UnreadableInput {
  const code = (error as NodeJS.ErrnoException).code;
  return new UnreadableInput(
    file,
    terminalText`cannot read ${file.display}: ${code === "EISDIR" ? "is a directory" : describeError(error)}`,
  );
}

function isRegularFile(file: InputFile): boolean {
  if (file.path === "-") return false;
  try {
    return statSync(file.path).isFile();
  } catch {
    return false; // readInputBytes reports why
  }
}

/**
 * Yields the same buffer each time, refilled: the consumer must copy what it keeps of a chunk
 * (the start of a line that goes on) before asking for the next. One buffer, rather than one
 * per chunk, keeps the peak memory of a long run at that of a short one.
 */
function* fileChunks(file: InputFile, fd: number): Generator<Buffer> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  try {
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      } catch (error) {
        throw cannotRead(file, error);
      }
      if (read === 0) return;
      yield read === CHUNK_BYTES ? buffer : buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** The input's bytes as chunks, in order; a chunk is valid only until the next is asked for. */
export async function readInputChunks(file: InputFile, io: ProcessIO): Promise<Iterable<Buffer>> {
  if (!isRegularFile(file)) return [await readInputBytes(file, io)];
  let fd: number;
  try {
    fd = openSync(file.path, "r");
  } catch (error) {
    throw cannotRead(file, error);
  }
  return fileChunks(file, fd);
}
