// The transport leaves nothing behind: every abort listener it adds to the caller's or the
// client's signal is removed, and every attempt timer is cleared, whatever the attempt ended
// with (an answer, a retry, a timeout, a dropped connection, the caller's abort). A leak here
// would grow with each call on a long-lived client signal, or keep the process alive for
// timeoutMs after the call is over. The caller's signal is looked at on the Request the
// transport receives (openapi-fetch's middleware sees the same one): the Request constructor
// itself follows the caller's signal, which is undici's business, not the transport's.
import { getEventListeners } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiConnectorsClient, createApiConnectorsClient } from "../../src/index.js";
import { recordingClock } from "./support/clock.js";
import { type FaultServer, startFaultServer } from "./support/fault-server.js";
import { basicConnector, CONNECTOR_ID, odataError } from "./support/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

/** Ref'd timers keeping the event loop alive (undici's own timers are unref'd). */
function liveTimers(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;
}

/** The Requests the transport is handed, in order. */
function capture(graph: ApiConnectorsClient): Request[] {
  const seen: Request[] = [];
  graph.raw.use({
    onRequest({ request }) {
      seen.push(request);
    },
  });
  return seen;
}

const ok = { status: 200, body: basicConnector };
const unavailable = { status: 503, body: odataError("serviceNotAvailable", "Service unavailable") };

describe("transport cleanup", () => {
  const clientSignal = new AbortController().signal;
  const client = createApiConnectorsClient({
    baseUrl: `http://127.0.0.1:1`,
    token: "t",
    signal: clientSignal,
    // An hour: a timer left behind would still be pending when the test looks.
    timeoutMs: 3_600_000,
    clock: recordingClock(),
    random: () => 0.5,
  });
  const at = () =>
    createApiConnectorsClient({
      baseUrl: server.origin,
      token: "t",
      signal: clientSignal,
      timeoutMs: 3_600_000,
      clock: recordingClock(),
      random: () => 0.5,
    });

  it("removes its listeners and clears its timers after an answer, retries and failures", async () => {
    const graph = at();
    server.script(ok);
    await graph.getApiConnector(CONNECTOR_ID); // warm up the connection pool
    const timersBefore = liveTimers();
    const callSignal = new AbortController().signal;
    const requests = capture(graph);

    server.script(ok);
    await expect(graph.getApiConnector(CONNECTOR_ID, undefined, { signal: callSignal })).resolves.toEqual(
      basicConnector,
    );
    server.script(unavailable, { reset: true }, ok); // a retry after a 503, then after a reset
    await expect(graph.getApiConnector(CONNECTOR_ID, undefined, { signal: callSignal })).resolves.toEqual(
      basicConnector,
    );
    await expect(client.getApiConnector(CONNECTOR_ID, undefined, { retry: false })).rejects.toMatchObject({
      name: "NetworkError",
    });
    server.script(unavailable, unavailable, unavailable, unavailable); // retries run out
    await expect(graph.getApiConnector(CONNECTOR_ID, undefined, { signal: callSignal })).rejects.toMatchObject({
      status: 503,
    });

    expect(getEventListeners(clientSignal, "abort")).toHaveLength(0);
    expect(requests).toHaveLength(3);
    for (const request of requests) expect(getEventListeners(request.signal, "abort")).toHaveLength(0);
    // At most as many as before: the pooled connection's own timer may have ended with the
    // reset connection, but no attempt timer (an hour long) may remain.
    expect(liveTimers()).toBeLessThanOrEqual(timersBefore);
  });

  it("clears the timer of an attempt that timed out", async () => {
    const graph = createApiConnectorsClient({ baseUrl: server.origin, token: "t", signal: clientSignal });
    const timersBefore = liveTimers();
    server.script({ hang: true });
    await expect(graph.getApiConnector(CONNECTOR_ID, undefined, { timeoutMs: 20, retry: false })).rejects.toMatchObject(
      { name: "TimeoutError" },
    );
    expect(getEventListeners(clientSignal, "abort")).toHaveLength(0);
    // At most as many as before: a timer of an earlier test (the fault server's) may have
    // ended meanwhile, but none of this call's may remain.
    expect(liveTimers()).toBeLessThanOrEqual(timersBefore);
  });

  it("removes its listeners when the caller aborts during an attempt", async () => {
    const graph = at();
    const requests = capture(graph);
    const caller = new AbortController();
    server.script(() => {
      caller.abort(new Error("caller gave up"));
      return { hang: true };
    });
    await expect(graph.getApiConnector(CONNECTOR_ID, undefined, { signal: caller.signal })).rejects.toThrow(
      "caller gave up",
    );
    expect(getEventListeners(clientSignal, "abort")).toHaveLength(0);
    expect(requests).toHaveLength(1);
    expect(getEventListeners(requests[0]?.signal as AbortSignal, "abort")).toHaveLength(0);
  });
});
