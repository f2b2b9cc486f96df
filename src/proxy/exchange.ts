// One exchange through the proxy: the request forwarded to the upstream as it arrives and the
// response passed back as it arrives, each body copied for validation up to MAX_BODY_BYTES.
// Under `enforce` the request body is read first (up to the cap), checked, and a request that
// does not conform is answered 400 with the issues instead of being forwarded. An upstream
// that cannot be reached (refused, reset, TLS, timeout) is answered 502. Both answers are
// Graph's OData error envelope.
import { randomUUID } from "node:crypto";
import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { TrafficExchange, TrafficFinding } from "../traffic/index.js";
import { MAX_BODY_BYTES } from "../validate/body-limit.js";
import { summarizeIssues } from "../validate/index.js";
import { type ErrorDetail, odataErrorEnvelope } from "../validate/odata-error.js";
import { type BodyText, bodyText } from "./body-text.js";
import { BodyTap } from "./capture.js";
import type { RecordedExchange } from "./har.js";
import { endToEnd, flatHeaders, type HeaderList, headerObject, headerPairs, headerValue } from "./headers.js";
import { describeFailure, type Upstream, upstreamTarget } from "./upstream.js";

/** How many issues the 400's message lists (all of them are in `details`). */
const ISSUES_IN_MESSAGE = 10;

export interface ExchangeSettings {
  upstream: Upstream;
  enforce: boolean;
  /** Extra CAs to trust for an https upstream (a self-signed mock's certificate). */
  ca?: string | readonly string[];
  timeoutMs: number;
  now: () => number;
  /** The request alone, checked before it is forwarded (enforce). */
  checkRequest: (exchange: TrafficExchange) => TrafficFinding[];
}

/** What the proxy learned: the exchange to check and record, and how it went. */
export interface ExchangeOutcome {
  recorded: RecordedExchange;
  /** Its text form for the checks; absent when a body could not be read (then `unread` says which). */
  exchange: TrafficExchange;
  unread: Array<{ direction: "request" | "response"; reason: string }>;
  /** Refused under enforce: the request's findings. */
  refused?: TrafficFinding[];
  /** The upstream could not be reached, or failed mid-response. */
  upstreamFailure?: string;
}

interface ReadSoFar {
  chunks: Buffer[];
  size: number;
  ended: boolean;
}

/** Reads `stream` until it ends or passes `cap` bytes, then leaves it paused where it is. */
function readUpTo(stream: IncomingMessage, cap: number): Promise<ReadSoFar> {
  return new Promise((resolve, reject) => {
    const read: ReadSoFar = { chunks: [], size: 0, ended: false };
    const done = (error?: Error) => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", done);
      stream.off("aborted", onAborted);
      if (error) reject(error);
      else resolve(read);
    };
    const onData = (chunk: Buffer) => {
      read.chunks.push(chunk);
      read.size += chunk.length;
      if (read.size > cap) {
        stream.pause();
        done();
      }
    };
    const onEnd = () => {
      read.ended = true;
      done();
    };
    const onAborted = () => done(new Error("the client closed the connection before the request ended"));
    stream.on("data", onData);
    stream.once("end", onEnd);
    stream.once("error", done);
    stream.once("aborted", onAborted);
  });
}

function textOf(body: BodyText): string | undefined {
  return body.kind === "text" ? body.text : undefined;
}

function answerError(
  response: ServerResponse,
  status: number,
  error: { code: string; message: string; details?: ErrorDetail[] },
  clientRequestId: string | undefined,
  nowMs: number,
): { headers: HeaderList; text: string } {
  const requestId = randomUUID();
  const ids = {
    requestId,
    ...(clientRequestId !== undefined && clientRequestId.length <= 128 ? { clientRequestId } : {}),
  };
  const text = JSON.stringify(odataErrorEnvelope(error, ids, nowMs));
  const headers: HeaderList = [
    ["Content-Type", "application/json"],
    ["request-id", requestId],
    ...(ids.clientRequestId !== undefined ? ([["client-request-id", ids.clientRequestId]] as HeaderList) : []),
    // The request may not have been read to its end.
    ["Connection", "close"],
  ];
  if (!response.headersSent) response.writeHead(status, flatHeaders(headers)).end(text);
  return { headers, text };
}

