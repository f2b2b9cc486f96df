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
import { followSignals } from "./abort.js";
import { type CallContext, NetworkError, TimeoutError } from "./errors.js";
import { readNetworkFailure } from "./network-failure.js";
import type { CallOptions, Clock, FetchLike, LogEntry, RetryPolicy } from "./options.js";
import { replayableBody } from "./replayable-request.js";
import { readBody } from "./response-body.js";
import { type AttemptOutcome, planRetry, resolveRetryPolicy, retryVerdict } from "./retry.js";
import { parseRetryAfter } from "./retry-after.js";

export interface TransportSettings {
  /** An injected fetch; undefined for the global one (called with URL and init, saving a Request). */
  fetch: FetchLike | undefined;
  /** The bearer token for the next attempt, or undefined to send none. */
  token: () => Promise<string | undefined>;
  /** The client's policy, resolved once; a call's `retry` option is merged over it. */
  retry: RetryPolicy;
  timeoutMs: number | undefined;
  signal: AbortSignal | undefined;
  clock: Clock;
  random: () => number;
  log: ((entry: LogEntry) => void) | undefined;
}

/** One logical call: its options going in, and what the transport learned coming out. */
export interface CallState extends CallContext {
  options: CallOptions;
  /** True when the caller parses `bodyText` itself (see readBody). */
  readsBodyText: boolean;
  /** The final answer's body, read within its attempt. */
  bodyText?: string;
}

export function newCallState(options: CallOptions = {}, readsBodyText = false): CallState {
  return { options, readsBodyText, method: "", url: "", clientRequestId: "", attempts: 0 };
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

async function bearer(settings: TransportSettings): Promise<string | undefined> {
  const token = await settings.token();
  return token === undefined ? undefined : `Bearer ${token}`;
}

/** Sends `request` until it succeeds, fails for good, or runs out of retries. */
export async function send(request: Request, settings: TransportSettings, call: CallState): Promise<Response> {
  const policy =
    call.options.retry === undefined ? settings.retry : resolveRetryPolicy(settings.retry, call.options.retry);
  const timeoutMs = call.options.timeoutMs ?? settings.timeoutMs;
  const method = request.method;
  call.method = method;
  call.url = request.url;
  call.clientRequestId = request.headers.get("client-request-id") ?? "";
  const userSignals = [request.signal, settings.signal];
  const base = { method, url: request.url, clientRequestId: call.clientRequestId };
  // Resent as is on every attempt: a Request's body stream can be sent only once.
  const body = await replayableBody(request);
  let waitedMs = 0;

  for (let attempt = 1; ; attempt++) {
    call.attempts = attempt;
    // Set on the call's own Request (as openapi-fetch's auth middleware would); fetch copies them.
    const headers = request.headers;
    const authorization = await bearer(settings);
    if (authorization !== undefined) headers.set("authorization", authorization);
    if (attempt > 1) headers.set("retry-attempt", String(attempt - 1)); // as Microsoft's SDKs send it

    const scope = attemptScope(request.signal, settings.signal, timeoutMs);
    let response: Response | undefined;
    let outcome: AttemptOutcome;
    let failure = "";
    settings.log?.({ type: "attempt", ...base, attempt });
    try {
      // `manual`: a redirect would carry the bearer token to wherever it points.
      const init: RequestInit = { method, headers, body, signal: scope.signal, redirect: "manual" };
      const answer = await (settings.fetch ? settings.fetch(new Request(request.url, init)) : fetch(request.url, init));
      ({ response, text: call.bodyText } = await readBody(answer, call.readsBodyText));
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), settings.clock.now());
      outcome = { kind: "response", status: response.status, retryAfterMs };
      settings.log?.({
        type: "response",
        ...base,
        attempt,
        status: response.status,
        requestId: response.headers.get("request-id") ?? undefined,
      });
    } catch (error) {
      response = undefined; // a body that failed mid-read is no answer
      if (scope.signal.aborted && scope.signal.reason !== scope.timedOut) throw scope.signal.reason; // the caller aborted
      if (scope.signal.aborted) {
        outcome = { kind: "timeout" };
        failure = `no complete response within ${timeoutMs} ms`;
      } else {
        const network = readNetworkFailure(error);
        if (!network) throw error; // not a network failure: a bug to surface, not to retry
        outcome = { kind: "network", sent: network.sent };
        failure = network.message;
      }
      settings.log?.({
        type: "failure",
        ...base,
        attempt,
        reason: outcome.kind === "timeout" ? "timeout" : "network",
        message: failure,
      });
    } finally {
      scope.end();
    }

    const verdict = retryVerdict(method, outcome, policy);
    let why = verdict.retry ? undefined : verdict.why;
    if (verdict.retry) {
      const retryAfterMs = outcome.kind === "response" ? outcome.retryAfterMs : undefined;
      const plan = planRetry(attempt, retryAfterMs, waitedMs, policy, settings.random);
      if ("delayMs" in plan) {
        settings.log?.({
          type: "retry",
          ...base,
          attempt,
          reason: verdict.reason,
          delayMs: plan.delayMs,
          retryAfterMs,
        });
        const wait = followSignals(userSignals); // an abort ends the wait at once
        try {
          await settings.clock.sleep(plan.delayMs, wait.signal);
        } finally {
          wait.dispose();
        }
        waitedMs += plan.delayMs;
        continue;
      }
      why = plan.why;
    }
    if (verdict.reason !== undefined)
      settings.log?.({ type: "giveUp", ...base, attempt, reason: verdict.reason, why: why ?? "not retryable" });
    if (response) return response;
    if (outcome.kind === "timeout") throw new TimeoutError(timeoutMs ?? 0, { context: { ...call }, note: why });
    const sent = outcome.kind === "network" && outcome.sent;
    throw new NetworkError(why ? `${failure}; ${why}` : failure, { context: { ...call }, mayHaveReachedServer: sent });
  }
}
