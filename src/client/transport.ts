// The transport: openapi-fetch's `fetch`, with the retry loop inside it.
//
// Why here, below openapi-fetch, and not around it: openapi-fetch builds the Request once per
// logical call and runs its middleware once (client-request-id, user agent, contract checks),
// then hands the Request to `fetch`. Retrying inside `fetch` therefore repeats only what must
// change per attempt (a fresh token, the timeout, Retry-Attempt) and keeps everything else,
// including the client-request-id, identical on every attempt by construction. openapi-fetch
// sees one response, as if no retry had happened, so its typing and parsing stay untouched.
// (The same layering as Kiota's RetryHandler sitting below its request builders, and the
// custom-fetch pattern of basecamp/basecamp-sdk PR #538; openapi-fetch itself declines to
// retry, openapi-typescript #1122.)
import { followSignals, untilAborted } from "./abort.js";
import { type CallContext, NetworkError, TimeoutError } from "./errors.js";
import { readNetworkFailure } from "./network-failure.js";
import type { CallOptions, Clock, FetchLike, LogEntry, RetryPolicy } from "./options.js";
import { replayableBody } from "./replayable-request.js";
import { readResponseText } from "./response-body.js";
import { type AttemptOutcome, type NextStep, planNextStep, resolveRetryPolicy } from "./retry.js";
import { parseRetryAfter } from "./retry-after.js";

export interface TransportSettings {
  /** An injected fetch; undefined for the global one (called with URL and init, saving a Request). */
  fetch: FetchLike | undefined;
  /** The bearer token for the next attempt, or undefined to send none. */
  token: () => Promise<string | undefined>;
  /** The client's policy, resolved once; a call's `retry` option is merged over it. */
  retry: RetryPolicy;
  timeoutMs: number | undefined;
  /** Cap on each answer's body, in bytes (`maxResponseBytes`). */
  maxResponseBytes: number;
  signal: AbortSignal | undefined;
  clock: Clock;
  random: () => number;
  log: ((entry: LogEntry) => void) | undefined;
}

/** One logical call: its options going in, and what the transport learned coming out. */
export interface CallState extends CallContext {
  options: CallOptions;
  /** True when the caller parses `bodyText` itself (see readResponseText). */
  readsBodyText: boolean;
  /** The final answer's body, read within its attempt. */
  bodyText?: string;
  /** The bearer tokens sent, for the errors to redact should an answer echo one. */
  tokens: string[];
}

export function newCallState(options: CallOptions = {}, readsBodyText = false): CallState {
  return { options, readsBodyText, method: "", url: "", clientRequestId: "", attempts: 0, tokens: [] };
}

/**
 * The signal one attempt is sent with. With a timeout or a client-wide signal, a controller
 * follows them all, and its listeners are removed when the attempt ends. Without either, the
 * call's own signal is used as is, which costs nothing.
 */
function attemptScope(callSignal: AbortSignal, clientSignal: AbortSignal | undefined, timeoutMs: number | undefined) {
  if (timeoutMs === undefined && clientSignal === undefined) {
    return { signal: callSignal, timedOut: undefined, end: () => undefined };
  }
  const link = followSignals([callSignal, clientSignal]);
  const timedOut =
    timeoutMs === undefined ? undefined : new DOMException(`attempt exceeded ${timeoutMs} ms`, "TimeoutError");
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => link.abort(timedOut), timeoutMs);
  return {
    signal: link.signal,
    timedOut,
    end: () => {
      clearTimeout(timer);
      link.dispose();
    },
  };
}

async function bearer(settings: TransportSettings, call: CallState): Promise<string | undefined> {
  const token = await settings.token();
  if (token !== undefined && token !== "" && !call.tokens.includes(token)) call.tokens.push(token);
  return token === undefined ? undefined : `Bearer ${token}`;
}

/** What one attempt ended with: an answer (body read), or a failure the policy may retry. */
type AttemptResult =
  | { response: Response; outcome: AttemptOutcome }
  | { response: undefined; outcome: AttemptOutcome; failure: string };

/** The parts of a call every attempt shares. */
interface Attempting {
  request: Request;
  body: BodyInit | null;
  timeoutMs: number | undefined;
  settings: TransportSettings;
  call: CallState;
  /** Logs an entry with the call's method, URL and client-request-id added. */
  log: (entry: LogBody) => void;
}

/** A log entry without the fields every entry of the call shares. */
type LogBody = WithoutCallFields<LogEntry>;
type WithoutCallFields<E> = E extends LogEntry ? Omit<E, "method" | "url" | "clientRequestId"> : never;

/**
 * Sends attempt number `attempt` and reads its answer within the attempt's signal. Throws
 * only what must not be retried: the caller's abort, or an error that is no network failure
 * (a bug to surface).
 */
