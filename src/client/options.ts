// What a caller can configure: the client as a whole, the retry policy, and one call.

import type { GraphVersion } from "../validate/graph-version.js";

export type { GraphVersion };

/** An access token, or something shaped like `@azure/identity`'s AccessToken. */
export type TokenLike = string | { readonly token: string };

/** Sends one HTTP attempt. Same shape as openapi-fetch's `fetch` option. */
export type FetchLike = (request: Request) => Promise<Response>;

/** A clock the retry loop waits on; inject one to make tests instant and deterministic. */
export interface Clock {
  /** Milliseconds since the epoch; used to turn a `Retry-After` HTTP-date into a wait. */
  now(): number;
  /** Resolves after `ms`, or rejects with `signal.reason` as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface RetryPolicy {
  /** Retries after the first attempt. Default 3 (Kiota's default); 0 disables retrying. */
  maxRetries: number;
  /** First backoff ceiling when the response gives no `Retry-After`. Default 1000 ms. */
  baseDelayMs: number;
  /** Ceiling of one computed backoff (not of a `Retry-After`). Default 30 000 ms. */
  maxDelayMs: number;
  /**
   * Cap on the sum of all waits of one call. A `Retry-After` that would pass it ends the
   * retries at once (the error carries `retryAfterMs`); a computed backoff is shortened to
   * fit. Default 120 000 ms.
   */
  maxTotalWaitMs: number;
  /**
   * Also retry a POST (create, uploadClientCertificate) after an ambiguous failure: a 504,
   * a 503 without `Retry-After`, a connection lost after the request was sent, or a
   * timeout. Off by default, because the first attempt may have succeeded and a duplicate
   * connector is worse than an error.
   */
  retryNonIdempotent: boolean;
}

export interface ClientOptions {
  /** Graph version when `baseUrl` is not given. Default `"v1.0"` (the one Microsoft supports in production). */
  version?: GraphVersion;
  /** Service root. Default `https://graph.microsoft.com/{version}`. */
  baseUrl?: string;
  /** A fixed access token. Use `getToken` for anything that expires. */
  token?: string;
  /**
   * Called before every attempt (retries included), so a refreshed token is used. Return the
   * token, or an object with a `token` (such as `@azure/identity`'s AccessToken).
   * `null` is accepted by the type because `TokenCredential.getToken` resolves to
   * `AccessToken | null`; at run time it fails the call before anything is sent.
   */
  getToken?: () => TokenLike | null | Promise<TokenLike | null>;
  /** Sends each attempt. Default: the global `fetch`. */
  fetch?: FetchLike;
  /** Retry policy (merged over the defaults), or `false` for no retries. */
  retry?: Partial<RetryPolicy> | false;
  /**
   * Limit on each attempt, from sending the request to the end of the response body.
   * A timed-out attempt is an ambiguous failure (see `retryNonIdempotent`). Default: none.
   */
  timeoutMs?: number;
  /**
   * Cap on each answer's body, in bytes. A longer body is not read further (the connection
   * is closed) and the call throws ResponseTooLargeError. Default 16 MiB (16 777 216).
   */
  maxResponseBytes?: number;
  /**
   * Most pages one `iterateApiConnectors`/`iterateApiConnectorPages` loop reads. When the
   * last of them still has an `@odata.nextLink`, the loop throws PageLimitError. Default 1000.
   */
  maxPages?: number;
  /** Cancels every call of this client (in flight and waiting to retry). */
  signal?: AbortSignal;
  /** Your product token, sent before this package's: `myapp/1.2 apiconnectors/0.1.0`. */
  userAgent?: string;
  /**
   * Runtime contract checks with the precompiled validators. `"request"` rejects an invalid
   * body before anything is sent; `"both"` also checks 2xx response bodies. Default `"off"`.
   */
  validate?: "off" | "request" | "both";
  /** Receives one entry per attempt, retry and outcome. Entries never hold tokens or bodies. */
  log?: (entry: LogEntry) => void;
  /** Clock for retry waits and `Retry-After` dates. Default: the real one. */
  clock?: Partial<Clock>;
  /** Source of jitter in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/** Options for one call of a helper (or of the raw client through `callOptions`). */
export interface CallOptions {
  /** Cancels this call, including a pending wait between retries. */
  signal?: AbortSignal;
  /** Sent as `client-request-id` (on every attempt). Default: a fresh UUID per call. */
  clientRequestId?: string;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides (merged over) the client's retry policy for this call, or `false`. */
  retry?: Partial<RetryPolicy> | false;
  /** Receives the status and Graph's identifiers of the final response. */
  onResponse?: (info: ResponseInfo) => void;
}

/** What Graph said about a call, for logs and support tickets. */
export interface ResponseInfo {
  status: number;
  /** Graph's `request-id` response header. */
  requestId: string | undefined;
  /** The `client-request-id` sent on every attempt. */
  clientRequestId: string;
  /** Attempts made, 1 when no retry was needed. */
  attempts: number;
  headers: Headers;
}

/** Why an attempt is retried (or was the last). */
export type RetryReason = "throttled" | "unavailable" | "gatewayTimeout" | "network" | "timeout";

/** One log entry. Never carries a token, a header value other than ids, or a body. */
export type LogEntry =
  | { type: "attempt"; method: string; url: string; attempt: number; clientRequestId: string }
  | {
      type: "response";
      method: string;
      url: string;
      attempt: number;
      clientRequestId: string;
      status: number;
      requestId: string | undefined;
    }
  | {
      type: "failure";
      method: string;
      url: string;
      attempt: number;
      clientRequestId: string;
      reason: "network" | "timeout";
      message: string;
    }
  | {
      type: "retry";
      method: string;
      url: string;
      attempt: number;
      clientRequestId: string;
      reason: RetryReason;
      delayMs: number;
      retryAfterMs: number | undefined;
    }
  | {
      type: "giveUp";
      method: string;
      url: string;
      attempt: number;
      clientRequestId: string;
      reason: RetryReason;
      why: string;
    };
