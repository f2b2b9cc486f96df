// The absolute URLs the mock writes (`@odata.nextLink`, `@odata.context`) name where clients
// reach it: `publicUrl` when given, a trusted proxy's Forwarded / X-Forwarded-* headers, else
// the Host called. Untrusted forwarding headers change nothing.
import { afterEach, describe, expect, it } from "vitest";
import type { MockServer, MockServerOptions } from "../../src/mock/index.js";
import { basicConnector, CONNECTORS, call, startTestMock } from "./support/mock-http.js";

const seeded = ["one", "two", "three"].map((displayName, index) => ({
  id: `00000000-0000-4000-8000-00000000000${index}`,
  displayName,
  targetUrl: "https://api.example.com/hook",
}));

let mock: MockServer | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function firstPage(options: MockServerOptions, headers: Record<string, string> = {}) {
  mock = await startTestMock({ data: seeded, pageSize: 2, ...options });
  return (await call(mock, "GET", `${CONNECTORS}?$top=2`, { headers })).body;
}

describe("the mock's public URL", () => {
  it("names the Host called when nothing else is known, and Graph in @odata.context", async () => {
    const page = await firstPage({});
    expect(page["@odata.nextLink"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/identity\/apiConnectors\?\$top=2&/);
    expect(page["@odata.context"]).toBe("https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors");
  });

  it("uses publicUrl, with its path, for nextLink and @odata.context", async () => {
    const page = await firstPage({ publicUrl: "https://mock.example:8443/graph/" });
    expect(page["@odata.nextLink"]).toMatch(/^https:\/\/mock\.example:8443\/graph\/v1\.0\/identity\/apiConnectors\?/);
    expect(page["@odata.context"]).toBe("https://mock.example:8443/graph/v1.0/$metadata#identity/apiConnectors");
    const created = await call(mock as MockServer, "POST", "/beta/identity/apiConnectors", { body: basicConnector() });
    expect(created.body["@odata.context"]).toBe(
      "https://mock.example:8443/graph/beta/$metadata#identity/apiConnectors/$entity",
    );
  });

  it("ignores forwarding headers unless the proxy is trusted", async () => {
    const page = await firstPage(
      {},
      {
        forwarded: 'proto=https;host="evil.example"',
        "x-forwarded-proto": "https",
        "x-forwarded-host": "evil.example",
      },
    );
    expect(page["@odata.nextLink"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it.each([
    [
      "Forwarded (RFC 7239), first element, quoted host",
      { forwarded: 'for=192.0.2.1;proto=https;host="proxy.example:8443", proto=http;host=inner' },
      "https://proxy.example:8443",
    ],
    ["Forwarded with proto only: the Host stays", { forwarded: "proto=https" }, "https://127.0.0.1:"],
    [
      "X-Forwarded-Proto and X-Forwarded-Host, first of each list",
      { "x-forwarded-proto": "https, http", "x-forwarded-host": "proxy.example, inner" },
      "https://proxy.example",
    ],
    [
      "Forwarded before X-Forwarded-*",
      { forwarded: "proto=https;host=a.example", "x-forwarded-host": "b.example" },
      "https://a.example",
    ],
  ])("honours %s with trustProxy", async (_name, headers, origin) => {
    const page = await firstPage({ trustProxy: true }, headers);
    expect(page["@odata.nextLink"].startsWith(`${origin}`)).toBe(true);
    if (!origin.endsWith(":")) expect(page["@odata.context"]).toBe(`${origin}/v1.0/$metadata#identity/apiConnectors`);
  });

  it("falls back to the Host when a trusted proxy sends a value that is not a scheme or a host", async () => {
    const page = await firstPage({ trustProxy: true }, { forwarded: 'proto=gopher;host="a b"' });
    expect(page["@odata.nextLink"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it("prefers publicUrl to what a trusted proxy says", async () => {
    const page = await firstPage(
      { publicUrl: "https://public.example", trustProxy: true },
      { forwarded: "proto=https;host=proxy.example" },
    );
    expect(page["@odata.nextLink"]).toMatch(/^https:\/\/public\.example\/v1\.0\//);
  });

  it.each([
    ["not a URL", "mock.example"],
    ["another scheme", "ftp://mock.example"],
    ["user info", "https://user:pw@mock.example"],
    ["a query", "https://mock.example/?a=1"],
  ])("refuses a publicUrl with %s", async (_name, publicUrl) => {
    await expect(startTestMock({ publicUrl })).rejects.toThrow(RangeError);
  });
});
