// Following @odata.nextLink: every page, in order, only on the origin of baseUrl.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiConnectorsClient, createApiConnectorsClient, NextLinkError } from "../../src/index.js";
import { recordingClock } from "./support/clock.js";
import { type FaultServer, startFaultServer } from "./support/fault-server.js";
import { odataError, page } from "./support/fixtures.js";

let server: FaultServer;
let elsewhere: FaultServer;
beforeAll(async () => {
  [server, elsewhere] = await Promise.all([startFaultServer(), startFaultServer()]);
});
afterAll(() => Promise.all([server.close(), elsewhere.close()]));

function client(): ApiConnectorsClient {
  return createApiConnectorsClient({
    baseUrl: `${server.origin}/beta`,
    token: "test-token",
    clock: recordingClock(),
    random: () => 0,
  });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("iterateApiConnectors", () => {
  it("yields every connector across pages, following nextLink as Graph wrote it", async () => {
    const link = (token: string) => `${server.origin}/beta/identity/apiConnectors?$top=2&$skiptoken=${token}`;
    server.script(
      { status: 200, body: page(["a", "b"], link("X%2BY")) },
      { status: 200, body: page(["c", "d"], link("Z")) },
      { status: 200, body: page(["e"]) },
    );
    const ids = (await collect(client().iterateApiConnectors({ $top: 2 }))).map((connector) => connector.id);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/beta/identity/apiConnectors?$top=2",
      "/beta/identity/apiConnectors?$top=2&$skiptoken=X%2BY",
      "/beta/identity/apiConnectors?$top=2&$skiptoken=Z",
    ]);
    for (const request of server.requests) expect(request.headers.authorization).toBe("Bearer test-token");
    expect(new Set(server.requests.map((r) => r.headers["client-request-id"])).size).toBe(3);
  });

  it("follows a relative nextLink against baseUrl", async () => {
    server.script(
      { status: 200, body: page(["a"], "/beta/identity/apiConnectors?$skiptoken=2") },
      { status: 200, body: page(["b"]) },
    );
    expect((await collect(client().iterateApiConnectors())).map((c) => c.id)).toEqual(["a", "b"]);
    expect(server.requests[1]?.url).toBe("/beta/identity/apiConnectors?$skiptoken=2");
  });

  it("retries a throttled page and carries on", async () => {
    server.script(
      { status: 200, body: page(["a"], `${server.origin}/beta/identity/apiConnectors?$skiptoken=2`) },
      { status: 429, headers: { "retry-after": "1" }, body: odataError("TooManyRequests", "slow") },
      { status: 200, body: page(["b"]) },
    );
    expect((await collect(client().iterateApiConnectors())).map((c) => c.id)).toEqual(["a", "b"]);
    expect(server.requests).toHaveLength(3);
  });

  it("stops early without fetching more pages when the loop breaks", async () => {
    server.script(
      { status: 200, body: page(["a", "b"], `${server.origin}/beta/identity/apiConnectors?$skiptoken=2`) },
      { status: 200, body: page(["c"]) },
    );
    for await (const connector of client().iterateApiConnectors()) {
      expect(connector.id).toBe("a");
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it("yields whole pages with iterateApiConnectorPages (for @odata.count)", async () => {
    server.script(
      {
        status: 200,
        body: { ...page(["a"], `${server.origin}/beta/identity/apiConnectors?$skiptoken=2`), "@odata.count": 2 },
      },
      { status: 200, body: page(["b"]) },
    );
    const pages = await collect(client().iterateApiConnectorPages({ $count: true }));
    expect(pages.map((p) => p.value.length)).toEqual([1, 1]);
    expect(pages[0]?.["@odata.count"]).toBe(2);
  });
});

describe("nextLinks that are refused (the token goes only to baseUrl's origin)", () => {
  const cases: { name: string; link: () => string; message: RegExp }[] = [
    {
      name: "another port on the same host",
      link: () => `${elsewhere.origin}/beta/identity/apiConnectors?$skiptoken=2`,
      message: /not the origin of baseUrl/,
    },
    {
      name: "another host",
      link: () => "https://graph.microsoft.com.evil.example/beta/identity/apiConnectors?$skiptoken=2",
      message: /not the origin of baseUrl/,
    },
    {
      name: "another scheme",
      link: () => `${server.origin.replace("http:", "https:")}/beta/identity/apiConnectors`,
      message: /not the origin of baseUrl/,
    },
    {
      name: "credentials in the URL",
      link: () => `${server.origin.replace("http://", "http://user:pass@")}/beta/identity/apiConnectors`,
      message: /not the origin of baseUrl/,
    },
    {
      name: "another collection",
      link: () => `${server.origin}/beta/users?$skiptoken=2`,
      message: /does not name \/identity\/apiConnectors/,
    },
    {
      name: "a page already read (a loop)",
      link: () => `${server.origin}/beta/identity/apiConnectors?$skiptoken=same`,
      message: /repeats a page/,
    },
  ];

  it.each(cases)("$name", async ({ name, link, message }) => {
    const loops = name.includes("loop");
    server.script(...Array.from({ length: loops ? 3 : 1 }, () => ({ status: 200, body: page(["a"], link()) })));
    elsewhere.script({ status: 200, body: page(["stolen"]) });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const connector of client().iterateApiConnectors()) seen.push(connector.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NextLinkError);
    expect((error as Error).message).toMatch(message);
    expect(seen).toEqual(loops ? ["a", "a"] : ["a"]);
    expect(server.requests).toHaveLength(loops ? 2 : 1);
    expect(elsewhere.requests).toHaveLength(0);
  });
});
