// The project's client (src/client) → the validating proxy → the mock, all on loopback: good
// calls pass with no findings; a bad create is reported, and under enforce refused with a 400
// OData envelope and never reaches the mock; an upstream that is down becomes a 502 envelope.
import { afterEach, describe, expect, it } from "vitest";
import { createApiConnectorsClient, GraphError } from "../../src/index.js";
import { validateAgainst } from "../../src/validate/index.js";
import { call } from "../mock/support/mock-http.js";
import { type ProxiedMock, startProxiedMock } from "./support/proxy-http.js";

const SECRET = "Proxy-Client-Secret-1";
const TOKEN = "proxy-test-token-7f3a9c";

const goodCreate = (displayName: string) => ({
  displayName,
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication" as const,
    username: "MyUsername",
    password: SECRET,
  },
});

/** A create that breaks the contract: an http targetUrl, and a basic configuration without its password. */
const badCreate = {
  displayName: "Bad",
  targetUrl: "http://plain.example/api",
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u" },
};

let running: ProxiedMock | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

function clientFor(proxied: ProxiedMock) {
  return createApiConnectorsClient({
    baseUrl: `${proxied.proxy.url}/v1.0`,
    token: TOKEN,
    // The client's own check is off, so that what the proxy sees is what a careless client would send.
    validate: "off",
    retry: false,
  });
}

describe("the project's client through the proxy to the mock", () => {
  it("passes create, get, list, update and delete with no findings, and records them without secrets", async () => {
    running = await startProxiedMock();
    const client = clientFor(running);
    const created = await client.createApiConnector(goodCreate("Through the proxy"));
    expect(created.id).toBeTruthy();
    expect((await client.getApiConnector(created.id ?? "")).displayName).toBe("Through the proxy");
    const page = await client.listApiConnectors({ $select: ["id", "displayName"], $top: 5 });
    expect(page.value).toHaveLength(1);
    await client.updateApiConnector(created.id ?? "", { displayName: "Renamed" });
    await client.deleteApiConnector(created.id ?? "");

    expect(running.reported).toEqual([]);
    expect(running.proxy.findings()).toEqual([]);
    expect(running.log.map((entry) => entry.status)).toEqual([201, 200, 200, 204, 204]);
    const har = running.proxy.har();
    expect(har.log.version).toBe("1.2");
    expect(har.log.entries.map((entry) => [entry.request.method, entry.response.status])).toEqual([
      ["POST", 201],
      ["GET", 200],
      ["GET", 200],
      ["PATCH", 204],
      ["DELETE", 204],
    ]);
    const list = har.log.entries[2];
    expect(list?.request.url).toBe(`${running.mock.url}/v1.0/identity/apiConnectors?$select=id,displayName&$top=5`);
    expect(list?.request.queryString).toEqual([
      { name: "$select", value: "id,displayName" },
      { name: "$top", value: "5" },
    ]);
    const text = JSON.stringify(har);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
    const authorization = har.log.entries[0]?.request.headers.find((h) => h.name.toLowerCase() === "authorization");
    expect(authorization?.value).toBe("[REDACTED]");
    expect(JSON.parse(har.log.entries[0]?.request.postData?.text ?? "{}").authenticationConfiguration.password).toBe(
      "[REDACTED]",
    );
  });

  it("reports a bad create (the mock answers it 400) with the pointers of its issues", async () => {
    running = await startProxiedMock();
    const client = clientFor(running);
    await expect(client.createApiConnector(badCreate as never)).rejects.toBeInstanceOf(GraphError);
    expect(running.log.map((entry) => entry.status)).toEqual([400]); // forwarded
    const pointers = running.reported.map((finding) => [finding.direction, finding.pointer]);
    expect(pointers).toEqual(
      expect.arrayContaining([
        ["request", "/targetUrl"],
        ["request", "/authenticationConfiguration/password"],
      ]),
    );
    expect(
      running.reported.every((finding) => finding.entry === 0 && finding.operationId === "createIdentityApiConnector"),
    ).toBe(true);
    expect(running.proxy.findings()).toEqual(running.reported);
  });

  it("under enforce refuses a bad create with a 400 OData envelope listing the issues, and the mock never sees it", async () => {
    running = await startProxiedMock({ enforce: true });
    const answer = await call({ url: running.proxy.url }, "POST", "/v1.0/identity/apiConnectors", {
      body: badCreate,
      headers: { "client-request-id": "6f1d2b7a-3c4e-4f5a-8b9c-0d1e2f3a4b5c" },
      unchecked: true,
    });
    expect(answer.status).toBe(400);
    expect(validateAgainst("odataError", answer.body).issues).toEqual([]);
    expect(answer.body.error.code).toBe("Request_BadRequest");
    expect(answer.body.error.message).toMatch(/createIdentityApiConnector .*\/targetUrl/);
    expect(answer.body.error.details.map((detail: { target?: string }) => detail.target)).toEqual(
      expect.arrayContaining(["/targetUrl", "/authenticationConfiguration/password"]),
    );
    expect(answer.body.error.innerError["client-request-id"]).toBe("6f1d2b7a-3c4e-4f5a-8b9c-0d1e2f3a4b5c");
    expect(running.log).toEqual([]);
    expect(running.mock.connectors()).toEqual([]);
    expect(running.reported.length).toBeGreaterThan(0);
    expect(running.proxy.har().log.entries[0]?.comment).toMatch(/refused/);

    // A conforming create still goes through.
    const client = clientFor(running);
    await client.createApiConnector(goodCreate("Allowed"));
    expect(running.mock.connectors().map((connector) => connector.displayName)).toEqual(["Allowed"]);
  });

  it("answers 502 with an OData envelope when the upstream is down, and reports it", async () => {
    running = await startProxiedMock();
    await running.mock.close();
    const answer = await call({ url: running.proxy.url }, "GET", "/v1.0/identity/apiConnectors", { unchecked: true });
    expect(answer.status).toBe(502);
    expect(validateAgainst("odataError", answer.body).issues).toEqual([]);
    expect(answer.body.error.message).toContain("the connection was refused");
    expect(running.reported).toEqual([
      expect.objectContaining({ direction: "traffic", kind: "upstream-failure", entry: 0 }),
    ]);
    expect(running.proxy.har().log.entries[0]?.response.status).toBe(502);
    await running.proxy.close();
    running = undefined;
  });

  it("forwards to an https upstream it is told to trust (the TLS mock)", async () => {
    running = await startProxiedMock({}, { tls: true });
    expect(running.mock.url).toMatch(/^https:/);
    const client = clientFor(running);
    await client.createApiConnector(goodCreate("Over TLS"));
    expect(running.log.map((entry) => entry.status)).toEqual([201]);
    expect(running.reported).toEqual([]);
  });

  it("answers 502 when the https upstream's certificate is not trusted", async () => {
    running = await startProxiedMock({ ca: [] }, { tls: true });
    const answer = await call({ url: running.proxy.url }, "GET", "/v1.0/identity/apiConnectors", { unchecked: true });
    expect(answer.status).toBe(502);
    expect(answer.body.error.message).toMatch(/TLS certificate was refused/);
    expect(running.log).toEqual([]);
  });
});
