// Issue 10, item 6: redaction by structure, not by substring. A server that echoes what it was
// sent (in the message, the target, the details, a non-OData body) must not get a secret into
// any string form of the error, in any of the forms an echo takes; and short or common
// secrets ("p", "Request", "error") must not rewrite Graph's identifiers or eat the message.
import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiConnectorsClient,
  ContractError,
  createApiConnectorsClient,
  GraphError,
} from "../../src/client/index.js";
import { REDACTED } from "../../src/validate/index.js";
import { recordingClock } from "../client/support/clock.js";
import { type FaultServer, type ReceivedRequest, startFaultServer } from "../client/support/fault-server.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const TOKEN = `eyJ0eXAi.${randomBytes(24).toString("base64url")}`;

function client(validate?: "both"): ApiConnectorsClient {
  return createApiConnectorsClient({
    baseUrl: server.origin,
    token: TOKEN,
    clock: recordingClock(),
    retry: false,
    ...(validate ? { validate } : {}),
  });
}

function create(password: string, targetUrl = "https://api.contoso.com/x") {
  return {
    displayName: "Loyalty",
    targetUrl,
    authenticationConfiguration: {
      "@odata.type": "#microsoft.graph.basicAuthentication" as const,
      username: "u",
      password,
    },
  };
}

async function thrown(call: Promise<unknown>): Promise<Error> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

/** Every string form an error takes in a log, its cause chain included. */
function views(error: Error): string[] {
  const forms: string[] = [];
  for (let each: unknown = error; each instanceof Error; each = each.cause)
    forms.push(each.message, String(each), each.stack ?? "", inspect(each, { depth: 20 }), JSON.stringify(each));
  return forms;
}

/** The echo forms of a secret a careless server writes back. */
function echoForms(secret: string): string[] {
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    Buffer.from(secret).toString("base64"),
    secret.toUpperCase(),
  ];
}

const RANDOM = randomBytes(64).toString("base64");
const SECRETS = [
  { name: '"p"', secret: "p" },
  { name: '"Request"', secret: "Request" },
  { name: '"error"', secret: "error" },
  { name: "one holding a quote and a backslash", secret: 'pa"ss\\word-1' },
  { name: "a 64-byte random one", secret: RANDOM },
];

/** Echoes the request body in every form into an OData error; the code stays Request_BadRequest. */
function echoing(request: ReceivedRequest) {
  const sent = JSON.parse(request.body) as { authenticationConfiguration: { password: string } };
  const password = sent.authenticationConfiguration.password;
  const forms = echoForms(password).join(" | ");
  return {
    status: 400,
    body: {
      error: {
        code: "Request_BadRequest",
        message: `Request failed: password ${forms} was rejected; error in request ${request.body}`,
        target: "authenticationConfiguration",
        details: [{ code: "InvalidValue", message: `got ${forms}` }],
        innerError: { "request-id": "req-1", date: "2025-01-01T00:00:00", password },
      },
    },
  };
}

describe.each(SECRETS)("the secret $name", ({ secret }) => {
  it("is in no string form of a GraphError; the code, target and message words stay", async () => {
    server.script(echoing);
    const error = await thrown(client().createApiConnector(create(secret)));
    expect(error).toBeInstanceOf(GraphError);
    const graph = error as GraphError;
    expect(graph.code).toBe("Request_BadRequest");
    expect(graph.target).toBe("authenticationConfiguration");
    expect(graph.odataError?.details?.[0]?.code).toBe("InvalidValue");
    // The words around the echo survive (a secret equal to a whole word may take that word).
    expect(graph.message).toContain("answered 400 Request_BadRequest: ");
    expect(graph.message).toContain(" failed: password [REDACTED] | ");
    expect(graph.message).toContain(" was rejected; ");
    expect(graph.message).toContain('"displayName":"Loyalty"');
    expect((graph.innerError as Record<string, unknown> | undefined)?.password).toBe(REDACTED);
    const forms = secret.length > 1 ? echoForms(secret) : [];
    for (const view of views(graph)) {
      expect(view).not.toContain(TOKEN);
      for (const form of forms) expect(view).not.toContain(`password ${form} `);
      if (secret.length >= 8) for (const form of forms) expect(view).not.toContain(form);
    }
    // "p" and the common words: they stand alone where echoed, never inside the words around them.
    expect(graph.message).not.toContain(`${REDACTED}equest`);
    expect(graph.message).not.toMatch(/Bad\[REDACTED\]/);
  });
});