export async function passExchange(
  index: number,
  request: IncomingMessage,
  response: ServerResponse,
  settings: ExchangeSettings,
): Promise<ExchangeOutcome | undefined> {
  const startedAt = settings.now();
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  const method = request.method ?? "GET";
  const url = upstreamTarget(settings.upstream, request.url ?? "/");
  const requestHeaders = headerPairs(request.rawHeaders);
  const clientRequestId = headerValue(requestHeaders, "client-request-id");
  const forwarded: HeaderList = [
    ...endToEnd(requestHeaders, ["host"]),
    // RFC 9110 §7.6.3: a proxy adds itself to Via.
    ["Via", `${request.httpVersion} apiconnectors-proxy`],
  ];
  const requestEncoding = headerValue(requestHeaders, "content-encoding");
  const outcome = (
    requestBody: BodyText,
    requestSize: number,
    answer: RecordedExchange["response"],
    waitMs: number,
  ): Pick<ExchangeOutcome, "recorded" | "exchange" | "unread"> => {
    const unread: ExchangeOutcome["unread"] = [];
    if (requestBody.kind === "unread") unread.push({ direction: "request", reason: requestBody.reason });
    if (answer.body.kind === "unread") unread.push({ direction: "response", reason: answer.body.reason });
    const requestText = textOf(requestBody);
    const responseText = textOf(answer.body);
    const durationMs = elapsed();
    return {
      recorded: {
        startedAt,
        durationMs,
        waitMs,
        request: {
          method,
          url,
          httpVersion: request.httpVersion,
          headers: requestHeaders,
          body: requestBody,
          size: requestSize,
        },
        response: answer,
      },
      exchange: {
        index,
        startedAt,
        durationMs,
        request: { method, url, headers: requestHeaders, ...(requestText === undefined ? {} : { body: requestText }) },
        response: {
          status: answer.status,
          headers: answer.headers,
          ...(responseText === undefined ? {} : { body: responseText }),
        },
      },
      unread,
    };
  };

  let source: Readable = request;
  if (settings.enforce) {
    let read: ReadSoFar;
    try {
      read = await readUpTo(request, MAX_BODY_BYTES);
    } catch {
      return undefined; // the client went away: nothing was forwarded, nothing to report
    }
    if (read.ended) {
      const body = bodyText(Buffer.concat(read.chunks, read.size), requestEncoding, MAX_BODY_BYTES);
      const text = textOf(body);
      const findings =
        body.kind === "unread"
          ? []
          : settings.checkRequest({
              index,
              startedAt,
              request: { method, url, headers: requestHeaders, ...(text === undefined ? {} : { body: text }) },
            });
      if (findings.length > 0) {
        const details = findings.map((finding) => ({
          code: finding.kind,
          message: finding.message,
          ...(finding.pointer !== undefined && finding.direction === "request" ? { target: finding.pointer } : {}),
        }));
        const listed = summarizeIssues(
          findings.map((finding) => ({ pointer: finding.pointer ?? "", message: finding.message })),
          { limit: ISSUES_IN_MESSAGE },
        );
        const subject = findings[0]?.operationId ?? `${method} request`;
        const answered = answerError(
          response,
          400,
          {
            code: "Request_BadRequest",
            message: `The request does not conform to the contract of ${subject} (refused by the apiconnectors proxy, not forwarded): ${listed}`,
            details,
          },
          clientRequestId,
          settings.now(),
        );
        const answer = {
          status: 400,
          statusText: "Bad Request",
          httpVersion: "1.1",
          headers: answered.headers,
          body: { kind: "text", text: answered.text } as BodyText,
          size: Buffer.byteLength(answered.text),
        };
        const refused = outcome(body, read.size, answer, elapsed());
        refused.recorded.comment = "refused by the apiconnectors proxy (enforce): not forwarded";
        return { ...refused, refused: findings };
      }
      source = Readable.from(read.chunks);
    } else {
      const rest = request;
      source = Readable.from(
        (async function* () {
          yield* read.chunks;
          yield* rest;
        })(),
      );
    }
  }

  const requestTap = new BodyTap(MAX_BODY_BYTES);
  const responseTap = new BodyTap(MAX_BODY_BYTES);
  const send = url.startsWith("https:") ? httpsRequest : httpRequest;
  const upstreamRequest = send(url, {
    method,
    headers: headerObject(forwarded),
    ...(settings.ca !== undefined ? { ca: settings.ca as string | string[] } : {}),
  });
  upstreamRequest.setTimeout(settings.timeoutMs, () =>
    upstreamRequest.destroy(Object.assign(new Error("upstream timeout"), { code: "UPSTREAM_TIMEOUT" })),
  );
  // The client went away before its answer was sent: stop the upstream request too.
  response.once("close", () => {
    if (!response.writableFinished) upstreamRequest.destroy();
  });

  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    upstreamRequest.once("response", resolve);
    upstreamRequest.once("error", reject);
  });
  // .pipe, not pipeline: a failing upstream must not destroy the client's request, which is still answered (502).
  source.pipe(requestTap).pipe(upstreamRequest);

  const requestBody = () => bodyText(requestTap.bytes(), requestEncoding, MAX_BODY_BYTES);
  let upstreamResponse: IncomingMessage;
  try {
    upstreamResponse = await answered;
  } catch (error) {
    source.unpipe(requestTap);
    request.resume(); // read what is left, so that the 502 reaches the client
    if (response.destroyed) return undefined;
    const why = describeFailure(error);
    const answer = answerError(
      response,
      502,
      {
        code: "BadGateway",
        message: `The apiconnectors proxy could not reach the upstream ${settings.upstream.shown}: ${why}.`,
      },
      clientRequestId,
      settings.now(),
    );
    const failed = outcome(
      requestBody(),
      requestTap.size,
      {
        status: 502,
        statusText: "Bad Gateway",
        httpVersion: "1.1",
        headers: answer.headers,
        body: { kind: "text", text: answer.text },
        size: Buffer.byteLength(answer.text),
      },
      elapsed(),
    );
    failed.recorded.comment = `answered by the apiconnectors proxy: the upstream failed (${why})`;
    return { ...failed, upstreamFailure: why };
  }

  const waitMs = elapsed();
  const responseHeaders = headerPairs(upstreamResponse.rawHeaders);
  const status = upstreamResponse.statusCode ?? 502;
  response.writeHead(status, upstreamResponse.statusMessage ?? "", flatHeaders(endToEnd(responseHeaders)));
  let upstreamBroke: unknown;
  upstreamResponse.once("error", (error) => (upstreamBroke ??= error));
  upstreamResponse.once(
    "aborted",
    () => (upstreamBroke ??= Object.assign(new Error("aborted"), { code: "ECONNRESET" })),
  );
  let failure: string | undefined;
  try {
    await pipeline(upstreamResponse, responseTap, response);
  } catch {
    if (upstreamBroke === undefined) return undefined; // the client went away mid-response
    failure = `the response was cut short: ${describeFailure(upstreamBroke)}`;
  }
  const body = failure
    ? ({ kind: "unread", reason: failure } as BodyText)
    : bodyText(responseTap.bytes(), headerValue(responseHeaders, "content-encoding"), MAX_BODY_BYTES);
  return {
    ...outcome(
      requestBody(),
      requestTap.size,
      {
        status,
        statusText: upstreamResponse.statusMessage ?? "",
        httpVersion: upstreamResponse.httpVersion,
        headers: responseHeaders,
        body,
        size: responseTap.size,
      },
      waitMs,
    ),
    ...(failure ? { upstreamFailure: failure } : {}),
  };
}
