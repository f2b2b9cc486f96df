// Non-2xx answers become GraphError; nothing the client throws or logs ever shows a secret.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiConnectorsClient,
  type ClientOptions,
  ContractError,
  createApiConnectorsClient,
  GraphError,
  NON_ODATA_ERROR_CODE,
} from "../../src/index.js";
import { recordingClock } from "./support/clock.js";
import { type FaultServer, type Reply, startFaultServer } from "./support/fault-server.js";
import {
  BASIC_PASSWORD,
  basicCreate,
  CONNECTOR_ID,
  certificateCreate,
  odataError,
  PKCS12_PASSWORD,
  PKCS12_VALUE,
} from "./support/fixtures.js";

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
    retry: false,
    ...options,
  });
}

async function failure(call: Promise<unknown>): Promise<GraphError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphError);
  return error as GraphError;
}

describe("GraphError from a non-2xx answer", () => {
  const cases: { name: string; reply: Reply; want: Partial<GraphError>; message: RegExp }[] = [
    {
      name: "an OData error with request-id header",
      reply: {
        status: 400,
        headers: { "request-id": "req-hdr", "retry-after": "5" },
        body: {
          error: {
            code: "Request_BadRequest",
            message: "Invalid value for targetUrl",
            target: "targetUrl",
            details: [{ code: "x", message: "y" }],
            innerError: { "request-id": "req-inner", date: "2021-11-30T12:17:46" },
          },
        },
      },
      want: {
        status: 400,
        code: "Request_BadRequest",
        requestId: "req-hdr",
        retryAfterMs: 5_000,
        target: "targetUrl",
        details: [{ code: "x", message: "y" }],
        innerError: { "request-id": "req-inner", date: "2021-11-30T12:17:46" },
        rawBody: undefined,
      },
      message:
        /^POST \/identity\/apiConnectors answered 400 Request_BadRequest: Invalid value for targetUrl \(request-id: req-hdr, client-request-id: [0-9a-f-]{36}; 1 attempt\)$/,
    },
    {
      name: "an OData error without request-id header falls back to innerError",
      reply: {
        status: 403,
        body: odataError("Authorization_RequestDenied", "Insufficient privileges", "req-inner-only"),
      },
      want: { status: 403, code: "Authorization_RequestDenied", requestId: "req-inner-only", retryAfterMs: undefined },
      message: /403 Authorization_RequestDenied: Insufficient privileges \(request-id: req-inner-only/,
    },
    {
      name: "an HTML page from a proxy",
      reply: { status: 502, headers: { "content-type": "text/html" }, body: "<html><body>Bad Gateway</body></html>" },
      want: {
        status: 502,
        code: NON_ODATA_ERROR_CODE,
        rawBody: "<html><body>Bad Gateway</body></html>",
        odataError: undefined,
        requestId: undefined,
      },
      message: /502 nonODataResponse: non-OData body: <html><body>Bad Gateway<\/body><\/html> \(request-id: none/,
    },
    {
      name: "JSON that is not an OData error",
      reply: { status: 500, body: { message: "something else" } },
      want: { status: 500, code: NON_ODATA_ERROR_CODE, rawBody: '{"message":"something else"}' },
      message: /500 nonODataResponse: non-OData body: \{"message":"something else"\}/,
    },
    {
      name: "no body at all",
      reply: { status: 401 },
      want: { status: 401, code: NON_ODATA_ERROR_CODE, rawBody: undefined },
      message: /401 nonODataResponse: no body/,
    },
    {
      name: "a truncated JSON body",
      reply: { status: 500, headers: { "content-type": "application/json" }, body: '{"error":{"code":"gener' },
      want: { status: 500, code: NON_ODATA_ERROR_CODE, rawBody: '{"error":{"code":"gener' },
      message: /nonODataResponse/,
    },
  ];

  it.each(cases)("$name", async ({ reply, want, message }) => {
    server.script(reply);
    const error = await failure(client().createApiConnector(basicCreate));
    expect(error).toMatchObject({ name: "GraphError", attempts: 1, method: "POST", ...want });
    expect(error.message).toMatch(message);
    expect(error.clientRequestId).toBe(server.requests[0]?.headers["client-request-id"]);
  });

  it("is what every helper throws", async () => {
    const c = client();
    const calls = [
      () => c.listApiConnectors(),
      () => c.getApiConnector(CONNECTOR_ID),
      () => c.updateApiConnector(CONNECTOR_ID, { displayName: "x" }),
      () => c.deleteApiConnector(CONNECTOR_ID),
      () => c.uploadClientCertificate(CONNECTOR_ID, { pkcs12Value: PKCS12_VALUE, password: "" }),
    ];
    for (const call of calls) {
      server.script({ status: 404, body: odataError("Request_ResourceNotFound", "Resource not found") });
      const error = await failure(call());
      expect(error.code).toBe("Request_ResourceNotFound");
    }
  });

  it("serializes to a log-safe summary", async () => {
    server.script({
      status: 429,
      headers: { "retry-after": "7", "request-id": "r1" },
      body: odataError("TooManyRequests", "slow"),
    });
    const error = await failure(client().getApiConnector(CONNECTOR_ID));
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "GraphError",
      status: 429,
      code: "TooManyRequests",
      requestId: "r1",
      retryAfterMs: 7_000,
    });
  });
});

