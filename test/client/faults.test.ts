// Fault injection against a real loopback server: throttling, unavailability, gateway
// timeouts, dropped connections, slow servers and aborts. Waits are asserted through the
// recording clock, never measured.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ClientOptions,
  createApiConnectorsClient,
  GraphError,
  type LogEntry,
  NetworkError,
  TimeoutError,
} from "../../src/index.js";
import { type RecordingClock, recordingClock } from "./support/clock.js";
import { type FaultServer, type Reply, startFaultServer } from "./support/fault-server.js";
import { basicConnector, basicCreate, CONNECTOR_ID, odataError } from "./support/fixtures.js";

let server: FaultServer;
let clock: RecordingClock;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => {
  clock = recordingClock();
});

function client(options: ClientOptions = {}) {
  return createApiConnectorsClient({
    baseUrl: server.origin,
    token: "test-token",
    clock,
    random: () => 0.5,
    ...options,
  });
}

const created: Reply = { status: 201, body: basicConnector, headers: { "request-id": "req-created" } };
const ok: Reply = { status: 200, body: basicConnector };
const throttled = (retryAfter?: string): Reply => ({
  status: 429,
  headers: retryAfter === undefined ? {} : { "retry-after": retryAfter },
  body: odataError("TooManyRequests", "Too many requests"),
});
const unavailable = (retryAfter?: string): Reply => ({
  status: 503,
  headers: retryAfter === undefined ? {} : { "retry-after": retryAfter },
  body: odataError("serviceNotAvailable", "Service unavailable"),
});
const gatewayTimeout: Reply = { status: 504, body: odataError("GatewayTimeout", "Gateway timeout") };

describe("retries on create (POST: never twice after an ambiguous failure)", () => {
  const cases: {
    name: string;
    replies: Reply[];
    options?: ClientOptions;
    requests: number;
    waits: number[];
    outcome: number;
  }[] = [
    {
      name: "429 with Retry-After in seconds is retried after that wait",
      replies: [throttled("2"), created],
      requests: 2,
      waits: [2_000],
      outcome: 201,
    },
    {
      name: "429 with Retry-After as an HTTP-date waits until that date",
      replies: [throttled(new Date(Date.UTC(2025, 0, 1, 12, 0, 5)).toUTCString()), created],
      requests: 2,
      waits: [5_000],
      outcome: 201,
    },
    {
      name: "429 without Retry-After backs off (full jitter, random 0.5 of 1 s)",
      replies: [throttled(), created],
      requests: 2,
      waits: [500],
      outcome: 201,
    },
    {
      name: "repeated 429s back off exponentially",
      replies: [throttled(), throttled(), throttled(), created],
      requests: 4,
      waits: [500, 1_000, 2_000],
      outcome: 201,
    },
    {
      name: "repeated 429s keep honouring Retry-After",
      replies: [throttled("3"), throttled("7"), created],
      requests: 3,
      waits: [3_000, 7_000],
      outcome: 201,
    },
    {
      name: "503 with Retry-After is retried (the service did not take it)",
      replies: [unavailable("1"), created],
      requests: 2,
      waits: [1_000],
      outcome: 201,
    },
    {
      name: "503 without Retry-After is not retried",
      replies: [unavailable(), created],
      requests: 1,
      waits: [],
      outcome: 503,
    },
    {
      name: "504 is not retried: exactly one request reaches the server",
      replies: [gatewayTimeout, created],
      requests: 1,
      waits: [],
      outcome: 504,
    },
    {
      name: "504 is retried with retryNonIdempotent",
      replies: [gatewayTimeout, created],
      options: { retry: { retryNonIdempotent: true } },
      requests: 2,
      waits: [500],
      outcome: 201,
    },
    {
      name: "503 without Retry-After is retried with retryNonIdempotent",
      replies: [unavailable(), created],
      options: { retry: { retryNonIdempotent: true } },
      requests: 2,
      waits: [500],
      outcome: 201,
    },
    {
      name: "after 3 retries the last answer is the error",
      replies: [throttled("1"), throttled("1"), throttled("1"), throttled("1"), created],
      requests: 4,
      waits: [1_000, 1_000, 1_000],
      outcome: 429,
    },
    {
      name: "maxRetries is configurable",
      replies: [throttled("1"), throttled("1"), created],
      options: { retry: { maxRetries: 1 } },
      requests: 2,
      waits: [1_000],
      outcome: 429,
    },
    {
      name: "retry: false sends once",
      replies: [throttled("1"), created],
      options: { retry: false },
      requests: 1,
      waits: [],
      outcome: 429,
    },
    {
      name: "a Retry-After beyond maxTotalWaitMs ends the retries at once",
      replies: [throttled("300"), created],
      requests: 1,
      waits: [],
      outcome: 429,
    },
    {
      name: "the total wait is capped across retries",
      replies: [throttled("60"), throttled("61"), created],
      requests: 2,
      waits: [60_000],
      outcome: 429,
    },
    {
      name: "a larger maxTotalWaitMs allows a long Retry-After",
      replies: [throttled("300"), created],
      options: { retry: { maxTotalWaitMs: 600_000 } },
      requests: 2,
      waits: [300_000],
      outcome: 201,
    },
  ];

  it.each(cases)("$name", async ({ replies, options, requests, waits, outcome }) => {
    server.script(...replies);
    const call = client(options).createApiConnector(basicCreate);
    if (outcome === 201) {
      await expect(call).resolves.toEqual(basicConnector);
    } else {
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ status: outcome, attempts: requests });
    }
    expect(server.requests).toHaveLength(requests);
    expect(clock.waits).toEqual(waits);
  });

  it("reports the Retry-After of the answer it gave up on", async () => {
    server.script(throttled("300"));
    const error = await client()
      .createApiConnector(basicCreate)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "GraphError", status: 429, code: "TooManyRequests", retryAfterMs: 300_000 });
  });
});

