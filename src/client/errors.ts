// The errors the client throws. Each says what happened, carries Graph's identifiers for a
// support ticket, and never holds a token, a request body or a secret value: messages and
// fields are built from redacted data, and nothing keeps a Request (whose headers hold the
// token) or a body around for util.inspect to print.
import { summarizeIssues } from "../validate/summary.js";
import type { ValidationIssue } from "../validate/types.js";
import { redactText, redactValue } from "./redact.js";
import { parseRetryAfter } from "./retry-after.js";
import type { ODataErrorDetail, ODataInnerError, ODataMainError } from "./types.js";

/** `code` of a GraphError whose body was not an OData error (an HTML page from a proxy, say). */
export const NON_ODATA_ERROR_CODE = "nonODataResponse";
const RAW_BODY_LIMIT = 1_000;

/** Where a call went and how often; shared by the errors of one call. */
export interface CallContext {
  method: string;
  url: string;
  clientRequestId: string;
  attempts: number;
}

function where(context: CallContext): string {
  let path = context.url;
  try {
    path = new URL(context.url).pathname;
  } catch {
    // keep the text as given
  }
  return `${context.method} ${path}`;
}

function attemptsText(attempts: number): string {
  return attempts === 1 ? "1 attempt" : `${attempts} attempts`;
}

function isMainError(value: unknown): value is ODataMainError {
  if (value === null || typeof value !== "object") return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === "string" && typeof message === "string";
}

/** Graph answered with a non-2xx status. */
export class GraphError extends Error {
  override readonly name = "GraphError";
  /** The HTTP status. */
  readonly status: number;
  /** Graph's `error.code` (an open set: `Request_BadRequest`, `TooManyRequests`, …), or NON_ODATA_ERROR_CODE. */
  readonly code: string;
  /** Graph's `request-id` (response header, else `innerError["request-id"]`). */
  readonly requestId: string | undefined;
  /** The `client-request-id` this client sent on every attempt. */
  readonly clientRequestId: string;
  /** The final response's `Retry-After`, in ms, when it had one. */
  readonly retryAfterMs: number | undefined;
  /** Graph's `error.innerError` (diagnostics: request-id, date), secrets redacted. */
  readonly innerError: ODataInnerError | undefined;
  /** Graph's `error.details`, secrets redacted. */
  readonly details: ODataErrorDetail[] | undefined;
  /** Graph's `error.target`. */
  readonly target: string | undefined;
  /** The whole `error` object as Graph sent it, secrets redacted; undefined for a non-OData body. */
  readonly odataError: ODataMainError | undefined;
  /** The start of a body that was not an OData error, secrets redacted. */
  readonly rawBody: string | undefined;
  /** Attempts made, retries included. */
  readonly attempts: number;
  readonly method: string;
  readonly url: string;

  constructor(init: {
    status: number;
    statusText?: string;
    headers: Headers;
    body: unknown;
    context: CallContext;
    secrets?: readonly string[];
    now?: number;
  }) {
    const { status, headers, context } = init;
    const secrets = init.secrets ?? [];
    const envelope =
      init.body !== null && typeof init.body === "object" ? (init.body as { error?: unknown }).error : undefined;
    const main = isMainError(envelope) ? redactValue(envelope, secrets) : undefined;
    const requestId = headers.get("request-id") ?? main?.innerError?.["request-id"] ?? undefined;
    const code = main?.code ?? NON_ODATA_ERROR_CODE;
    let rawBody: string | undefined;
    if (!main && init.body !== undefined && init.body !== "") {
      const text = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
      rawBody = redactText(text, secrets).slice(0, RAW_BODY_LIMIT); // redact first: a cut could split a secret
    }
    const said = main ? main.message : rawBody ? `non-OData body: ${rawBody.slice(0, 200)}` : "no body";
    const ids = `request-id: ${requestId ?? "none"}, client-request-id: ${context.clientRequestId}`;
    super(`${where(context)} answered ${status} ${code}: ${said} (${ids}; ${attemptsText(context.attempts)})`);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.clientRequestId = context.clientRequestId;
    this.retryAfterMs = parseRetryAfter(headers.get("retry-after"), init.now ?? Date.now());
    this.innerError = main?.innerError;
    this.details = main?.details;
    this.target = main?.target ?? undefined;
    this.odataError = main;
    this.rawBody = rawBody;
    this.attempts = context.attempts;
    this.method = context.method;
    this.url = context.url;
  }

