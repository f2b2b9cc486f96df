// Reading an input whose size is not known in advance with a byte cap (issue 10): stdin, a
// device (/dev/zero), a FIFO. A regular file's size is known from stat and checked before it is
// read; anything else is read chunk by chunk and given up as soon as it passes the cap, so
// `validate /dev/zero` stops at the cap with a clear error instead of exhausting memory.
import { createReadStream, readFileSync, statSync } from "node:fs";

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

/** Reads a file, a device or a FIFO with a byte cap. Errors of the file system are thrown. */
export async function readPathCapped(path: string, maxBytes: number): Promise<CappedRead> {
  const stats = statSync(path);
  if (stats.isDirectory()) {
    const error = new Error(`${path} is a directory`) as NodeJS.ErrnoException;
    error.code = "EISDIR";
    throw error;
  }
  if (!stats.isFile()) return readChunksCapped(createReadStream(path, { highWaterMark: 64 * 1024 }), maxBytes);
  if (stats.size > maxBytes) return { ok: false, size: stats.size, known: true };
  return { ok: true, bytes: readFileSync(path) };
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
