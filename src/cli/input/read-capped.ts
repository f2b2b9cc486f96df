// Reading an input whose size is not known in advance with a byte cap (issue 10): stdin, a
// device (/dev/zero), a FIFO. A regular file's size is known from stat and checked before it is
// read; anything else is read chunk by chunk and given up as soon as it passes the cap, so
// `validate /dev/zero` stops at the cap with a clear error instead of exhausting memory.
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from "node:fs";

/** The bytes read, or how far past the cap the source went. */
export type CappedRead = { ok: true; bytes: Buffer } | { ok: false; size: number; known: boolean };

/** Reads `chunks` until they end or pass `maxBytes` (then stops reading and closes the source). */
export async function readChunksCapped(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<CappedRead> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > maxBytes) return { ok: false, size, known: false }; // leaving the loop destroys a stream
    parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  }
  return { ok: true, bytes: Buffer.concat(parts, size) };
}

/**
 * Reads a file, a device or a FIFO with a byte cap. Errors of the file system are thrown.
 * A regular file costs open, fstat, read and close, as readFileSync alone would (a glob of
 * small files pays them per file).
 */
export async function readPathCapped(path: string, maxBytes: number): Promise<CappedRead> {
  // O_NONBLOCK: opening a FIFO for reading must not wait for a writer before fstat says what it is.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) {
      const error = new Error(`${path} is a directory`) as NodeJS.ErrnoException;
      error.code = "EISDIR";
      throw error;
    }
    // A size of 0 may be a file of /proc, whose size is not known until it is read: streamed below.
    if (stats.isFile() && stats.size > 0) {
      if (stats.size > maxBytes) return { ok: false, size: stats.size, known: true };
      return readOpenFile(fd, stats.size);
    }
  } finally {
    closeSync(fd);
  }
  return readChunksCapped(createReadStream(path, { highWaterMark: 64 * 1024 }), maxBytes);
}

/** The bytes of an open regular file, up to the `size` fstat gave (as readFileSync reads them). */
function readOpenFile(fd: number, size: number): CappedRead {
  const bytes = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, bytes, length, size - length, length);
    if (read === 0) break;
    length += read;
  }
  return { ok: true, bytes: length === size ? bytes : bytes.subarray(0, length) };
}

export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
  return size >= 1024 ? `${(size / 1024).toFixed(1)} KiB` : `${size} bytes`;
}

/** "is 300.0 MiB" or "is more than 256.0 MiB": the first half of the error at the cap. */
export function tooLarge(read: Extract<CappedRead, { ok: false }>, maxBytes: number): string {
  const size = read.known
    ? `is ${formatBytes(read.size)}`
    : `is more than ${formatBytes(maxBytes)} (it was not read to its end)`;
  return `${size}; the limit is ${formatBytes(maxBytes)} per input`;
}
