// The typed client (src/client) against the mock: every helper, the page iterator, and the
// client's retry on faults the mock injects. The client runs with validate: "both", so each
// request and each 2xx answer is also checked against the contract on the client's side.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiConnectorsClient,
  type ClientOptions,
  createApiConnectorsClient,
  GraphError,
  type ResponseInfo,
} from "../../src/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { fixture } from "./support/certificates.js";
import { BASIC_CONNECTOR_PASSWORD, basicConnector, startTestMock } from "./support/mock-http.js";

/** A clock that records the waits the retry loop asks for and returns at once. */
function recordingClock() {
  const waits: number[] = [];
  return { waits, now: () => Date.now(), sleep: async (ms: number) => void waits.push(ms) };
}

describe("the typed client against the mock", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startTestMock({ requireAuthorization: true });
  });
  afterEach(() => mock.reset());
  afterAll(() => mock.close());

  const client = (options: ClientOptions = {}): ApiConnectorsClient =>
    createApiConnectorsClient({
      baseUrl: mock.baseUrl,
      token: "test-token",
      validate: "both",
      clock: recordingClock(),
      random: () => 0,
      ...options,
    });

  it("creates, gets, iterates, updates, uploads and deletes", async () => {
    const api = client();
    const created = await api.createApiConnector(basicConnector("Client API"));
    expect(created).toMatchObject({
      displayName: "Client API",
      authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", password: "******" },
    });
    expect(JSON.stringify(created)).not.toContain(BASIC_CONNECTOR_PASSWORD);

    expect(await api.getApiConnector(created.id)).toEqual(created);
    expect(await api.getApiConnector(created.id, { $select: ["displayName"] })).toEqual({
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors(displayName)/$entity",
      id: created.id,
      displayName: "Client API",
    });

    for (const name of ["b", "c", "d", "e"]) await api.createApiConnector(basicConnector(name));
    const pages = [];
    for await (const page of api.iterateApiConnectorPages({ $top: 2, $count: true, $orderby: ["displayName desc"] }))
      pages.push(page);
    expect(pages.map((page) => page.value.map((connector) => connector.displayName))).toEqual([
      ["e", "d"],
      ["Client API", "c"],
      ["b"],
    ]); // case-insensitive, like the directory
    expect(pages.map((page) => page["@odata.count"])).toEqual([5, 5, 5]);
    const all = [];
    for await (const connector of api.iterateApiConnectors({ $top: 2 })) all.push(connector.displayName);
    expect(all).toEqual(["Client API", "b", "c", "d", "e"]);

    const updated = await api.updateApiConnector(created.id, { displayName: "Renamed" });
    expect(updated.status).toBe(204);
    expect((await api.getApiConnector(created.id)).displayName).toBe("Renamed");

    const certificate = fixture("current-aes.pfx");
    const uploaded = await api.uploadClientCertificate(created.id, {
      pkcs12Value: certificate.pkcs12Value,
      password: certificate.password,
    });
    expect(uploaded.authenticationConfiguration.certificateList).toEqual([
      {
        thumbprint: certificate.thumbprint,
        notBefore: certificate.notBefore,
        notAfter: certificate.notAfter,
        isActive: true,
      },
    ]);

    expect((await api.deleteApiConnector(created.id)).status).toBe(204);
    const missing = await api.getApiConnector(created.id).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(GraphError);
    expect(missing).toMatchObject({ status: 404, code: "Request_ResourceNotFound" });
  });

  it("retries an injected 429 after the Retry-After the mock sends, with one client-request-id", async () => {
    const clock = recordingClock();
    const api = client({ clock });
    const created = await api.createApiConnector(basicConnector("Throttled"));
    mock.failNext({ status: 429, retryAfterSeconds: 2, times: 2 });
    let info: ResponseInfo | undefined;
    const read = await api.getApiConnector(created.id, undefined, { onResponse: (response) => (info = response) });
    expect(read.id).toBe(created.id);
    expect(clock.waits).toEqual([2000, 2000]);
    expect(info).toMatchObject({ status: 200, attempts: 3 });
    expect(info?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("retries a throttled create too: a 429 was not processed", async () => {
    const api = client();
    mock.failNext({ status: 429, retryAfterSeconds: 0 });
    await api.createApiConnector(basicConnector("Once"));
    expect(mock.connectors().map((connector) => connector.displayName)).toEqual(["Once"]);
  });

  it("does not retry a create after a 504, and the mock shows why: the connector exists", async () => {
    const api = client();
    mock.failNext({ status: 504 });
    const failed = await api.createApiConnector(basicConnector("Maybe")).catch((error: unknown) => error);
    expect(failed).toMatchObject({ status: 504, code: "GatewayTimeout", attempts: 1 });
    expect(mock.connectors().map((connector) => connector.displayName)).toEqual(["Maybe"]);
  });

  it("gives up after its retries on a mock that always throttles", async () => {
    const throttling = await startTestMock({ faults: "429:1:1" });
    try {
      const clock = recordingClock();
      const api = createApiConnectorsClient({
        baseUrl: throttling.baseUrl,
        token: "t",
        clock,
        random: () => 0,
        retry: { maxRetries: 2 },
      });
      const failed = await api.listApiConnectors().catch((error: unknown) => error);
      expect(failed).toMatchObject({ status: 429, code: "TooManyRequests", attempts: 3, retryAfterMs: 1000 });
      expect(clock.waits).toEqual([1000, 1000]);
    } finally {
      await throttling.close();
    }
  });

  it("surfaces the mock's 400 for a wrong PFX password without the password", async () => {
    const api = client();
    const created = await api.createApiConnector(basicConnector("Cert"));
    const certificate = fixture("current-aes.pfx");
    const failed = await api
      .uploadClientCertificate(created.id, { pkcs12Value: certificate.pkcs12Value, password: "Wrong-Secret-1" })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(GraphError);
    expect(failed).toMatchObject({ status: 400, code: "Request_BadRequest" });
    expect((failed as GraphError).details?.map((detail) => detail.target)).toEqual(["/password"]);
    expect(JSON.stringify(failed) + String(failed)).not.toContain("Wrong-Secret-1");
  });
});
