// What the transport reports about each attempt (src/client/transport.ts): the log entries of
// failures and of giving up, the errors it throws (and what it rethrows untouched), and the
// tokens it remembers so that an echo of any of them is redacted.
import { type AddressInfo, createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiConnectorsClient, type LogEntry, NetworkError, TimeoutError } from "../../src/index.js";
import { recordingClock } from "./support/clock.js";
import { type FaultServer, startFaultServer } from "./support/fault-server.js";
import { basicCreate, odataError } from "./support/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const rejected = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error("the call succeeded");
    },
    (error: unknown) => error,
  );

describe("the transport's log and errors", () => {
  it("logs a dropped connection as a network failure, then why it gave up, with the call's fields", async () => {
    server.script({ reset: true });
    const log: LogEntry[] = [];
    const graph = createApiConnectorsClient({
      baseUrl: server.origin,
      token: "t",
      clock: recordingClock(),
      log: (e) => log.push(e),
    });
    const error = await rejected(graph.createApiConnector(basicCreate));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).mayHaveReachedServer).toBe(true);
    expect(log.map((entry) => entry.type)).toEqual(["attempt", "failure", "giveUp"]);
    const [, failure, giveUp] = log;
    const call = { method: "POST", url: `${server.origin}/identity/apiConnectors` };
    expect(failure).toMatchObject({ ...call, attempt: 1, reason: "network" });
    expect(giveUp).toMatchObject({
      ...call,
      attempt: 1,
      reason: "network",
      why: expect.stringMatching(/retryNonIdempotent/),
    });
    expect((giveUp as { clientRequestId: string }).clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("logs a timed-out attempt as a timeout, naming the time", async () => {
    server.script({ hang: true });
    const log: LogEntry[] = [];
    const graph = createApiConnectorsClient({
      baseUrl: server.origin,
      token: "t",
      clock: recordingClock(),
      timeoutMs: 30,
      retry: false,
      log: (e) => log.push(e),
    });
    expect(await rejected(graph.getApiConnector("x"))).toBeInstanceOf(TimeoutError);
    expect(log.find((entry) => entry.type === "failure")).toMatchObject({
      reason: "timeout",
      message: "no complete response within 30 ms",
    });
  });

  it("says a refused connection never reached the server", async () => {
    // A port that was just listened on and closed: nothing accepts there (port 1 is a fetch "bad port").
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const graph = createApiConnectorsClient({ baseUrl: `http://127.0.0.1:${port}`, token: "t", retry: false });
    const error = await rejected(graph.createApiConnector(basicCreate));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).mayHaveReachedServer).toBe(false);
  });

  it("rethrows what an injected fetch throws that is no network failure (a bug to surface, not retry)", async () => {
    const bug = new RangeError("a bug in the injected fetch");
    const graph = createApiConnectorsClient({
      baseUrl: "https://graph.microsoft.com",
      token: "t",
      fetch: async () => {
        throw bug;
      },
    });
    expect(await rejected(graph.getApiConnector("x"))).toBe(bug);
  });

  it("gives the getToken timeout its time and the call", async () => {
    const graph = createApiConnectorsClient({
      baseUrl: server.origin,
      getToken: () => new Promise<string>(() => undefined),
      timeoutMs: 40,
      retry: false,
    });
    const error = (await rejected(graph.getApiConnector("x"))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(40);
    expect(error.method).toBe("GET");
    expect(error.attempts).toBe(1);
  });

  it("redacts an echo of any token it sent during the call, not only the last", async () => {
    let issued = 0;
    server.script(
      { status: 503, headers: { "retry-after": "0" }, body: odataError("serviceNotAvailable", "later") },
      { status: 400, body: odataError("Request_BadRequest", "you sent first-token-1 and first-token-2") },
    );
    const graph = createApiConnectorsClient({
      baseUrl: server.origin,
      getToken: async () => `first-token-${++issued}`,
      clock: recordingClock(),
    });
    const error = (await rejected(graph.getApiConnector("x"))) as Error;
    expect(issued).toBe(2);
    expect(error.message).not.toContain("first-token-1");
    expect(error.message).not.toContain("first-token-2");
    expect(error.message).toContain("you sent [REDACTED] and [REDACTED]");
  });
});
