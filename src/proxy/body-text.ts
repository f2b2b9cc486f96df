// A captured body as the checks and the recording read it: its Content-Encoding undone
// (RFC 9110 §8.4: gzip, deflate, and Brotli as Graph serves it), within the same byte cap,
// then decoded as UTF-8. A body that cannot be read says why, and is not validated.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

export type BodyText =
  | { kind: "none" }
  | { kind: "text"; text: string }
  /** Bytes that are not UTF-8 text (the recording keeps them as base64). */
  | { kind: "binary"; bytes: Buffer }
  | { kind: "unread"; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decoded(bytes: Buffer, coding: string, cap: number): Buffer {
  const limits = { maxOutputLength: cap };
  if (coding === "gzip" || coding === "x-gzip") return gunzipSync(bytes, limits);
  if (coding === "br") return brotliDecompressSync(bytes, limits);
  // "deflate" is the zlib format (RFC 9110 §8.4.1.2); some servers send raw deflate instead.
  if (coding === "deflate") {
    try {
      return inflateSync(bytes, limits);
    } catch {
      return inflateRawSync(bytes, limits);
    }
  }
  throw new Error(`the content coding "${coding.slice(0, 40)}" is not one the proxy can undo`);
}

/** `bytes` (undefined: over the cap) read as text, after the codings of `contentEncoding`. */
export function bodyText(bytes: Buffer | undefined, contentEncoding: string | undefined, cap: number): BodyText {
  if (bytes === undefined) return { kind: "unread", reason: `the body is larger than ${cap} bytes` };
  if (bytes.length === 0) return { kind: "none" };
  let body = bytes;
  // Codings are listed in the order they were applied; undo the last first.
  const codings = (contentEncoding ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  try {
    for (const coding of codings.reverse()) body = decoded(body, coding, cap);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE")
      return { kind: "unread", reason: `the body is larger than ${cap} bytes once decompressed` };
    return {
      kind: "unread",
      reason: code?.startsWith("Z_") ? `the ${codings.join(", ")} body is corrupt` : (error as Error).message,
    };
  }
  try {
    return { kind: "text", text: utf8.decode(body) };
  } catch {
    return { kind: "binary", bytes: body };
  }
}
