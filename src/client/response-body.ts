// The transport reads each answer's body inside the attempt, so that timeoutMs and abort
// cover it and a connection lost halfway through the body is a network failure of that
// attempt, retried by the policy, rather than an error in openapi-fetch's parsing after the
// retry loop is over. The text is kept here for what runs above the transport.
//
// The body is read with a byte cap (`maxResponseBytes`, issue 10): a server that answers
// with 500 MB would otherwise take 2.5 GiB of memory. The read is a ReadableStream reader
// loop, the one way that works in browsers and Node alike (no Node stream or Buffer here;
// ARCHITECTURE.md), and cancelling the stream at the cap closes the connection.
import { type CallContext, ResponseTooLargeError } from "./errors.js";

const bodyTexts = new WeakMap<Response, string>();
const utf8 = new TextDecoder();

// Statuses whose Response may not have a body (Fetch standard, "null body status").
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/**
 * Default `maxResponseBytes`: 16 MiB. The largest answer of this API is a list page; even 999
 * connectors (Graph's largest `$top`) with a few certificates each are about 2 MB of JSON, so
 * 16 MiB leaves room eight times over, while a hostile or broken server costs at most that
 * (plus its decoded text) per call.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** The body text the transport read for this response, if it read one. */
export function bodyTextOf(response: Response): string | undefined {
  return bodyTexts.get(response);
}

/** The body's bytes, or undefined (stream cancelled) as soon as they pass `limit`. */
async function readBytesCapped(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined); // releases the connection; a failure here changes nothing
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads the whole body, up to `maxBytes` (else ResponseTooLargeError, without reading the
 * rest; a Content-Length above the cap is refused before anything is read). `handOverOk`:
 * the caller parses the text itself (the helpers, which ask openapi-fetch for
 * `parseAs: "stream"` so it never reads a 2xx body), so a 2xx answer is handed on as it is.
 * Anything else gets a fresh Response over the same bytes for openapi-fetch to read: that
 * copy alone cost about 1.2× on a loopback GET (docs/benchmarks.md, "Client"), so the common
 * case avoids it.
 */
export async function readResponseText(
  response: Response,
  handOverOk: boolean,
  maxBytes: number,
  context: CallContext,
): Promise<{ response: Response; text: string }> {
  if (NULL_BODY_STATUS.has(response.status)) return { response, text: "" };
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) await response.body?.cancel().catch(() => undefined); // nothing read
  const bytes = declared > maxBytes ? undefined : await readBytesCapped(response.body, maxBytes);
  if (bytes === undefined) {
    throw new ResponseTooLargeError(response.status, maxBytes, { ...context });
  }
  const text = utf8.decode(bytes);
  const result =
    handOverOk && response.ok
      ? response
      : new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  bodyTexts.set(result, text);
  return { response: result, text };
}
