// The recording: every exchange the proxy passed, as HAR 1.2 (W3C Web Performance WG draft,
// "HTTP Archive (HAR) format", the format DevTools, Playwright and mitmproxy write), with the
// secrets out: Authorization, Proxy-Authorization, Cookie and Set-Cookie values, the secret
// members of JSON bodies (`password`, `pkcs12Value`) and any echo of them or of the bearer
// token elsewhere (client/redact.ts, the project's one redaction), the user info of URLs.
import { collectSecrets, REDACTED, redactText, redactValue } from "../client/redact.js";
import { PACKAGE_VERSION } from "../client/version.js";
import { parseJsonText } from "../json/parse.js";
import type { BodyText } from "./body-text.js";
import { type HeaderList, headerValue } from "./headers.js";

/** The HAR 1.2 fields this recorder writes (a subset of @types/har-format's `Har`). */
export interface HarHeader {
  name: string;
  value: string;
}
export interface HarContent {
  size: number;
  mimeType: string;
  text?: string;
  encoding?: "base64";
  comment?: string;
}
export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: never[];
    headers: HarHeader[];
    queryString: HarHeader[];
    postData?: { mimeType: string; text: string; comment?: string };
    headersSize: -1;
    bodySize: number;
    comment?: string;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: never[];
    headers: HarHeader[];
    content: HarContent;
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  comment?: string;
}
export interface Har {
  log: { version: "1.2"; creator: { name: string; version: string }; entries: HarEntry[] };
}

/** What the proxy knows of one exchange when it records it. */
export interface RecordedExchange {
  startedAt: number;
  durationMs: number;
  /** Until the response's headers arrived. */
  waitMs: number;
  request: { method: string; url: string; httpVersion: string; headers: HeaderList; body: BodyText; size: number };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: HeaderList;
    body: BodyText;
    size: number;
  };
  /** Why the exchange is unusual (refused by --enforce, upstream failure). */
  comment?: string;
}

const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie"]);

function redactedHeaders(headers: HeaderList): HarHeader[] {
  return headers.map(([name, value]) => ({ name, value: SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value }));
}

/** The secrets of one exchange: the request body's secret values and user info, and the bearer token. */
function secretsOf(exchange: RecordedExchange): string[] {
  const secrets: string[] = [];
  const body = exchange.request.body;
  if (body.kind === "text") {
    const parsed = parseJsonText(body.text);
    collectSecrets(parsed.ok ? parsed.value : body.text, secrets);
  }
  const token = /^\s*\S+\s+(\S+)/.exec(headerValue(exchange.request.headers, "authorization") ?? "")?.[1];
  if (token) secrets.push(token);
  return secrets;
}

function redactedText(text: string, secrets: readonly string[]): string {
  const parsed = parseJsonText(text);
  return parsed.ok ? JSON.stringify(redactValue(parsed.value, secrets)) : redactText(text, secrets);
}

function content(body: BodyText, size: number, mimeType: string, secrets: readonly string[]): HarContent {
  if (body.kind === "none") return { size: 0, mimeType };
  if (body.kind === "unread") return { size, mimeType, comment: `not recorded: ${body.reason}` };
  if (body.kind === "binary") return { size: body.bytes.length, mimeType, comment: "not recorded: not UTF-8 text" };
  const text = redactedText(body.text, secrets);
  return { size: Buffer.byteLength(text), mimeType, text };
}

function queryString(url: string): HarHeader[] {
  const question = url.indexOf("?");
  if (question === -1) return [];
  return [...new URLSearchParams(url.slice(question + 1))].map(([name, value]) => ({ name, value }));
}

export function harEntry(exchange: RecordedExchange): HarEntry {
  const secrets = secretsOf(exchange);
  const { request, response } = exchange;
  const url = redactText(request.url, secrets);
  const requestType = headerValue(request.headers, "content-type") ?? "";
  const sent = content(request.body, request.size, requestType, secrets);
  return {
    startedDateTime: new Date(exchange.startedAt).toISOString(),
    time: exchange.durationMs,
    request: {
      method: request.method,
      url,
      httpVersion: `HTTP/${request.httpVersion}`,
      cookies: [],
      headers: redactedHeaders(request.headers),
      queryString: queryString(url),
      ...(request.body.kind === "none"
        ? {}
        : {
            postData: {
              mimeType: requestType,
              text: sent.text ?? "",
              ...(sent.comment ? { comment: sent.comment } : {}),
            },
          }),
      headersSize: -1,
      bodySize: request.size,
    },
    response: {
      status: response.status,
      statusText: response.statusText,
      httpVersion: `HTTP/${response.httpVersion}`,
      cookies: [],
      headers: redactedHeaders(response.headers),
      content: content(response.body, response.size, headerValue(response.headers, "content-type") ?? "", secrets),
      redirectURL: headerValue(response.headers, "location") ?? "",
      headersSize: -1,
      bodySize: response.size,
    },
    cache: {},
    timings: { send: 0, wait: exchange.waitMs, receive: Math.max(0, exchange.durationMs - exchange.waitMs) },
    ...(exchange.comment ? { comment: exchange.comment } : {}),
  };
}

export function harOf(entries: readonly HarEntry[]): Har {
  return {
    log: { version: "1.2", creator: { name: "apiconnectors proxy", version: PACKAGE_VERSION }, entries: [...entries] },
  };
}
