import { describe, expect, it } from "vitest";
import {
  type AttemptOutcome,
  backoffDelayMs,
  planNextStep,
  planRetry,
  resolveRetryPolicy,
  retryVerdict,
} from "../../src/client/retry.js";
import { DEFAULT_RETRY_POLICY } from "../../src/index.js";

const policy = resolveRetryPolicy();
const optIn = resolveRetryPolicy({ retryNonIdempotent: true });

describe("retryVerdict", () => {
  const response = (status: number, retryAfterMs?: number): AttemptOutcome => ({
    kind: "response",
    status,
    retryAfterMs,
  });
  const cases: { name: string; method: string; outcome: AttemptOutcome; retried: boolean; withOptIn?: boolean }[] = [
    { name: "GET 429", method: "GET", outcome: response(429), retried: true },
    {
      name: "POST 429 without Retry-After (throttled: not processed)",
      method: "POST",
      outcome: response(429),
      retried: true,
    },
    { name: "POST 429 with Retry-After", method: "POST", outcome: response(429, 1000), retried: true },
    { name: "GET 503", method: "GET", outcome: response(503), retried: true },
    { name: "POST 503 with Retry-After", method: "POST", outcome: response(503, 1000), retried: true },
    { name: "POST 503 without Retry-After", method: "POST", outcome: response(503), retried: false, withOptIn: true },
    { name: "GET 504", method: "GET", outcome: response(504), retried: true },
    { name: "PATCH 504", method: "PATCH", outcome: response(504), retried: true },
    { name: "DELETE 504", method: "DELETE", outcome: response(504), retried: true },
    { name: "POST 504", method: "POST", outcome: response(504), retried: false, withOptIn: true },
    { name: "GET 500", method: "GET", outcome: response(500), retried: false, withOptIn: false },
    { name: "GET 502", method: "GET", outcome: response(502), retried: false, withOptIn: false },
    { name: "POST 409", method: "POST", outcome: response(409), retried: false, withOptIn: false },
    { name: "GET 404", method: "GET", outcome: response(404), retried: false, withOptIn: false },
    { name: "POST 201", method: "POST", outcome: response(201), retried: false, withOptIn: false },
    { name: "GET network failure", method: "GET", outcome: { kind: "network", sent: true }, retried: true },
    {
      name: "POST reset after sending",
      method: "POST",
      outcome: { kind: "network", sent: true },
      retried: false,
      withOptIn: true,
    },
    {
      name: "POST connection refused (never sent)",
      method: "POST",
      outcome: { kind: "network", sent: false },
      retried: true,
    },
    { name: "GET timeout", method: "GET", outcome: { kind: "timeout" }, retried: true },
    { name: "POST timeout", method: "POST", outcome: { kind: "timeout" }, retried: false, withOptIn: true },
  ];
  it.each(cases)("$name", ({ method, outcome, retried, withOptIn }) => {
    expect(retryVerdict(method, outcome, policy).retry).toBe(retried);
    expect(retryVerdict(method, outcome, optIn).retry).toBe(withOptIn ?? retried);
  });

  // The reason reaches the log (retry and giveUp entries), retried or not.
  const reasons: { method: string; outcome: AttemptOutcome; reason: string }[] = [
    { method: "GET", outcome: response(429), reason: "throttled" },
    { method: "GET", outcome: response(503), reason: "unavailable" },
    { method: "POST", outcome: response(503), reason: "unavailable" },
    { method: "GET", outcome: response(504), reason: "gatewayTimeout" },
    { method: "POST", outcome: response(504), reason: "gatewayTimeout" },
    { method: "GET", outcome: { kind: "network", sent: true }, reason: "network" },
    { method: "POST", outcome: { kind: "network", sent: true }, reason: "network" },
    { method: "GET", outcome: { kind: "timeout" }, reason: "timeout" },
    { method: "POST", outcome: { kind: "timeout" }, reason: "timeout" },
  ];
  it.each(reasons)(
    "names the reason $reason for $method $outcome.kind $outcome.status",
    ({ method, outcome, reason }) => {
      expect(retryVerdict(method, outcome, policy).reason).toBe(reason);
    },
  );

  it("says a declined 503 had no Retry-After", () => {
    const verdict = retryVerdict("POST", response(503), policy);
    expect(!verdict.retry && verdict.why).toMatch(/^503 without Retry-After: .*retryNonIdempotent/);
  });

  it("says why an ambiguous POST failure is not retried", () => {
    const verdict = retryVerdict("POST", response(504), policy);
    expect(verdict).toMatchObject({ retry: false, reason: "gatewayTimeout" });
    expect(!verdict.retry && verdict.why).toMatch(/retryNonIdempotent/);
  });
});

describe("backoffDelayMs (full jitter)", () => {
  const cases = [
    { retry: 0, random: 0.5, want: 500 },
    { retry: 1, random: 0.5, want: 1_000 },
    { retry: 2, random: 0.5, want: 2_000 },
    { retry: 2, random: 0, want: 0 },
    { retry: 2, random: 0.999, want: 3_996 },
    { retry: 10, random: 0.5, want: 15_000 }, // capped at maxDelayMs 30 s
  ];
  it.each(cases)("retry $retry with random $random waits $want ms", ({ retry, random, want }) => {
    expect(backoffDelayMs(retry, policy, () => random)).toBe(want);
  });
});