describe("a 2xx answer that is not JSON", () => {
  it("is a ContractError naming the operation, whatever the validate mode", async () => {
    server.script({ status: 201, headers: { "content-type": "text/html" }, body: "<html>captive portal</html>" });
    const error = await client()
      .createApiConnector(basicCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ direction: "response", operationId: "createIdentityApiConnector", status: 201 });
  });
});

describe("secrets never appear in errors or logs", () => {
  // A hostile or buggy server that echoes the whole request body everywhere it can.
  const echo =
    (status: number, asJson: boolean) =>
    (request: { body: string }): Reply =>
      asJson
        ? {
            status,
            body: {
              error: {
                code: "echo",
                message: `you sent ${request.body}`,
                target: request.body,
                details: [{ code: "d", message: request.body }],
                innerError: { "request-id": request.body },
              },
            },
          }
        : { status, body: `you sent ${request.body}` };

  const secrets = [BASIC_PASSWORD, PKCS12_VALUE, PKCS12_PASSWORD, "test-token"];
  const calls: { name: string; call: (c: ApiConnectorsClient) => Promise<unknown> }[] = [
    { name: "create (basic)", call: (c) => c.createApiConnector(basicCreate) },
    { name: "create (certificate)", call: (c) => c.createApiConnector(certificateCreate) },
    {
      name: "update",
      call: (c) =>
        c.updateApiConnector(CONNECTOR_ID, {
          authenticationConfiguration: {
            "@odata.type": "#microsoft.graph.pkcs12Certificate",
            pkcs12Value: PKCS12_VALUE,
            password: PKCS12_PASSWORD,
          },
        }),
    },
    {
      name: "upload",
      call: (c) => c.uploadClientCertificate(CONNECTOR_ID, { pkcs12Value: PKCS12_VALUE, password: PKCS12_PASSWORD }),
    },
  ];
  const bodies = [
    { kind: "OData", asJson: true },
    { kind: "non-JSON", asJson: false },
  ];

  for (const { name, call } of calls) {
    it.each(bodies)(`${name}: an echoed $kind error body`, async ({ asJson }) => {
      server.script(echo(400, asJson));
      const log: unknown[] = [];
      const error = await failure(call(client({ log: (entry) => log.push(entry) })));
      const views = [
        error.message,
        String(error),
        error.stack ?? "",
        inspect(error, { depth: 10 }),
        JSON.stringify(error),
        JSON.stringify(log),
      ];
      for (const view of views) for (const secret of secrets) expect(view).not.toContain(secret);
      expect(`${error.message} ${error.rawBody ?? ""}`).toContain("[REDACTED]"); // the echo was there, redacted
    });
  }

  it("redacts before truncating, so a long body cannot leave half a secret", async () => {
    server.script({ status: 500, body: `${"x".repeat(995)}${BASIC_PASSWORD}` });
    const error = await failure(client().createApiConnector(basicCreate));
    expect(error.rawBody).toHaveLength(1_000);
    expect(error.rawBody).not.toContain(BASIC_PASSWORD.slice(0, 5));
  });

  it("keeps secrets out of NetworkError and TimeoutError", async () => {
    server.script({ reset: true }, { hang: true });
    const errors = [
      await client()
        .createApiConnector(certificateCreate)
        .catch((e: unknown) => e),
      await client({ timeoutMs: 30 })
        .createApiConnector(certificateCreate)
        .catch((e: unknown) => e),
    ];
    expect(errors.map((e) => (e as Error).name)).toEqual(["NetworkError", "TimeoutError"]);
    for (const error of errors) {
      for (const view of [String(error), inspect(error, { depth: 10 }), JSON.stringify(error)]) {
        for (const secret of secrets) expect(view).not.toContain(secret);
      }
    }
  });
});