describe("retries on reads, updates and deletes", () => {
  const cases: { name: string; replies: Reply[]; requests: number; waits: number[] }[] = [
    { name: "503 without Retry-After", replies: [unavailable(), ok], requests: 2, waits: [500] },
    { name: "504", replies: [gatewayTimeout, ok], requests: 2, waits: [500] },
    { name: "a reset connection", replies: [{ reset: true }, ok], requests: 2, waits: [500] },
    {
      name: "429 then 503 then 504",
      replies: [throttled("1"), unavailable("2"), gatewayTimeout, ok],
      requests: 4,
      waits: [1_000, 2_000, 2_000],
    },
  ];
  it.each(cases)("GET is retried after $name", async ({ replies, requests, waits }) => {
    server.script(...replies);
    await expect(client().getApiConnector(CONNECTOR_ID)).resolves.toEqual(basicConnector);
    expect(server.requests).toHaveLength(requests);
    expect(clock.waits).toEqual(waits);
  });

  it.each([
    ["PATCH", (c: ReturnType<typeof client>) => c.updateApiConnector(CONNECTOR_ID, { displayName: "New name" })],
    ["DELETE", (c: ReturnType<typeof client>) => c.deleteApiConnector(CONNECTOR_ID)],
  ] as const)("%s is retried after a 504 (repeating it leaves the same state)", async (method, call) => {
    server.script(gatewayTimeout, { status: 204 });
    await expect(call(client())).resolves.toMatchObject({ status: 204, attempts: 2 });
    expect(server.requests.map((r) => r.method)).toEqual([method, method]);
  });

  it("does not retry other errors", async () => {
    server.script({ status: 500, body: odataError("generalException", "boom") }, ok);
    await expect(client().getApiConnector(CONNECTOR_ID)).rejects.toMatchObject({ status: 500, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });
});

describe("connection failures", () => {
  it("does not retry a create whose connection dropped after sending: one request, NetworkError", async () => {
    server.script({ reset: true }, created);
    const error = await client()
      .createApiConnector(basicCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ name: "NetworkError", attempts: 1, mayHaveReachedServer: true, method: "POST" });
    expect((error as Error).message).toMatch(/retryNonIdempotent/);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a create whose connection dropped with retryNonIdempotent", async () => {
    server.script({ reset: true }, created);
    await expect(client({ retry: { retryNonIdempotent: true } }).createApiConnector(basicCreate)).resolves.toEqual(
      basicConnector,
    );
    expect(server.requests).toHaveLength(2);
  });

  it("retries a read whose connection dropped halfway through the body", async () => {
    server.script({ status: 200, body: basicConnector, cutBody: true }, ok);
    await expect(client().getApiConnector(CONNECTOR_ID)).resolves.toEqual(basicConnector);
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry a create whose answer was cut off (it was processed): NetworkError", async () => {
    server.script({ status: 201, body: basicConnector, cutBody: true }, created);
    await expect(client().createApiConnector(basicCreate)).rejects.toMatchObject({
      name: "NetworkError",
      mayHaveReachedServer: true,
      attempts: 1,
    });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a create when the connection was refused (nothing was sent)", async () => {
    const closed = await startFaultServer();
    await closed.close();
    const log: LogEntry[] = [];
    const error = await createApiConnectorsClient({
      baseUrl: closed.origin,
      token: "t",
      clock,
      random: () => 0.5,
      log: (entry) => log.push(entry),
    })
      .createApiConnector(basicCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 4, mayHaveReachedServer: false });
    expect(clock.waits).toEqual([500, 1_000, 2_000]);
    expect(log.filter((entry) => entry.type === "failure")).toHaveLength(4);
  });
});

