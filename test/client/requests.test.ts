// What goes over the wire: headers on every attempt, bodies exactly as typed, one method and
// path per operation, query serialization, and what comes back (request-id, ResponseInfo).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiConnectorsClient,
  type ClientOptions,
  createApiConnectorsClient,
  GRAPH_DEFAULT_SCOPE,
  type ResponseInfo,
} from "../../src/index.js";
import { recordingClock } from "./support/clock.js";
import { type FaultServer, type Reply, startFaultServer } from "./support/fault-server.js";
import {
  basicConnector,
  basicCreate,
  CONNECTOR_ID,
  certificateConnector,
  certificateCreate,
  odataError,
  PKCS12_VALUE,
  page,
} from "./support/fixtures.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

function client(options: ClientOptions = {}): ApiConnectorsClient {
  return createApiConnectorsClient({
    baseUrl: server.origin,
    token: "test-token",
    clock: recordingClock(),
    random: () => 0,
    ...options,
  });
}

const throttled: Reply = {
  status: 429,
  headers: { "retry-after": "1" },
  body: odataError("TooManyRequests", "slow down"),
};

describe("headers on every attempt", () => {
  it("sends a fresh token, the same client-request-id and the user agent on each retry", async () => {
    server.script(throttled, throttled, { status: 201, body: basicConnector });
    let issued = 0;
    const c = client({
      token: undefined,
      getToken: async () => `token-${++issued}`,
      userAgent: "contoso-provisioner/2.1",
    });
    await c.createApiConnector(basicCreate);
    const sent = server.requests.map((r) => r.headers);
    expect(sent.map((h) => h.authorization)).toEqual(["Bearer token-1", "Bearer token-2", "Bearer token-3"]);
    const ids = new Set(sent.map((h) => h["client-request-id"]));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(UUID);
    for (const h of sent) expect(h["user-agent"]).toMatch(/^contoso-provisioner\/2\.1 apiconnectors\/\d+\.\d+\.\d+/);
    expect(sent.map((h) => h["retry-attempt"])).toEqual([undefined, "1", "2"]);
    for (const h of sent) expect(h["content-type"]).toBe("application/json");
  });

  it("uses a new client-request-id for each logical call", async () => {
    server.script({ status: 200, body: basicConnector }, { status: 200, body: basicConnector });
    const c = client();
    await c.getApiConnector(CONNECTOR_ID);
    await c.getApiConnector(CONNECTOR_ID);
    const [first, second] = server.requests.map((r) => r.headers["client-request-id"]);
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(first).not.toBe(second);
  });

  it("sends the caller's client-request-id when given", async () => {
    const correlationId = "6f1d2b7a-3c4e-4f5a-8b9c-0d1e2f3a4b5c";
    server.script(throttled, { status: 200, body: basicConnector });
    await client().getApiConnector(CONNECTOR_ID, undefined, { clientRequestId: correlationId });
    expect(server.requests.map((r) => r.headers["client-request-id"])).toEqual([correlationId, correlationId]);
  });

  it("refuses a client-request-id that is not a GUID, before sending anything", async () => {
    server.script({ status: 200, body: basicConnector });
    await expect(
      client().getApiConnector(CONNECTOR_ID, undefined, { clientRequestId: "my-correlation-id" }),
    ).rejects.toThrow(/^client-request-id must be a GUID such as .*, got "my-correlation-id"$/);
    expect(server.requests).toEqual([]);
  });

  it("accepts an AccessToken-shaped result from getToken (as @azure/identity returns)", async () => {
    server.script({ status: 200, body: basicConnector });
    const credential = {
      getToken: async (scope: string) => ({
        token: `aad-token-for-${scope}`,
        expiresOnTimestamp: Date.now() + 3_600_000,
      }),
    };
    await client({ token: undefined, getToken: () => credential.getToken(GRAPH_DEFAULT_SCOPE) }).getApiConnector(
      CONNECTOR_ID,
    );
    expect(server.requests[0]?.headers.authorization).toBe("Bearer aad-token-for-https://graph.microsoft.com/.default");
  });

  it("fails clearly, sending nothing, when a TokenCredential resolves null", async () => {
    server.script({ status: 200, body: basicConnector });
    const credential = { getToken: async (_scope: string) => null };
    await expect(
      client({ token: undefined, getToken: () => credential.getToken(GRAPH_DEFAULT_SCOPE) }).getApiConnector(
        CONNECTOR_ID,
      ),
    ).rejects.toThrow(/^getToken\(\) returned null: the credential gave no access token, so nothing was sent$/);
    expect(server.requests).toEqual([]);
  });

  it("sends no Authorization without a token source, and fails clearly on an empty token", async () => {
    server.script({ status: 200, body: basicConnector });
    await client({ token: undefined }).getApiConnector(CONNECTOR_ID);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    server.script({ status: 200, body: basicConnector });
    await expect(client({ token: undefined, getToken: async () => "" }).getApiConnector(CONNECTOR_ID)).rejects.toThrow(
      /getToken\(\) returned no access token/,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe("one helper per operation", () => {
  const cases: {
    name: string;
    call: (c: ApiConnectorsClient) => Promise<unknown>;
    reply: Reply;
    method: string;
    url: string;
    body?: unknown;
    want: unknown;
  }[] = [
    {
      name: "createApiConnector (basic)",
      call: (c) => c.createApiConnector(basicCreate),
      reply: { status: 201, body: basicConnector },
      method: "POST",
      url: "/identity/apiConnectors",
      body: basicCreate,
      want: basicConnector,
    },
    {
      name: "createApiConnector (certificate)",
      call: (c) => c.createApiConnector(certificateCreate),
      reply: { status: 201, body: certificateConnector },
      method: "POST",
      url: "/identity/apiConnectors",
      body: certificateCreate,
      want: certificateConnector,
    },
    {
      name: "listApiConnectors",
      call: (c) => c.listApiConnectors(),
      reply: { status: 200, body: page(["a", "b"]) },
      method: "GET",
      url: "/identity/apiConnectors",
      want: page(["a", "b"]),
    },
    {
      name: "getApiConnector",
      call: (c) => c.getApiConnector(CONNECTOR_ID),
      reply: { status: 200, body: basicConnector },
      method: "GET",
      url: `/identity/apiConnectors/${CONNECTOR_ID}`,
      want: basicConnector,
    },
    {
      name: "updateApiConnector",
      call: (c) =>
        c.updateApiConnector(CONNECTOR_ID, {
          displayName: "New Test API",
          authenticationConfiguration: {
            "@odata.type": "microsoft.graph.basicAuthentication",
            username: "u",
            password: "p",
          },
        }),
      reply: { status: 204, headers: { "request-id": "req-204" } },
      method: "PATCH",
      url: `/identity/apiConnectors/${CONNECTOR_ID}`,
      body: {
        displayName: "New Test API",
        authenticationConfiguration: {
          "@odata.type": "microsoft.graph.basicAuthentication",
          username: "u",
          password: "p",
        },
      },
      want: { status: 204, requestId: "req-204", attempts: 1 },
    },
    {
      name: "deleteApiConnector",
      call: (c) => c.deleteApiConnector(CONNECTOR_ID),
      reply: { status: 204, headers: { "request-id": "req-del" } },
      method: "DELETE",
      url: `/identity/apiConnectors/${CONNECTOR_ID}`,
      want: { status: 204, requestId: "req-del" },
    },
    {
      name: "uploadClientCertificate",
      call: (c) => c.uploadClientCertificate(CONNECTOR_ID, { pkcs12Value: PKCS12_VALUE, password: "" }),
      reply: { status: 200, body: certificateConnector },
      method: "POST",
      url: `/identity/apiConnectors/${CONNECTOR_ID}/uploadClientCertificate`,
      body: { pkcs12Value: PKCS12_VALUE, password: "" },
      want: certificateConnector,
    },
  ];

  it.each(cases)(
    "$name sends $method $url and returns the typed result",
    async ({ call, reply, method, url, body, want }) => {
      server.script(reply);
      const result = await call(client());
      expect(result).toMatchObject(want as object);
      expect(server.requests).toHaveLength(1);
      const [sent] = server.requests;
      expect(sent?.method).toBe(method);
      expect(sent?.url).toBe(url);
      if (body === undefined) {
        expect(sent?.body).toBe("");
        expect(sent?.headers["content-type"]).toBeUndefined();
      } else {
        // exactly as typed: same members, same order, nothing added or dropped
        expect(sent?.body).toBe(JSON.stringify(body));
      }
    },
  );

  it("encodes the id as one path segment", async () => {
    server.script({ status: 200, body: basicConnector });
    await client().getApiConnector("../x?y");
    expect(server.requests[0]?.url).toBe("/identity/apiConnectors/..%2Fx%3Fy");
  });

  it.each(["", "  "])("refuses an empty id (%j) instead of addressing the collection", async (id) => {
    server.script({ status: 204 });
    await expect(client().deleteApiConnector(id)).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("query options", () => {
  const cases = [
    {
      name: "$select and $orderby as comma lists (form, explode false)",
      query: {
        $select: ["id", "displayName"] as ("id" | "displayName")[],
        $orderby: ["displayName desc"] as "displayName desc"[],
      },
      want: "/identity/apiConnectors?$select=id,displayName&$orderby=displayName%20desc",
    },
    {
      name: "$filter percent-encoded",
      query: { $filter: "displayName eq 'Test API'" },
      want: "/identity/apiConnectors?$filter=displayName%20eq%20%27Test%20API%27",
    }, // URL parsing encodes ' in a special scheme's query
    { name: "$top and $count", query: { $top: 5, $count: true }, want: "/identity/apiConnectors?$top=5&$count=true" },
  ];
  it.each(cases)("$name", async ({ query, want }) => {
    server.script({ status: 200, body: page([]) });
    await client().listApiConnectors(query);
    expect(server.requests[0]?.url).toBe(want);
  });

  it("passes $select on get", async () => {
    server.script({ status: 200, body: { id: CONNECTOR_ID, displayName: "x" } });
    await client().getApiConnector(CONNECTOR_ID, { $select: ["displayName"] });
    expect(server.requests[0]?.url).toBe(`/identity/apiConnectors/${CONNECTOR_ID}?$select=displayName`);
  });
});

describe("what comes back", () => {
  it("gives request-id, client-request-id and attempts to onResponse", async () => {
    server.script(throttled, { status: 201, body: basicConnector, headers: { "request-id": "req-42" } });
    const seen: ResponseInfo[] = [];
    await client().createApiConnector(basicCreate, { onResponse: (info) => seen.push(info) });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ status: 201, requestId: "req-42", attempts: 2 });
    expect(seen[0]?.clientRequestId).toBe(server.requests[0]?.headers["client-request-id"]);
  });

  it("logs every attempt, retry and response without tokens or bodies", async () => {
    server.script(throttled, { status: 201, body: basicConnector, headers: { "request-id": "req-7" } });
    const log: unknown[] = [];
    await client({ log: (entry) => log.push(entry) }).createApiConnector(basicCreate);
    expect(log.map((entry) => (entry as { type: string }).type)).toEqual([
      "attempt",
      "response",
      "retry",
      "attempt",
      "response",
    ]);
    expect(log[2]).toMatchObject({ reason: "throttled", delayMs: 1_000, retryAfterMs: 1_000 });
    expect(log[4]).toMatchObject({ status: 201, requestId: "req-7" });
    const text = JSON.stringify(log);
    expect(text).not.toContain("test-token");
    expect(text).not.toContain(basicCreate.displayName);
  });

  it("does not follow a redirect (the token would go with it)", async () => {
    const elsewhere = await startFaultServer();
    try {
      server.script({ status: 307, headers: { location: `${elsewhere.origin}/identity/apiConnectors` } });
      elsewhere.script({ status: 201, body: basicConnector });
      await expect(client().createApiConnector(basicCreate)).rejects.toMatchObject({ name: "GraphError", status: 307 });
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it("keeps the raw openapi-fetch client reachable, with the same middleware and transport", async () => {
    server.script(throttled, { status: 404, body: odataError("Request_ResourceNotFound", "nope") });
    const c = client();
    const { data, error, response } = await c.raw.GET("/identity/apiConnectors/{identityApiConnectorId}", {
      params: { path: { identityApiConnectorId: CONNECTOR_ID } },
    });
    expect(data).toBeUndefined();
    expect(error?.error.code).toBe("Request_ResourceNotFound");
    expect(response.status).toBe(404);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.headers["client-request-id"]).toBe(server.requests[0]?.headers["client-request-id"]);
    expect(server.requests[1]?.headers.authorization).toBe("Bearer test-token");
  });

  it("lets openapi-fetch parse a 2xx body on raw calls", async () => {
    server.script({ status: 200, body: basicConnector });
    const { data } = await client().raw.GET("/identity/apiConnectors/{identityApiConnectorId}", {
      params: { path: { identityApiConnectorId: CONNECTOR_ID } },
    });
    expect(data).toEqual(basicConnector);
  });

  it("gives raw calls per-call options through fetchWith", async () => {
    server.script(throttled, { status: 200, body: basicConnector });
    const c = client();
    const { response } = await c.raw.GET("/identity/apiConnectors/{identityApiConnectorId}", {
      params: { path: { identityApiConnectorId: CONNECTOR_ID } },
      fetch: c.fetchWith({ retry: false }),
    });
    expect(response.status).toBe(429);
    expect(server.requests).toHaveLength(1);
  });
});
