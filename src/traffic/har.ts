// A HAR 1.2 entry (http://www.softwareishard.com/blog/har-12-spec/, W3C Web Performance draft)
// as a TrafficExchange: headers as pairs, `postData.text` as the request body, `content.text`
// as the response body, base64-decoded when `content.encoding` is "base64" and decompressed
// when a recorder kept the bytes as sent (gzip, deflate or br per Content-Encoding: HAR asks
// for decoded text, some recorders store the raw body). Optional members may be missing
// (`headers`, `postData`, `content`, `response` itself for a request that got no answer);
// what a reader cannot do without is an error naming its place, `log.entries[3].request.url`.
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { headerOf } from "./headers.js";
import type { TrafficExchange } from "./types.js";

/** A HAR entry that cannot be read: where (`log.entries[3].request.url`) and what is wrong. */
export class HarEntryError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where} ${problem}`);
    this.name = "HarEntryError";
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function member(object: Json, name: string, where: string, type: "object" | "string" | "number"): unknown {
  const value = object[name];
  if (value === undefined) throw new HarEntryError(`${where}.${name}`, "is missing");
  const ok = type === "object" ? isObject(value) : typeof value === type;
  if (!ok) throw new HarEntryError(`${where}.${name}`, `must be ${type === "object" ? "an object" : `a ${type}`}`);
  return value;
}

function headersOf(message: Json, where: string): Array<[string, string]> {
  const headers = message.headers;
  if (headers === undefined) return [];
  if (!Array.isArray(headers)) throw new HarEntryError(`${where}.headers`, "must be an array");
  return headers.map((header, index) => {
    const at = `${where}.headers[${index}]`;
    if (!isObject(header)) throw new HarEntryError(at, "must be an object with name and value");
    const name = member(header, "name", at, "string") as string;
    const value = header.value === undefined ? "" : header.value;
    if (typeof value !== "string") throw new HarEntryError(`${at}.value`, "must be a string");
    return [name, value];
  });
}

/** Bytes kept as sent: undone by their Content-Encoding when they are not text already. */
function decompress(bytes: Buffer, contentEncoding: string | undefined): Buffer {
  const coding = contentEncoding?.trim().toLowerCase();
  try {
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes);
    if (coding === "br") return brotliDecompressSync(bytes);
    if (coding === "deflate") return inflateSync(bytes);
  } catch {
    // Not compressed after all (the recorder decoded it): the bytes as they are.
  }
  return bytes;
}

function textOf(holder: Json, where: string, headers: Array<[string, string]>): string | undefined {
  const text = holder.text;
  if (text === undefined) return undefined;
  if (typeof text !== "string") throw new HarEntryError(`${where}.text`, "must be a string");
  const encoding = holder.encoding;
  if (encoding === undefined || encoding === "") return text;
  if (encoding !== "base64")
    throw new HarEntryError(
      `${where}.encoding`,
      `must be "base64" when given, got ${JSON.stringify(String(encoding).slice(0, 40))}`,
    );
  return decompress(Buffer.from(text, "base64"), headerOf(headers, "content-encoding")).toString("utf8");
}

/** The exchange of HAR entry `index` (its `log.entries` position). Throws HarEntryError. */
export function exchangeFromHar(entry: unknown, index: number): TrafficExchange {
  const where = `log.entries[${index}]`;
  if (!isObject(entry)) throw new HarEntryError(where, "must be an object");
  const request = member(entry, "request", where, "object") as Json;
  const requestAt = `${where}.request`;
  const method = member(request, "method", requestAt, "string") as string;
  const url = member(request, "url", requestAt, "string") as string;
  const requestHeaders = headersOf(request, requestAt);
  let body: string | undefined;
  if (request.postData !== undefined) {
    if (!isObject(request.postData)) throw new HarEntryError(`${requestAt}.postData`, "must be an object");
    body = textOf(request.postData, `${requestAt}.postData`, requestHeaders);
  }
  const exchange: TrafficExchange = {
    index,
    request: { method, url, headers: requestHeaders, ...(body === undefined ? {} : { body }) },
  };
  if (typeof entry.startedDateTime === "string") {
    const startedAt = Date.parse(entry.startedDateTime);
    if (!Number.isNaN(startedAt)) exchange.startedAt = startedAt;
  }
  if (typeof entry.time === "number" && entry.time >= 0) exchange.durationMs = entry.time;
  if (entry.response === undefined || entry.response === null) return exchange;
  if (!isObject(entry.response)) throw new HarEntryError(`${where}.response`, "must be an object");
  const response = entry.response;
  const responseAt = `${where}.response`;
  const status = member(response, "status", responseAt, "number") as number;
  const responseHeaders = headersOf(response, responseAt);
  let responseBody: string | undefined;
  // HAR 1.2 §content: `text` "is either empty or missing when the content is not available"; a
  // missing text is an empty body only when `size` says so (0), else the body was not kept.
  let unrecorded = false;
  if (response.content !== undefined) {
    if (!isObject(response.content)) throw new HarEntryError(`${responseAt}.content`, "must be an object");
    responseBody = textOf(response.content, `${responseAt}.content`, responseHeaders);
    unrecorded = responseBody === undefined && response.content.size !== 0;
  }
  exchange.response = {
    status,
    headers: responseHeaders,
    ...(responseBody === undefined ? {} : { body: responseBody }),
    ...(unrecorded ? { bodyRecorded: false as const } : {}),
  };
  return exchange;
}