describe("resolveRetryPolicy", () => {
  it("defaults to 3 retries, no retry of ambiguous POSTs", () => {
    expect(resolveRetryPolicy()).toEqual({ ...DEFAULT_RETRY_POLICY });
    expect(DEFAULT_RETRY_POLICY).toMatchObject({ maxRetries: 3, retryNonIdempotent: false });
  });
  it("layers call options over client options over defaults", () => {
    expect(resolveRetryPolicy({ maxRetries: 5, baseDelayMs: 10 }, { maxRetries: 1 })).toMatchObject({
      maxRetries: 1,
      baseDelayMs: 10,
    });
  });
  it("treats false as no retries, and a later layer can turn them back on", () => {
    expect(resolveRetryPolicy(false).maxRetries).toBe(0);
    expect(resolveRetryPolicy(false, { maxRetries: 2 }).maxRetries).toBe(2);
  });
  it("skips an absent layer (no call options given)", () => {
    expect(resolveRetryPolicy(undefined, { maxRetries: 1 }, undefined)).toEqual({
      ...DEFAULT_RETRY_POLICY,
      maxRetries: 1,
    });
  });
  it.each(["maxRetries", "baseDelayMs", "maxDelayMs", "maxTotalWaitMs"])("rejects a negative %s", (key) => {
    expect(() => resolveRetryPolicy({ [key]: -1 })).toThrow(new RegExp(`retry\\.${key}`));
  });
});

describe("planRetry", () => {
  const half = () => 0.5;
  const cases: {
    name: string;
    attempt: number;
    retryAfterMs?: number;
    waitedMs: number;
    want: { delayMs: number } | RegExp;
  }[] = [
    { name: "honours Retry-After", attempt: 1, retryAfterMs: 7_000, waitedMs: 0, want: { delayMs: 7_000 } },
    { name: "honours Retry-After: 0", attempt: 1, retryAfterMs: 0, waitedMs: 0, want: { delayMs: 0 } },
    { name: "backs off without Retry-After", attempt: 2, waitedMs: 0, want: { delayMs: 1_000 } },
    { name: "shortens a backoff to the wait left", attempt: 3, waitedMs: 119_500, want: { delayMs: 500 } },
    {
      name: "gives up on a Retry-After past the wait left",
      attempt: 1,
      retryAfterMs: 121_000,
      waitedMs: 0,
      want: /Retry-After 121000 ms is more than the 120000 ms left/,
    },
    {
      name: "takes a Retry-After that exactly fits",
      attempt: 2,
      retryAfterMs: 60_000,
      waitedMs: 60_000,
      want: { delayMs: 60_000 },
    },
    {
      name: "gives up after maxRetries",
      attempt: 4,
      retryAfterMs: 1_000,
      waitedMs: 0,
      want: /no retries left \(retry\.maxRetries = 3\)/,
    },
  ];
  it.each(cases)("$name", ({ attempt, retryAfterMs, waitedMs, want }) => {
    const plan = planRetry(attempt, retryAfterMs, waitedMs, policy, half);
    if (want instanceof RegExp) expect(plan).toMatchObject({ why: expect.stringMatching(want) });
    else expect(plan).toEqual(want);
  });
});

describe("planNextStep (the transport's decision after an attempt)", () => {
  const half = () => 0.5;
  const response = (status: number, retryAfterMs?: number): AttemptOutcome => ({
    kind: "response",
    status,
    retryAfterMs,
  });
  it("finishes without a reason on an answer that is not retried", () => {
    expect(planNextStep("GET", 1, response(200), 0, policy, half)).toEqual({
      action: "finish",
      reason: undefined,
      why: undefined,
    });
  });
  it("waits the Retry-After of a throttled answer, with the reason and the header's value", () => {
    expect(planNextStep("POST", 1, response(429, 2_000), 0, policy, half)).toEqual({
      action: "wait",
      delayMs: 2_000,
      reason: "throttled",
      retryAfterMs: 2_000,
    });
  });
  it("backs off after a network failure (no Retry-After to honour)", () => {
    expect(planNextStep("GET", 2, { kind: "network", sent: true }, 0, policy, half)).toEqual({
      action: "wait",
      delayMs: 1_000,
      reason: "network",
      retryAfterMs: undefined,
    });
  });
  it("finishes with the verdict's why when a POST timed out", () => {
    expect(planNextStep("POST", 1, { kind: "timeout" }, 0, policy, half)).toEqual({
      action: "finish",
      reason: "timeout",
      why: expect.stringMatching(/retryNonIdempotent/),
    });
  });
  it("finishes with the planner's why when the retries ran out", () => {
    expect(planNextStep("GET", 4, response(503), 0, policy, half)).toEqual({
      action: "finish",
      reason: "unavailable",
      why: "no retries left (retry.maxRetries = 3)",
    });
  });
  it("finishes when a Retry-After would pass what is left of maxTotalWaitMs", () => {
    expect(planNextStep("GET", 2, response(429, 30_000), 100_000, policy, half)).toEqual({
      action: "finish",
      reason: "throttled",
      why: expect.stringMatching(/Retry-After 30000 ms is more than the 20000 ms left/),
    });
  });
});

describe("resolveRetryPolicy with undefined members", () => {
  it("keeps the default for a member given as undefined (an options object built from optional config)", () => {
    expect(resolveRetryPolicy({ maxRetries: undefined, baseDelayMs: undefined })).toEqual(DEFAULT_RETRY_POLICY);
    expect(resolveRetryPolicy({ maxRetries: 5 }, { maxRetries: undefined }).maxRetries).toBe(5);
  });
});