describe("timeoutMs against a slow server", () => {
  it("times out a create once and does not retry it", async () => {
    server.script({ hang: true }, created);
    const error = await client({ timeoutMs: 50 })
      .createApiConnector(basicCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ name: "TimeoutError", timeoutMs: 50, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a timed-out read and returns the next answer", async () => {
    server.script({ hang: true }, ok);
    await expect(client({ timeoutMs: 50 }).getApiConnector(CONNECTOR_ID)).resolves.toEqual(basicConnector);
    expect(server.requests).toHaveLength(2);
  });

  it("covers a body that arrives too slowly after prompt headers", async () => {
    server.script({ ...ok, bodyDelayMs: 1_000 });
    const error = await client({ timeoutMs: 50, retry: false })
      .getApiConnector(CONNECTOR_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("lets a per-call timeout override the client's", async () => {
    server.script({ ...ok, delayMs: 1_000 });
    const error = await client({ timeoutMs: 60_000 })
      .getApiConnector(CONNECTOR_ID, undefined, { timeoutMs: 30, retry: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 30 });
  });
});

describe("abort", () => {
  it("cancels a pending Retry-After wait at once (real clock)", async () => {
    server.script(throttled("3600"), created);
    const controller = new AbortController();
    const real = createApiConnectorsClient({
      baseUrl: server.origin,
      token: "t",
      retry: { maxTotalWaitMs: 7_200_000 },
      log: (entry) => entry.type === "retry" && controller.abort(),
    });
    // If the wait were not cancelled, this would hang for an hour and the test would time out.
    await expect(real.createApiConnector(basicCreate, { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(server.requests).toHaveLength(1);
  });

  it("cancels through the client-level signal too, with the caller's reason", async () => {
    server.script(throttled("3600"), created);
    const controller = new AbortController();
    const reason = new Error("shutting down");
    const real = createApiConnectorsClient({
      baseUrl: server.origin,
      token: "t",
      signal: controller.signal,
      retry: { maxTotalWaitMs: 7_200_000 },
      log: (entry) => entry.type === "retry" && controller.abort(reason),
    });
    await expect(real.getApiConnector(CONNECTOR_ID)).rejects.toBe(reason);
  });

  it("cancels a request in flight", async () => {
    server.script({ hang: true });
    const controller = new AbortController();
    const call = client({
      log: (entry) => entry.type === "attempt" && setTimeout(() => controller.abort(), 20),
    }).getApiConnector(CONNECTOR_ID, undefined, { signal: controller.signal });
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(clock.waits).toEqual([]);
  });

  it("sends nothing when already aborted", async () => {
    server.script(ok);
    await expect(
      client().getApiConnector(CONNECTOR_ID, undefined, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(0);
  });
});
