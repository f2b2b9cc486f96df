// The retry policy: which outcomes are retried, and how long to wait before the next try.
// Defaults follow Microsoft's own SDK stack (Kiota's RetryHandler: 429/503/504, 3 retries,
// Retry-After as seconds or a date) and Graph's throttling guidance
// (https://learn.microsoft.com/graph/throttling): honour Retry-After, otherwise back off
// exponentially. The backoff uses "full jitter" (a random wait up to the exponential
// ceiling), which spreads clients apart best after a shared throttling event.
import type { RetryPolicy, RetryReason } from "./options.js";

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxTotalWaitMs: 120_000,
  retryNonIdempotent: false,
});

const NO_RETRIES: Partial<RetryPolicy> = { maxRetries: 0 };

/** Merges the layers (defaults, client, call) into one policy; `false` means no retries. */
export function resolveRetryPolicy(...layers: (Partial<RetryPolicy> | false | undefined)[]): RetryPolicy {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY };
  for (const layer of layers) {
    if (layer === undefined) continue;
    for (const [key, value] of Object.entries(layer === false ? NO_RETRIES : layer)) {
      if (value !== undefined) (policy as unknown as Record<string, unknown>)[key] = value;
    }
  }
  for (const key of ["maxRetries", "baseDelayMs", "maxDelayMs", "maxTotalWaitMs"] as const) {
    if (!Number.isFinite(policy[key]) || policy[key] < 0) {
      throw new RangeError(`retry.${key} must be a finite number >= 0, got ${String(policy[key])}`);
    }
  }
  return policy;
}

/**
 * Methods whose repetition leaves the connector as one attempt would (RFC 9110 §9.2.2).
 * PATCH is not idempotent in general, but Graph's PATCH here sets the given properties to
 * the given values, so repeating it is harmless. POST (create, uploadClientCertificate) is not.
 */
export function isIdempotent(method: string): boolean {
  return method !== "POST";
}

/** What came back from one attempt, as far as retrying cares. */
export type AttemptOutcome =
  | { kind: "response"; status: number; retryAfterMs: number | undefined }
  /** `sent: false` when the request provably never reached the server (connection refused). */
  | { kind: "network"; sent: boolean }
  | { kind: "timeout" };

export type RetryVerdict = { retry: true; reason: RetryReason } | { retry: false; reason?: RetryReason; why?: string };

const AMBIGUOUS =
  "the request may have been processed; a POST is retried after this only with retry.retryNonIdempotent";

/** Whether the outcome of an attempt with `method` may be retried under `policy`. */
export function retryVerdict(method: string, outcome: AttemptOutcome, policy: RetryPolicy): RetryVerdict {
  const safe = isIdempotent(method) || policy.retryNonIdempotent;
  if (outcome.kind === "timeout") {
    return safe ? { retry: true, reason: "timeout" } : { retry: false, reason: "timeout", why: AMBIGUOUS };
  }
  if (outcome.kind === "network") {
    if (!outcome.sent || safe) return { retry: true, reason: "network" };
    return { retry: false, reason: "network", why: AMBIGUOUS };
  }
  switch (outcome.status) {
    case 429: // throttled: Graph refused the request before processing it
      return { retry: true, reason: "throttled" };
    case 503: // with Retry-After the service says it did not take the request (Graph errors doc)
      if (safe || outcome.retryAfterMs !== undefined) return { retry: true, reason: "unavailable" };
      return { retry: false, reason: "unavailable", why: `503 without Retry-After: ${AMBIGUOUS}` };
    case 504: // the gateway gave up waiting; the service may still have done the work
      return safe
        ? { retry: true, reason: "gatewayTimeout" }
        : { retry: false, reason: "gatewayTimeout", why: AMBIGUOUS };
    default:
      return { retry: false };
  }
}

/** Full-jitter backoff before retry number `retry` (0-based): random in [0, min(max, base·2^retry)). */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/**
 * The wait before attempt `attempt + 1`, or why there is none: no retries left, or a
 * `Retry-After` longer than what is left of maxTotalWaitMs (waiting less than the service
 * asked would only be throttled again). A computed backoff is shortened to fit instead.
 */
export function planRetry(
  attempt: number,
  retryAfterMs: number | undefined,
  waitedMs: number,
  policy: RetryPolicy,
  random: () => number,
): { delayMs: number } | { why: string } {
  const leftMs = policy.maxTotalWaitMs - waitedMs;
  if (attempt > policy.maxRetries) return { why: `no retries left (retry.maxRetries = ${policy.maxRetries})` };
  if (retryAfterMs !== undefined && retryAfterMs > leftMs) {
    return { why: `Retry-After ${retryAfterMs} ms is more than the ${leftMs} ms left of retry.maxTotalWaitMs` };
  }
  return { delayMs: retryAfterMs ?? Math.min(backoffDelayMs(attempt - 1, policy, random), leftMs) };
}

/** What the transport does after an attempt: wait and try again, or finish with what it has. */
export type NextStep =
  | { action: "wait"; delayMs: number; reason: RetryReason; retryAfterMs: number | undefined }
  /** Return the response, or throw for the failure; `reason` set when a retry was declined. */
  | { action: "finish"; reason?: RetryReason; why?: string };

/**
 * The pure decision after attempt number `attempt` (1-based) of a `method` call, having
 * waited `waitedMs` so far: the verdict on the outcome, then whether a wait still fits.
 */
export function planNextStep(
  method: string,
  attempt: number,
  outcome: AttemptOutcome,
  waitedMs: number,
  policy: RetryPolicy,
  random: () => number,
): NextStep {
  const verdict = retryVerdict(method, outcome, policy);
  if (!verdict.retry) return { action: "finish", reason: verdict.reason, why: verdict.why };
  const retryAfterMs = outcome.kind === "response" ? outcome.retryAfterMs : undefined;
  const plan = planRetry(attempt, retryAfterMs, waitedMs, policy, random);
  if ("why" in plan) return { action: "finish", reason: verdict.reason, why: plan.why };
  return { action: "wait", delayMs: plan.delayMs, reason: verdict.reason, retryAfterMs };
}
