// What the proxy passes on, against upstreams of our own on loopback: method, path, query and
// end-to-end headers as sent; hop-by-hop fields and Host not (RFC 9110 §7.6.1); bodies larger
// than the validation cap streamed through and reported as not validated; gzip responses
// checked once decompressed; a response cut short reported as an upstream failure.
import { request as httpRequest } from "node:http";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { ProxyOptionError, startProxy, type TrafficFinding, type ValidatingProxy } from "../../src/proxy/index.js";
import { MAX_BODY_BYTES } from "../../src/validate/body-limit.js";
import { startUpstream, type Upstream } from "./support/proxy-http.js";

let upstream: Upstream | undefined;
let proxy: ValidatingProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  await upstream?.close();
  proxy = upstream = undefined;
});

/** One request with raw control of its headers; resolves with the status, headers and body. */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string | string[]>; body?: Buffer | string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: options.method ?? "GET", headers: options.headers ?? {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const connector = { id: "c1", displayName: "One", targetUrl: "https://one.example/api" };

describe("what the proxy forwards", () => {
  it("keeps method, path under the upstream's prefix, query and end-to-end headers; drops hop-by-hop ones and Host", async () => {
    upstream = await startUpstream((_request, response) =>
      response
        .writeHead(200, {
          "Content-Type": "application/json",
          "X-Upstream": "yes",
          "Keep-Alive": "timeout=99",
          Connection: "keep-alive, X-Hop",
          "X-Hop": "hop-only",
        })
        .end(JSON.stringify(connector)),
    );
    proxy = await startProxy({ upstream: `${upstream.url}/prefix/` });
    const answer = await send(`${proxy.url}/v1.0/identity/apiConnectors/c1?$select=id,displayName&$top=1`, {
      headers: {
        "X-Custom": ["a", "b"],
        Connection: "X-Private",
        "X-Private": "only-for-this-hop",
        TE: "trailers",
        "Proxy-Authorization": "Basic cHJveHk6c2VjcmV0",
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers["x-upstream"]).toBe("yes");
    expect(answer.headers["x-hop"]).toBeUndefined();
    expect(answer.headers["keep-alive"]).not.toBe("timeout=99");
    const [seen] = upstream.seen;
    expect(seen?.method).toBe("GET");
    expect(seen?.url).toBe("/prefix/v1.0/identity/apiConnectors/c1?$select=id,displayName&$top=1");
    const names = (seen?.rawHeaders ?? []).filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase());
    expect(names).not.toContain("x-private");
    expect(names).not.toContain("te");
    expect(names).not.toContain("proxy-authorization");
    const values = (name: string) =>
      (seen?.rawHeaders ?? []).filter((_, i, all) => i % 2 === 1 && all[i - 1]?.toLowerCase() === name);
    expect(values("x-custom")).toEqual(["a", "b"]);
    expect(values("host")).toEqual([new URL(upstream.url).host]);
    expect(values("via")).toEqual(["1.1 apiconnectors-proxy"]);
  });

  it("streams a request body larger than the cap to the upstream whole, and reports it as not validated", async () => {
    upstream = await startUpstream((_request, response) =>
      response.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify(connector)),
    );
    const reported: TrafficFinding[] = [];
    proxy = await startProxy({ upstream: upstream.url, enforce: true, onFinding: (finding) => reported.push(finding) });
    const big = Buffer.from(JSON.stringify({ displayName: "x".repeat(MAX_BODY_BYTES + 10) }));
    const answer = await send(`${proxy.url}/v1.0/identity/apiConnectors`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: big,
    });
    expect(answer.status).toBe(201);
    expect(upstream.seen[0]?.body.equals(big)).toBe(true);
    expect(reported).toEqual([
      expect.objectContaining({
        direction: "request",
        kind: "not-validated",
        message: expect.stringContaining(`larger than ${MAX_BODY_BYTES} bytes`),
      }),
    ]);
    const entry = proxy.har().log.entries[0];
    expect(entry?.request.bodySize).toBe(big.length);
    expect(entry?.request.postData?.text).toBe("");
    expect(entry?.request.postData?.comment).toMatch(/^not recorded: /);
  });

  it("checks a gzip response once decompressed, and passes the compressed bytes on unchanged", async () => {
    const bad = { ...connector, targetUrl: 42 };
    const compressed = gzipSync(JSON.stringify(bad));
    upstream = await startUpstream((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" }).end(compressed),
    );
    proxy = await startProxy({ upstream: upstream.url });
    const answer = await send(`${proxy.url}/v1.0/identity/apiConnectors/c1`, {
      headers: { "Accept-Encoding": "gzip" },
    });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.body.equals(compressed)).toBe(true);
    expect(proxy.findings()).toEqual([
      expect.objectContaining({ direction: "response", pointer: "/targetUrl", operationId: "getIdentityApiConnector" }),
    ]);
    expect(JSON.parse(proxy.har().log.entries[0]?.response.content.text ?? "null")).toEqual(bad);
  });

  it("reports a response the upstream cuts short as an upstream failure", async () => {
    upstream = await startUpstream((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": "1000" });
      response.write('{"id": "c1", "displayName": ');
      setImmediate(() => response.socket?.destroy());
    });
    proxy = await startProxy({ upstream: upstream.url });
    await expect(send(`${proxy.url}/v1.0/identity/apiConnectors/c1`, {})).rejects.toThrow();
    await proxy.close();
    expect(proxy.findings()).toEqual([
      expect.objectContaining({ kind: "upstream-failure", message: expect.stringContaining("cut short") }),
    ]);
  });

  it("reports each exchange with the values of query options outside the contract masked (any may be a secret)", async () => {
    upstream = await startUpstream((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json" }).end('{"value": []}'),
    );
    const urls: string[] = [];
    proxy = await startProxy({ upstream: upstream.url, onExchange: (exchange) => urls.push(exchange.url) });
    await send(`${proxy.url}/v1.0/identity/apiConnectors?$top=1&sig=Query-Secret-1`, {});
    expect(urls).toEqual([`${upstream.url}/v1.0/identity/apiConnectors?$top=1&sig=[REDACTED]`]);
  });

  it("reports a secret an upstream echoes in a response, and keeps it out of the recording", async () => {
    upstream = await startUpstream((_request, response, body) => {
      const sent = JSON.parse(body.toString("utf8"));
      response.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify({ id: "c1", ...sent })); // the password comes back
    });
    proxy = await startProxy({ upstream: upstream.url });
    const create = {
      displayName: "Echo",
      targetUrl: "https://echo.example/api",
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        username: "u",
        password: "Echoed-Secret-1",
      },
    };
    await send(`${proxy.url}/v1.0/identity/apiConnectors`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(create),
    });
    await proxy.close();
    expect(proxy.findings()).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "secret-in-response", direction: "response" })]),
    );
    expect(JSON.stringify(proxy.findings())).not.toContain("Echoed-Secret-1");
    expect(JSON.stringify(proxy.har())).not.toContain("Echoed-Secret-1");
  });

  it("records an exchange outside the contract and checks nothing in it", async () => {
    upstream = await startUpstream((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json" }).end('{"value": []}'),
    );
    proxy = await startProxy({ upstream: upstream.url });
    expect((await send(`${proxy.url}/v1.0/users?$top=1`, {})).status).toBe(200);
    await proxy.close();
    expect(proxy.findings()).toEqual([]);
    expect(proxy.har().log.entries).toHaveLength(1);
  });
});

describe("startProxy's options", () => {
  it.each([
    ["not a URL", { upstream: "graph" }, /absolute http or https URL/],
    ["another scheme", { upstream: "ftp://127.0.0.1" }, /must use http or https, got ftp/],
    ["credentials", { upstream: "https://user:Upstream-Secret-1@graph.example" }, /must not carry credentials/],
    ["a query", { upstream: "https://graph.example/?a=1" }, /must not have a query/],
    ["a port out of range", { upstream: "http://127.0.0.1:1", port: 70000 }, /port must be a whole number/],
  ])("refuses %s before listening", async (_name, options, message) => {
    const error = await startProxy(options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProxyOptionError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("Upstream-Secret-1");
  });
});
