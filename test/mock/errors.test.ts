// What the mock answers to requests it must refuse: the status, the OData error code, the
// pointers of the issues, and never a secret. Every answer is checked against the spec.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer, RequestLogEntry } from "../../src/mock/index.js";
import { fixture, pkcs12Configuration } from "./support/certificates.js";
import { basicConnector, CONNECTORS, call, startTestMock } from "./support/mock-http.js";

const current = fixture("current-aes.pfx");
const SECRETS = ["MyPassword-secret", "wrong-password-secret", current.password, current.pkcs12Value.slice(0, 40)];

interface ErrorCase {
  name: string;
  method: string;
  /** `{id}` is replaced by an existing connector's id. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  want: { status: number; code: string; targets?: string[]; message?: RegExp; headers?: Record<string, string> };
}

const UNKNOWN_ID = "370eeb68-dfd3-4a47-8160-8824c2358321";
const uploadBody = { pkcs12Value: current.pkcs12Value, password: current.password };

const cases: ErrorCase[] = [
  {
    name: "get of an unknown id",
    method: "GET",
    path: `${CONNECTORS}/${UNKNOWN_ID}`,
    want: { status: 404, code: "Request_ResourceNotFound", message: new RegExp(UNKNOWN_ID) },
  },
  {
    name: "update of an unknown id",
    method: "PATCH",
    path: `${CONNECTORS}/${UNKNOWN_ID}`,
    body: { displayName: "x" },
    want: { status: 404, code: "Request_ResourceNotFound" },
  },
  {
    name: "delete of an unknown id",
    method: "DELETE",
    path: `${CONNECTORS}/${UNKNOWN_ID}`,
    want: { status: 404, code: "Request_ResourceNotFound" },
  },
  {
    name: "upload to an unknown id",
    method: "POST",
    path: `${CONNECTORS}/${UNKNOWN_ID}/uploadClientCertificate`,
    body: uploadBody,
    want: { status: 404, code: "Request_ResourceNotFound" },
  },
  {
    name: "create with a server-assigned id, an http target and no username",
    method: "POST",
    path: CONNECTORS,
    body: {
      ...basicConnector(),
      id: "mine",
      targetUrl: "http://someapi.com/api",
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        password: "MyPassword-secret",
      },
    },
    want: {
      status: 400,
      code: "Request_BadRequest",
      targets: ["/id", "/targetUrl", "/authenticationConfiguration/username"],
    },
  },
  {
    name: "create with the abstract base type",
    method: "POST",
    path: CONNECTORS,
    body: {
      ...basicConnector(),
      authenticationConfiguration: {
        "@odata.type": "microsoft.graph.apiAuthenticationConfigurationBase",
        username: "u",
        password: "MyPassword-secret",
      },
    },
    want: { status: 400, code: "Request_BadRequest", targets: ["/authenticationConfiguration/@odata.type"] },
  },
  {
    name: "create with the response-only clientCertificateAuthentication",
    method: "POST",
    path: CONNECTORS,
    body: {
      ...basicConnector(),
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
        certificateList: [],
      },
    },
    want: { status: 400, code: "Request_BadRequest", targets: ["/authenticationConfiguration/@odata.type"] },
  },
  {
    name: "an empty update",
    method: "PATCH",
    path: `${CONNECTORS}/{id}`,
    body: {},
    want: { status: 400, code: "Request_BadRequest", targets: [""] },
  },
  {
    name: "an upload without its password",
    method: "POST",
    path: `${CONNECTORS}/{id}/uploadClientCertificate`,
    body: { pkcs12Value: current.pkcs12Value },
    want: { status: 400, code: "Request_BadRequest", targets: ["/password"] },
  },
  {
    name: "a create without a body",
    method: "POST",
    path: CONNECTORS,
    want: { status: 400, code: "Request_BadRequest", message: /requires a JSON request body/ },
  },
  {
    name: "malformed JSON (the message says where, and does not quote the body)",
    method: "POST",
    path: CONNECTORS,
    body: '{"displayName": "x", "authenticationConfiguration": {"password": "MyPassword-secret" x}}',
    want: { status: 400, code: "Request_BadRequest", message: /not valid JSON at line 1, column \d+/ },
  },
  {
    name: "a body with several issues (the first named, the rest counted, in the client's words)",
    method: "PATCH",
    path: `${CONNECTORS}/{id}`,
    body: { displayName: 1, targetUrl: 2 },
    want: {
      status: 400,
      code: "Request_BadRequest",
      message:
        /^The request body does not conform to the contract: \/displayName: [^;]+; and \d+ more \(see details\)\.$/,
    },
  },
  {
    name: "a trailing comma (explained in the CLI's words: one JSON syntax explainer)",
    method: "POST",
    path: CONNECTORS,
    body: '{"displayName": "x",}',
    want: {
      status: 400,
      code: "Request_BadRequest",
      message:
        /^The request body is not valid JSON at line 1, column 21: expected a property name in double quotes, found '\}' \(trailing commas are not allowed\)\.$/,
    },
  },
  {
    name: "an upload with the wrong PFX password",
    method: "POST",
    path: `${CONNECTORS}/{id}/uploadClientCertificate`,
    body: { pkcs12Value: current.pkcs12Value, password: "wrong-password-secret" },
    want: { status: 400, code: "Request_BadRequest", targets: ["/password"], message: /password does not open/ },
  },
  {
    name: "a create whose certificate has the wrong password",
    method: "POST",
    path: CONNECTORS,
    body: {
      ...basicConnector(),
      authenticationConfiguration: pkcs12Configuration({
        pkcs12Value: current.pkcs12Value,
        password: "wrong-password-secret",
      }),
    },
    want: { status: 400, code: "Request_BadRequest", targets: ["/authenticationConfiguration/password"] },
  },
  {
    name: "base64 that is not a PFX",
    method: "POST",
    path: `${CONNECTORS}/{id}/uploadClientCertificate`,
    body: { pkcs12Value: Buffer.from("this is not a certificate at all").toString("base64"), password: "" },
    want: { status: 400, code: "Request_BadRequest", targets: ["/pkcs12Value"] },
  },
  {
    name: "a value that is not base64",
    method: "POST",
    path: `${CONNECTORS}/{id}/uploadClientCertificate`,
    body: { pkcs12Value: "not base64!", password: "" },
    want: { status: 400, code: "Request_BadRequest", targets: ["/pkcs12Value"] },
  },
  {
    name: "a PFX without a private key",
    method: "POST",
    path: `${CONNECTORS}/{id}/uploadClientCertificate`,
    body: { pkcs12Value: fixture("certificate-only.pfx").pkcs12Value, password: "current-password" },
    want: { status: 400, code: "Request_BadRequest", targets: ["/pkcs12Value"], message: /no private key/ },
  },
  {
    name: "PUT on a connector",
    method: "PUT",
    path: `${CONNECTORS}/{id}`,
    body: basicConnector(),
    want: { status: 405, code: "Request_BadRequest", headers: { allow: "GET, PATCH, DELETE" } },
  },
  {
    name: "DELETE on the collection",
    method: "DELETE",
    path: CONNECTORS,
    want: { status: 405, code: "Request_BadRequest", headers: { allow: "GET, POST" } },
  },
  {
    name: "GET on the upload action",
    method: "GET",
    path: `${CONNECTORS}/{id}/uploadClientCertificate`,
    want: { status: 405, code: "Request_BadRequest", headers: { allow: "POST" } },
  },
  {
    name: "a text/plain body",
    method: "POST",
    path: CONNECTORS,
    body: JSON.stringify(basicConnector()),
    headers: { "content-type": "text/plain" },
    want: { status: 415, code: "UnsupportedMediaType", message: /text\/plain/ },
  },
  {
    name: "JSON in another charset",
    method: "PATCH",
    path: `${CONNECTORS}/{id}`,
    body: JSON.stringify({ displayName: "x" }),
    headers: { "content-type": "application/json; charset=iso-8859-1" },
    want: { status: 415, code: "UnsupportedMediaType" },
  },
  {
    name: "an unknown path segment",
    method: "GET",
    path: "/v1.0/identity/apiConnectorz",
    want: { status: 400, code: "BadRequest", message: /segment 'apiConnectorz'/ },
  },
  { name: "the service root", method: "GET", path: "/", want: { status: 400, code: "BadRequest" } },
  {
    name: "the $count segment, which the mock does not serve",
    method: "GET",
    path: `${CONNECTORS}/$count`,
    want: { status: 400, code: "BadRequest", message: /segment '\$count'/ },
  },
  {
    name: "the key-in-parentheses form",
    method: "GET",
    path: "/v1.0/identity/apiConnectors('x')",
    want: { status: 400, code: "BadRequest", message: /segment 'apiConnectors\('x'\)'/ },
  },
  {
    name: "a segment after the action",
    method: "POST",
    path: `${CONNECTORS}/{id}/uploadClientCertificate/more`,
    body: uploadBody,
    want: { status: 400, code: "BadRequest", message: /segment 'more'/ },
  },
  {
    name: "a client-request-id that is not a GUID",
    method: "GET",
    path: CONNECTORS,
    headers: { "client-request-id": "test-1" },
    want: { status: 400, code: "Request_BadRequest", message: /GUID/ },
  },
  {
    name: "a body larger than 1 MiB",
    method: "POST",
    path: CONNECTORS,
    body: JSON.stringify({ displayName: "x".repeat(1024 * 1024) }),
    want: { status: 413, code: "Request_EntityTooLarge" },
  },
];

describe("error answers", () => {
  let mock: MockServer;
  let id: string;
  beforeAll(async () => {
    mock = await startTestMock();
    id = (await call(mock, "POST", CONNECTORS, { body: basicConnector() })).body.id;
  });
  afterAll(() => mock.close());

  it.each(cases)("$name → $want.status $want.code", async ({ method, path, body, headers, want }) => {
    const answer = await call(mock, method, path.replace("{id}", id), { body, ...(headers ? { headers } : {}) });
    expect(answer.status).toBe(want.status);
    expect(answer.body.error.code).toBe(want.code);
    expect(answer.body.error.innerError["request-id"]).toBe(answer.headers.get("request-id"));
    if (want.targets)
      expect((answer.body.error.details ?? []).map((detail: { target: string }) => detail.target)).toEqual(
        want.targets,
      );
    if (want.message) expect(answer.body.error.message).toMatch(want.message);
    for (const [name, value] of Object.entries(want.headers ?? {})) expect(answer.headers.get(name)).toBe(value);
    for (const secret of SECRETS) expect(answer.text).not.toContain(secret);
  });

  it("changes nothing when it refuses a request", async () => {
    const before = mock.connectors();
    await call(mock, "PATCH", `${CONNECTORS}/${id}`, { body: { displayName: "", targetUrl: "https://ok.example" } });
    await call(mock, "POST", `${CONNECTORS}/${id}/uploadClientCertificate`, {
      body: { pkcs12Value: current.pkcs12Value, password: "wrong-password-secret" },
    });
    expect(mock.connectors()).toEqual(before);
  });

  it("treats a client that hangs up mid-body as the client's problem, not a bug of the mock", async () => {
    const logged: RequestLogEntry[] = [];
    const server = await startTestMock({ onRequest: (entry) => logged.push(entry) });
    try {
      const socket = connect(server.port, "127.0.0.1");
      await new Promise((resolve) => socket.once("connect", resolve));
      socket.write(
        'POST /v1.0/identity/apiConnectors HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"displayName":',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      for (let waited = 0; logged.length === 0 && waited < 2000; waited += 10)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(logged.map((entry) => entry.status)).toEqual([400]);
      expect(server.connectors()).toEqual([]);
    } finally {
      await server.close(); // fails the test if the mock reported a bug
    }
  });

  it("answers 401 without a bearer token when asked to require one", async () => {
    const strict = await startTestMock({ requireAuthorization: true });
    try {
      const refused = await call(strict, "GET", CONNECTORS);
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe("InvalidAuthenticationToken");
      // RFC 9110 §11.6.1: a 401 names the scheme to use, as Graph's do.
      expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer realm="", authorization_uri="https:\/\//);
      expect((await call(strict, "GET", CONNECTORS, { headers: { authorization: "Basic dTpw" } })).status).toBe(401);
      expect((await call(strict, "GET", CONNECTORS, { headers: { authorization: "Bearer any-token" } })).status).toBe(
        200,
      );
    } finally {
      await strict.close();
    }
  });

  it.each([
    ["an option the operation does not declare", `${CONNECTORS}?$skip=2`, /'\$skip' is not supported/],
    ["$top on a single connector", `${CONNECTORS}/{id}?$top=1`, /takes \$select, \$expand/],
    ["$top above 999", `${CONNECTORS}?$top=1000`, /from 0 to 999/],
    ["$top that is not a number", `${CONNECTORS}?$top=ten`, /whole number/],
    ["$count that is not a boolean", `${CONNECTORS}?$count=yes`, /true or false/],
    ["$select of an unknown property", `${CONNECTORS}?$select=password`, /property named 'password'/],
    ["$orderby of an unknown property", `${CONNECTORS}?$orderby=password`, /not supported/],
    ["a repeated option", `${CONNECTORS}?$top=1&$top=2`, /more than once/],
    ["a $skiptoken the mock did not issue", `${CONNECTORS}?$skiptoken=abc`, /not one this server issued/],
    [
      "a $filter it cannot evaluate",
      `${CONNECTORS}?$filter=${encodeURIComponent("displayName gt 'a'")}`,
      /operator "gt" is not supported/,
    ],
    [
      "a $filter on an unknown property",
      `${CONNECTORS}?$filter=${encodeURIComponent("password eq 'x'")}`,
      /not a property the mock can filter on/,
    ],
    ["an unclosed $filter string", `${CONNECTORS}?$filter=${encodeURIComponent("displayName eq 'x")}`, /not closed/],
  ])("answers 400 Request_UnsupportedQuery to %s", async (_name, path, message) => {
    const answer = await call(mock, "GET", path.replace("{id}", id));
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("Request_UnsupportedQuery");
    expect(answer.body.error.message).toMatch(message);
  });
});