describe("the bearer token and user-info credentials", () => {
  it("an echoed bearer token is redacted", async () => {
    server.script((request) => ({ status: 401, body: `you sent ${request.headers.authorization}` }));
    const error = await thrown(client().getApiConnector("x"));
    for (const view of views(error)) expect(view).not.toContain(TOKEN);
  });

  it("an echoed targetUrl keeps its host, not its user info", async () => {
    const url = "https://svc:Hunter2-secret@api.contoso.com/x";
    server.script((request) => ({
      status: 400,
      body: { error: { code: "BadUrl", message: `bad ${JSON.parse(request.body).targetUrl}` } },
    }));
    const error = await thrown(client().createApiConnector(create("pw-123456789", url)));
    for (const view of views(error)) {
      expect(view).not.toContain("Hunter2-secret");
      expect(view).not.toContain("svc:");
    }
    expect(error.message).toContain("https://[REDACTED]@api.contoso.com/x");
  });

  it("a ContractError (validate: both) on an answer that echoes the secret", async () => {
    const secret = RANDOM;
    server.script({
      status: 201,
      body: {
        id: "1",
        displayName: secret.slice(0, 60),
        targetUrl: `https://api.contoso.com/${secret}`,
        authenticationConfiguration: {
          "@odata.type": "#microsoft.graph.basicAuthentication",
          username: "u",
          password: secret,
        },
      },
    });
    const error = await thrown(client("both").createApiConnector(create(secret)));
    expect(error).toBeInstanceOf(ContractError);
    for (const view of views(error)) expect(view).not.toContain(secret.slice(0, 20));
    for (const issue of (error as ContractError).issues) expect(issue.message).not.toContain(secret.slice(0, 20));
  });
});

describe("the CLI and the mock hide secrets by structure too", () => {
  const USER_INFO_URL = "http://svc:Hunter2-secret@api.contoso.com/x";

  it("a case variant of a secret member (Password) is masked in code frames", async () => {
    const { checkPayload } = await import("../../src/cli/check/check-payload.js");
    const text = `{"displayName": 1, "targetUrl": "https://a.example", "authenticationConfiguration": {"@odata.type": "#microsoft.graph.basicAuthentication", "username": "u", "Password": "Hunter2-cli-secret", "password": "x"}}`;
    const findings = checkPayload(
      { text, firstLine: 1 },
      { operation: "createIdentityApiConnector", direction: "request" },
    );
    expect(findings.length).toBeGreaterThan(0);
    const shown = JSON.stringify(findings);
    expect(shown).not.toContain("Hunter2-cli-secret");
    expect(shown).toContain(REDACTED);
  });

  it("user-info credentials in targetUrl are not quoted back by the CLI", async () => {
    const { checkPayload } = await import("../../src/cli/check/check-payload.js");
    const findings = checkPayload(
      { text: JSON.stringify(create("pw-123456789", USER_INFO_URL)), firstLine: 1 },
      { operation: "createIdentityApiConnector", direction: "request" },
    );
    expect(findings.map((finding) => finding.message).join("\n")).toContain("[REDACTED]@api.contoso.com");
    expect(findings.some((finding) => finding.frame?.lines.some((line) => line.text.includes("api.contoso.com")))).toBe(
      true,
    );
    expect(JSON.stringify(findings)).not.toContain("Hunter2-secret");
  });

  it("nor by the mock's 400", async () => {
    const { startTestMock, call, CONNECTORS } = await import("../mock/support/mock-http.js");
    const mock = await startTestMock();
    try {
      const answer = await call(mock, "POST", CONNECTORS, { body: create("pw-123456789", USER_INFO_URL) });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).not.toContain("Hunter2-secret");
    } finally {
      await mock.close();
    }
  });
});
