// A real Microsoft Graph client, the classic @microsoft/microsoft-graph-client (as in the
// real-clients suite), through the validating proxy to the mock. The proxy listens on http:
// this client takes only https nextLinks as absolute, so these calls do not page.
import { Client, GraphError } from "@microsoft/microsoft-graph-client";
import { afterEach, describe, expect, it } from "vitest";
import { basicBody } from "../real-clients/support.js";
import { type ProxiedMock, startProxiedMock } from "./support/proxy-http.js";

let running: ProxiedMock | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

function classicClient(proxied: ProxiedMock): Client {
  return Client.initWithMiddleware({
    baseUrl: proxied.proxy.url,
    defaultVersion: "v1.0",
    customHosts: new Set([new URL(proxied.proxy.url).hostname]), // else no Authorization header is sent
    authProvider: { getAccessToken: async () => "classic-token-4b1d" },
  });
}

/** A create the contract refuses: no targetUrl, and an authentication type the union does not have. */
const badCreate = {
  displayName: "Classic bad",
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.oauth2Authentication", username: "u" },
};

describe("the classic Graph JS client through the proxy", () => {
  it("creates and reads with no findings", async () => {
    running = await startProxiedMock();
    const client = classicClient(running);
    const created = await client.api("/identity/apiConnectors").post(basicBody("Classic good"));
    expect(await client.api(`/identity/apiConnectors/${created.id}`).get()).toMatchObject({ id: created.id });
    expect(running.reported).toEqual([]);
    expect(JSON.stringify(running.proxy.har())).not.toContain("classic-token-4b1d");
  });

  it("sends a bad create: the proxy reports it, and the mock answers it 400", async () => {
    running = await startProxiedMock();
    const error = await classicClient(running)
      .api("/identity/apiConnectors")
      .post(badCreate)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect(running.log.map((entry) => entry.status)).toEqual([400]);
    expect(running.reported.map((finding) => finding.pointer)).toEqual(
      expect.arrayContaining(["/targetUrl", "/authenticationConfiguration/@odata.type"]),
    );
  });

  it("with enforce, the bad create is refused 400 with the issues, and the mock never sees it", async () => {
    running = await startProxiedMock({ enforce: true });
    const error = (await classicClient(running)
      .api("/identity/apiConnectors")
      .post(badCreate)
      .catch((caught: unknown) => caught)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ statusCode: 400, code: "Request_BadRequest" });
    expect(error.message).toContain("refused by the apiconnectors proxy");
    expect(running.log).toEqual([]);
    expect(running.mock.connectors()).toEqual([]);
    expect(running.reported.length).toBeGreaterThan(0);
  });

  it("re-sends a create after a 504 (its RetryHandler retries POST): the proxy reports a possible duplicate", async () => {
    running = await startProxiedMock();
    running.mock.failNext({ status: 504, retryAfterSeconds: 0 });
    await classicClient(running).api("/identity/apiConnectors").post(basicBody("Once"));
    expect(running.log.map((entry) => entry.status)).toEqual([504, 201]);
    expect(running.mock.connectors()).toHaveLength(2); // the mock had created it the first time
    expect(running.reported).toEqual([
      expect.objectContaining({ entry: 1, direction: "traffic", kind: "duplicate-create" }),
    ]);
  });
});