async function sendAttempt(a: Attempting, attempt: number): Promise<AttemptResult> {
  const { request, settings, call } = a;
  // Set on the call's own Request (as openapi-fetch's auth middleware would); fetch copies them.
  const headers = request.headers;
  const scope = attemptScope(request.signal, settings.signal, a.timeoutMs);
  let authorization: string | undefined;
  try {
    // The token is part of the attempt: its timeout and the caller's abort end the wait for it.
    authorization = await untilAborted(bearer(settings, call), scope.signal);
  } catch (error) {
    scope.end();
    if (scope.timedOut !== undefined && scope.signal.reason === scope.timedOut)
      throw new TimeoutError(a.timeoutMs ?? 0, { context: { ...call }, note: "getToken() did not settle in time" });
    throw error; // the caller's abort reason, or getToken's own failure
  }
  if (authorization !== undefined) headers.set("authorization", authorization);
  if (attempt > 1) headers.set("retry-attempt", String(attempt - 1)); // as Microsoft's SDKs send it

  a.log({ type: "attempt", attempt });
  try {
    // `manual`: a redirect would carry the bearer token to wherever it points.
    const init: RequestInit = {
      method: request.method,
      headers,
      body: a.body,
      signal: scope.signal,
      redirect: "manual",
    };
    const answer = await (settings.fetch ? settings.fetch(new Request(request.url, init)) : fetch(request.url, init));
    const { response, text } = await readResponseText(answer, call.readsBodyText, settings.maxResponseBytes, call);
    call.bodyText = text;
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), settings.clock.now());
    const requestId = response.headers.get("request-id") ?? undefined;
    a.log({ type: "response", attempt, status: response.status, requestId });
    return { response, outcome: { kind: "response", status: response.status, retryAfterMs } };
  } catch (error) {
    // A body that failed mid-read is no answer.
    if (scope.signal.aborted && scope.signal.reason !== scope.timedOut) throw scope.signal.reason; // the caller aborted
    let result: AttemptResult;
    if (scope.signal.aborted) {
      result = {
        response: undefined,
        outcome: { kind: "timeout" },
        failure: `no complete response within ${a.timeoutMs} ms`,
      };
    } else {
      const network = readNetworkFailure(error);
      if (!network) throw error; // not a network failure: a bug to surface, not to retry
      result = { response: undefined, outcome: { kind: "network", sent: network.sent }, failure: network.message };
    }
    const reason = result.outcome.kind === "timeout" ? "timeout" : "network";
    a.log({ type: "failure", attempt, reason, message: result.failure });
    return result;
  } finally {
    scope.end();
  }
}

/** Waits before the next attempt; the caller's or the client's abort ends the wait at once. */
async function waitToRetry(a: Attempting, delayMs: number): Promise<void> {
  const wait = followSignals([a.request.signal, a.settings.signal]);
  try {
    await a.settings.clock.sleep(delayMs, wait.signal);
  } finally {
    wait.dispose();
  }
}

/** The last attempt's response, or the error for its failure (with why no retry followed). */
function finish(a: Attempting, result: AttemptResult, step: Extract<NextStep, { action: "finish" }>): Response {
  if (result.response) return result.response;
  const { why } = step;
  const context = { ...a.call };
  if (result.outcome.kind === "timeout") throw new TimeoutError(a.timeoutMs ?? 0, { context, note: why });
  const sent = result.outcome.kind === "network" && result.outcome.sent;
  throw new NetworkError(why ? `${result.failure}; ${why}` : result.failure, { context, mayHaveReachedServer: sent });
}

/**
 * Sends `request` until it succeeds, fails for good, or runs out of retries: each attempt,
 * then the planner's next step (retry.ts, planNextStep), performed here.
 */
export async function sendWithRetries(
  request: Request,
  settings: TransportSettings,
  call: CallState,
): Promise<Response> {
  const policy =
    call.options.retry === undefined ? settings.retry : resolveRetryPolicy(settings.retry, call.options.retry);
  const method = request.method;
  call.method = method;
  call.url = request.url;
  call.clientRequestId = request.headers.get("client-request-id") ?? "";
  const base = { method, url: request.url, clientRequestId: call.clientRequestId };
  const attempting: Attempting = {
    request,
    // Resent as is on every attempt: a Request's body stream can be sent only once.
    body: await replayableBody(request),
    timeoutMs: call.options.timeoutMs ?? settings.timeoutMs,
    settings,
    call,
    log: ({ type, ...rest }) => settings.log?.({ type, ...base, ...rest } as LogEntry),
  };
  let waitedMs = 0;
  for (let attempt = 1; ; attempt++) {
    call.attempts = attempt;
    const result = await sendAttempt(attempting, attempt);
    const step = planNextStep(method, attempt, result.outcome, waitedMs, policy, settings.random);
    if (step.action === "finish") {
      if (step.reason !== undefined) {
        attempting.log({ type: "giveUp", attempt, reason: step.reason, why: step.why ?? "not retryable" });
      }
      return finish(attempting, result, step);
    }
    const { delayMs, reason, retryAfterMs } = step;
    attempting.log({ type: "retry", attempt, reason, delayMs, retryAfterMs });
    await waitToRetry(attempting, delayMs);
    waitedMs += delayMs;
  }
}
