// Issue 10, item 7: nothing a caller or a server does can hang a call or move it elsewhere.
// getToken() runs under the attempt's timeout and the caller's abort; an id cannot be a dot
// segment that leaves the item path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiConnectorsClient, TimeoutError } from "../../src/client/index.js";
import { type FaultServer, startFaultServer } from "../client/support/fault-server.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const never = () => new Promise<string>(() => undefined);

describe("getToken() is part of the attempt", () => {
  it("a token that never settles ends in a TimeoutError at timeoutMs, and nothing is sent", async () => {
    server.script({ status: 200, body: { value: [] } });
    const client = createApiConnectorsClient({ baseUrl: server.origin, getToken: never, timeoutMs: 50, retry: false });
    const error = await client.getApiConnector("1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toContain("getToken() did not settle in time");
    expect(server.requests).toEqual([]);
  });

  it("the caller's abort ends the wait for a slow token with the abort's reason", async () => {
    server.script({ status: 200, body: { value: [] } });
    const client = createApiConnectorsClient({ baseUrl: server.origin, getToken: never, retry: false });
    const controller = new AbortController();
    const call = client.getApiConnector("1", undefined, { signal: controller.signal });
    const reason = new Error("stop");
    setTimeout(() => controller.abort(reason), 20);
    await expect(call).rejects.toBe(reason);
    expect(server.requests).toEqual([]);
  });

  it("getToken's own failure is passed on as it is", async () => {
    const failure = new Error("no credential");
    const client = createApiConnectorsClient({
      baseUrl: server.origin,
      getToken: () => Promise.reject(failure),
      timeoutMs: 1_000,
      retry: false,
    });
    await expect(client.getApiConnector("1")).rejects.toBe(failure);
  });
});

describe("ids cannot change the request path", () => {
  const client = () => createApiConnectorsClient({ baseUrl: server.origin, token: "t", retry: false });

  it.each([".", "..", "%2e", "%2E%2e"])("%j is refused before anything is sent", async (id) => {
    server.script({ status: 204 });
    await expect(client().deleteApiConnector(id)).rejects.toThrow(/would change the request path/);
    await expect(client().getApiConnector(id)).rejects.toThrow(TypeError);
    expect(server.requests).toEqual([]);
  });

  it.each(["a/b", "../x", "a?b", "a#b"])("%j is percent-encoded into one path segment", async (id) => {
    server.script({ status: 204 });
    await client().deleteApiConnector(id);
    expect(server.requests[0]?.url).toBe(`/identity/apiConnectors/${encodeURIComponent(id)}`);
  });
});
