// The classic Microsoft Graph JS client (@microsoft/microsoft-graph-client, default middleware
// chain: auth, retry, redirect, telemetry) against the TLS mock, v1.0 and beta: the whole
// connector flow through its own PageIterator, then throttling, outages and a missing token.
import { Client, GraphError, PageIterator } from "@microsoft/microsoft-graph-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pkcs12Configuration } from "../mock/support/certificates.js";
import { startTestMock } from "../mock/support/mock-http.js";
import { classicClientForMock } from "./recipes/classic.js";
import {
  basicBody,
  firstCertificate,
  GRAPH_VERSIONS,
  type RealClientMock,
  startRealClientMock,
  uploadedCertificate,
} from "./support.js";

interface Connector {
  id: string;
  displayName?: string;
  authenticationConfiguration?: Record<string, unknown> & { "@odata.type": string };
}

describe.each(GRAPH_VERSIONS)("the classic Graph JS client, %s", (version) => {
  let real: RealClientMock;
  let client: Client;
  const connectors = `/identity/apiConnectors`;
  beforeAll(async () => {
    real = await startRealClientMock();
    client = classicClientForMock(real.mock, real.trusting, version);
  });
  afterEach(() => {
    real.mock.reset();
    real.log.length = 0;
  });
  afterAll(() => real.close());

  it("creates, reads, lists every page with PageIterator, updates, uploads and deletes", async () => {
    const created: Connector = await client.api(connectors).post(basicBody("Real classic"));
    expect(created.authenticationConfiguration).toEqual({
      "@odata.type": "#microsoft.graph.basicAuthentication",
      username: "entra",
      password: "******",
    });
    expect(await client.api(`${connectors}/${created.id}`).get()).toMatchObject({ id: created.id });
    for (const name of ["Real two", "Real three", "Real four", "Other"])
      await client.api(connectors).post(basicBody(name));

    const first = await client
      .api(connectors)
      .top(2)
      .count(true)
      .select(["id", "displayName"])
      .filter("startswith(displayName, 'Real')")
      .get();
    expect(first["@odata.count"]).toBe(4);
    expect(first.value).toHaveLength(2);
    expect(first["@odata.nextLink"]?.startsWith(`${real.mock.url}/${version}/identity/apiConnectors?`)).toBe(true);
    const seen: Connector[] = [];
    await new PageIterator(client, first, (item: Connector) => {
      seen.push(item);
      return true;
    }).iterate();
    expect(seen.map((item) => item.displayName)).toEqual(["Real classic", "Real two", "Real three", "Real four"]);
    expect(seen.every((item) => item.authenticationConfiguration === undefined)).toBe(true); // $select carried
    expect(real.log.filter((entry) => entry.operationId === "listIdentityApiConnectors")).toHaveLength(2);

    const item = `${connectors}/${created.id}`;
    await client.api(item).patch({ displayName: "Renamed classic" });
    await client.api(item).patch({ authenticationConfiguration: pkcs12Configuration(firstCertificate) });
    const uploaded: Connector = await client
      .api(`${item}/uploadClientCertificate`)
      .post({ pkcs12Value: uploadedCertificate.pkcs12Value, password: uploadedCertificate.password });
    expect(uploaded).toMatchObject({ displayName: "Renamed classic" });
    expect(uploaded.authenticationConfiguration).toEqual({
      "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
      certificateList: [
        expect.objectContaining({ thumbprint: firstCertificate.thumbprint, isActive: true }),
        expect.objectContaining({ thumbprint: uploadedCertificate.thumbprint, isActive: false }),
      ],
    });
    await client.api(item).delete();
    await expect(client.api(item).get()).rejects.toMatchObject({ statusCode: 404, code: "Request_ResourceNotFound" });
    expect(real.log.every((entry) => entry.path.startsWith(`/${version}/`))).toBe(true);
  });

  it("retries a 429 with Retry-After twice, then succeeds", async () => {
    real.mock.failNext({ status: 429, retryAfterSeconds: 0, times: 2 });
    expect((await client.api(connectors).get()).value).toEqual([]);
    expect(real.log.map((entry) => entry.status)).toEqual([429, 429, 200]);
  });

  it("gives up on a 429 that never ends after its 3 retries, with Graph's error", async () => {
    real.mock.failNext({ status: 429, retryAfterSeconds: 0, times: 10 });
    const error = await client
      .api(connectors)
      .get()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ statusCode: 429, code: "TooManyRequests" });
    expect(real.log.map((entry) => entry.status)).toEqual([429, 429, 429, 429]);
  });

  it("retries a 503 with Retry-After", async () => {
    real.mock.failNext({ status: 503, retryAfterSeconds: 0 });
    expect((await client.api(connectors).get()).value).toEqual([]);
    expect(real.log.map((entry) => entry.status)).toEqual([503, 200]);
  });

  it("re-sends a create after a 504, so the mock (which created it) ends with a duplicate", async () => {
    // The classic RetryHandler retries any buffered body, POST included: the hazard the
    // project's client avoids (docs/client.md, "Why a create is not retried").
    real.mock.failNext({ status: 504, retryAfterSeconds: 0 });
    await client.api(connectors).post(basicBody("Once"));
    expect(real.log.map((entry) => entry.status)).toEqual([504, 201]);
    expect(real.mock.connectors().map((connector) => connector.displayName)).toEqual(["Once", "Once"]);
  });

  it("is refused 401 with WWW-Authenticate when it sends no token (a host it does not know), served when it does", async () => {
    const strict = await startRealClientMock({ requireAuthorization: true });
    try {
      // Without customHosts the AuthenticationHandler adds no Authorization for a non-Graph host.
      const unauthenticated = Client.initWithMiddleware({
        baseUrl: strict.mock.url,
        defaultVersion: version,
        authProvider: { getAccessToken: async () => "never-sent" },
        fetchOptions: { dispatcher: strict.trusting.dispatcher } as RequestInit,
      });
      const error = await unauthenticated
        .api(connectors)
        .get()
        .catch((caught: unknown) => caught as GraphError);
      expect(error).toMatchObject({ statusCode: 401, code: "InvalidAuthenticationToken" });
      expect(error.headers?.get("www-authenticate")).toMatch(/^Bearer realm=/);
      const authenticated = classicClientForMock(strict.mock, strict.trusting, version);
      expect((await authenticated.api(connectors).get()).value).toEqual([]);
    } finally {
      await strict.close();
    }
  });
});

describe("the classic Graph JS client against a plain-http mock", () => {
  it("cannot page: it takes an http:// nextLink for a path, which is why the mock has --tls", async () => {
    const data = ["a", "b", "c"].map((name) => ({ id: name, displayName: name, targetUrl: "https://x.example" }));
    const plain = await startTestMock({ data, pageSize: 2 });
    try {
      const client = Client.initWithMiddleware({
        baseUrl: plain.url,
        authProvider: { getAccessToken: async () => "any-token" },
      });
      const first = await client.api("/identity/apiConnectors").version("v1.0").get();
      const paging = new PageIterator(client, first, () => true).iterate();
      await expect(paging).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("'http:'") });
    } finally {
      await plain.close();
    }
  });
});