  /** A plain, log-safe summary (what JSON.stringify writes). */
  toJSON(): Record<string, unknown> {
    const { name, message, status, code, requestId, clientRequestId, retryAfterMs, attempts, innerError } = this;
    return { name, message, status, code, requestId, clientRequestId, retryAfterMs, attempts, innerError };
  }
}

/** No response: the connection failed, or (TimeoutError) the attempt ran out of time. */
export class NetworkError extends Error {
  override name = "NetworkError";
  readonly method: string;
  readonly url: string;
  readonly clientRequestId: string;
  readonly attempts: number;
  /** False when the request provably never reached the server (connection refused). */
  readonly mayHaveReachedServer: boolean;

  constructor(message: string, init: { context: CallContext; mayHaveReachedServer: boolean; cause?: unknown }) {
    super(
      `${where(init.context)} failed: ${message} (client-request-id: ${init.context.clientRequestId}; ${attemptsText(init.context.attempts)})`,
      { cause: init.cause },
    );
    this.method = init.context.method;
    this.url = init.context.url;
    this.clientRequestId = init.context.clientRequestId;
    this.attempts = init.context.attempts;
    this.mayHaveReachedServer = init.mayHaveReachedServer;
  }
}

/** An attempt took longer than `timeoutMs`. */
export class TimeoutError extends NetworkError {
  override name = "TimeoutError";
  constructor(
    readonly timeoutMs: number,
    init: { context: CallContext; note?: string },
  ) {
    super(`no complete response within ${timeoutMs} ms${init.note ? `; ${init.note}` : ""}`, {
      context: init.context,
      mayHaveReachedServer: true,
    });
  }
}

/** A body does not match the contract (`validate: "request"` or `"both"`). */
export class ContractError extends Error {
  override readonly name = "ContractError";
  /** The issues, their messages redacted (a message may quote a value that echoes a secret). */
  readonly issues: readonly ValidationIssue[];
  constructor(
    readonly direction: "request" | "response",
    readonly operationId: string,
    issues: readonly ValidationIssue[],
    readonly status?: number,
    secrets: readonly string[] = [],
  ) {
    issues = issues.map((issue) => ({ ...issue, message: redactText(issue.message, secrets) }));
    const subject =
      direction === "request" ? `${operationId} request body` : `${operationId} ${String(status)} response body`;
    const outcome = direction === "request" ? "; nothing was sent" : "";
    super(`${subject} does not match the contract${outcome}: ${summarizeIssues(issues, { limit: 5 })}`);
    this.issues = issues;
  }
}

/**
 * An answer's body was longer than `maxResponseBytes`: the client stopped reading it (a
 * Content-Length above the cap: before reading anything) and closed the connection, so, like
 * TimeoutError, it is a NetworkError of a call given up. Not retried: the same request would
 * get the same answer.
 */
export class ResponseTooLargeError extends NetworkError {
  override name = "ResponseTooLargeError";
  constructor(
    readonly status: number,
    readonly maxResponseBytes: number,
    context: CallContext,
  ) {
    super(`the ${status} answer's body passed maxResponseBytes (${maxResponseBytes} bytes) and was not read further`, {
      context,
      mayHaveReachedServer: true,
    });
  }
}

/** An `@odata.nextLink` this client refuses to follow (another origin, a loop, or past maxPages). */
export class NextLinkError extends Error {
  override readonly name: string = "NextLinkError";
}

/**
 * Paging read `maxPages` pages and the last one still had an `@odata.nextLink`. An error, not
 * a quiet stop, so that a cut-short list is never taken for the whole one.
 */
export class PageLimitError extends NextLinkError {
  override readonly name = "PageLimitError";
  constructor(readonly maxPages: number) {
    super(`stopped paging after maxPages (${maxPages}) pages: the last one still had an @odata.nextLink`);
  }
}
