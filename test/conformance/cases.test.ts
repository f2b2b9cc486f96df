// The contract, case by case: valid and invalid payloads for each operation and direction,
// each with exactly the findings (pointer and keyword) it must produce. Every case is also
// checked against every build of the validator, and no message may quote a secret.
import { describe, expect, it } from "vitest";
import { validateRequest, validateResponse } from "../../src/validate/index.js";
import { findOperation, responseFor } from "../../src/validate/operations.js";
import { verdicts } from "../support/validators.js";

const PASSWORD = "S3cr3t-Passw0rd!";
const PFX_PASSWORD = "pfx-Passw0rd";
const PFX = "MIIJWQIBAzCCCR8GCSqGSIb3DQEHAaCCCRAEggkMMIIJCDCCA78GCSqGSIb3DQEHBqCCA7Aw";
const SECRETS = [PASSWORD, PFX_PASSWORD, PFX];

const basic = { "@odata.type": "#microsoft.graph.basicAuthentication", username: "MyUsername", password: PASSWORD };
const pkcs12 = { "@odata.type": "#microsoft.graph.pkcs12Certificate", pkcs12Value: PFX, password: PFX_PASSWORD };
const createBody = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: basic,
};
const maskedBasic = {
  "@odata.type": "#microsoft.graph.basicAuthentication",
  username: "MyUsername",
  password: "******",
};
const certificate = {
  thumbprint: "0EB255CC895477798BA418B378255204304897AD",
  notAfter: 1666350522,
  notBefore: 1508670522,
  isActive: true,
};
const clientCertificate = {
  "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
  certificateList: [certificate],
};
const connector = {
  id: "45715bb8-13f9-4bf6-927f-ef96c102d394",
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: maskedBasic,
};
const odataError = {
  error: {
    code: "TooManyRequests",
    message: "Too many requests.",
    innerError: { date: "2021-11-30T12:17:46", "request-id": "r", "client-request-id": "c" },
  },
};

type Finding = [pointer: string, keyword: string];
interface Case {
  name: string;
  operation: string;
  /** "request", or the response status. */
  given: { direction: "request" } | { direction: "response"; status: number | string };
  body: unknown;
  /** The request's $select, for a response (validateResponse's `select` option). */
  select?: string;
  want: "valid" | Finding[];
}

const create = "createIdentityApiConnector";
const request = { direction: "request" } as const;
const status = (code: number | string) => ({ direction: "response", status: code }) as const;
const withAuth = (auth: unknown) => ({ ...createBody, authenticationConfiguration: auth });
const without = <T extends object>(object: T, key: string) =>
  Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

const cases: Case[] = [
  // create, request: valid
  { name: "basic authentication", operation: create, given: request, body: createBody, want: "valid" },
  { name: "pkcs12 certificate", operation: create, given: request, body: withAuth(pkcs12), want: "valid" },
  {
    name: 'pkcs12 certificate with password ""',
    operation: create,
    given: request,
    body: withAuth({ ...pkcs12, password: "" }),
    want: "valid",
  },
  {
    name: "#-less basicAuthentication tag (Graph accepts it on input)",
    operation: create,
    given: request,
    body: withAuth({ ...basic, "@odata.type": "microsoft.graph.basicAuthentication" }),
    want: "valid",
  },
  {
    name: "#-less pkcs12Certificate tag",
    operation: create,
    given: request,
    body: withAuth({ ...pkcs12, "@odata.type": "microsoft.graph.pkcs12Certificate" }),
    want: "valid",
  },
  {
    name: "the connector's own @odata.type",
    operation: create,
    given: request,
    body: { "@odata.type": "#microsoft.graph.identityApiConnector", ...createBody },
    want: "valid",
  },
  {
    name: '"METHOD /path" names the operation',
    operation: "post /identity/apiconnectors",
    given: request,
    body: createBody,
    want: "valid",
  },
  // create, request: missing members
  {
    name: "missing displayName",
    operation: create,
    given: request,
    body: without(createBody, "displayName"),
    want: [["/displayName", "required"]],
  },
  {
    name: "missing targetUrl",
    operation: create,
    given: request,
    body: without(createBody, "targetUrl"),
    want: [["/targetUrl", "required"]],
  },
  {
    name: "missing authenticationConfiguration",
    operation: create,
    given: request,
    body: without(createBody, "authenticationConfiguration"),
    want: [["/authenticationConfiguration", "required"]],
  },
  {
    name: "all three required members missing",
    operation: create,
    given: request,
    body: {},
    want: [
      ["/displayName", "required"],
      ["/targetUrl", "required"],
      ["/authenticationConfiguration", "required"],
    ],
  },
  {
    name: "basic without username",
    operation: create,
    given: request,
    body: withAuth(without(basic, "username")),
    want: [["/authenticationConfiguration/username", "required"]],
  },
  {
    name: "basic without password",
    operation: create,
    given: request,
    body: withAuth(without(basic, "password")),
    want: [["/authenticationConfiguration/password", "required"]],
  },
  {
    name: "pkcs12 without pkcs12Value",
    operation: create,
    given: request,
    body: withAuth(without(pkcs12, "pkcs12Value")),
    want: [["/authenticationConfiguration/pkcs12Value", "required"]],
  },
  {
    name: "pkcs12 without password",
    operation: create,
    given: request,
    body: withAuth(without(pkcs12, "password")),
    want: [["/authenticationConfiguration/password", "required"]],
  },
  {
    name: "authenticationConfiguration without @odata.type",
    operation: create,
    given: request,
    body: withAuth(without(basic, "@odata.type")),
    want: [["/authenticationConfiguration/@odata.type", "discriminator"]],
  },
  // create, request: wrong types and values
  {
    name: "displayName is a number",
    operation: create,
    given: request,
    body: { ...createBody, displayName: 42 },
    want: [["/displayName", "type"]],
  },
  {
    name: "displayName is empty",
    operation: create,
    given: request,
    body: { ...createBody, displayName: "" },
    want: [["/displayName", "minLength"]],
  },
  {
    name: "displayName is null",
    operation: create,
    given: request,
    body: { ...createBody, displayName: null },
    want: [["/displayName", "type"]],
  },
  // Lengths count UTF-16 code units (scripts/lib/validators.ts): 200 emoji are 400 units.
  {
    name: "displayName of 200 astral-plane characters",
    operation: create,
    given: request,
    body: { ...createBody, displayName: "\u{1F600}".repeat(200) },
    want: [["/displayName", "maxLength"]],
  },
  {
    name: "displayName of 256 BMP characters",
    operation: create,
    given: request,
    body: { ...createBody, displayName: "é".repeat(256) },
    want: "valid",
  },
  {
    name: "targetUrl over http",
    operation: create,
    given: request,
    body: { ...createBody, targetUrl: "http://someapi.com/api" },
    want: [["/targetUrl", "pattern"]],
  },
  {
    name: "targetUrl with user info",
    operation: create,
    given: request,
    body: { ...createBody, targetUrl: "https://user:pw@someapi.com/api" },
    want: [["/targetUrl", "pattern"]],
  },
  {
    name: "targetUrl longer than 2048",
    operation: create,
    given: request,
    body: { ...createBody, targetUrl: `https://someapi.com/${"a".repeat(2040)}` },
    want: [["/targetUrl", "maxLength"]],
  },
  {
    name: "authenticationConfiguration is a string",
    operation: create,
    given: request,
    body: withAuth("basic"),
    want: [["/authenticationConfiguration", "type"]],
  },
  {
    name: "unknown authentication type",
    operation: create,
    given: request,
    body: withAuth({ ...basic, "@odata.type": "#microsoft.graph.oauth2ClientCredentials" }),
    want: [["/authenticationConfiguration/@odata.type", "discriminator"]],
  },
  {
    name: "wrong-case authentication type",
    operation: create,
    given: request,
    body: withAuth({ ...basic, "@odata.type": "#microsoft.graph.BasicAuthentication" }),
    want: [["/authenticationConfiguration/@odata.type", "discriminator"]],
  },
  {
    name: "the abstract base type",
    operation: create,
    given: request,
    body: withAuth({ "@odata.type": "#microsoft.graph.apiAuthenticationConfigurationBase" }),
    want: [["/authenticationConfiguration/@odata.type", "discriminator"]],
  },
  {
    name: "clientCertificateAuthentication in a request",
    operation: create,
    given: request,
    body: withAuth(clientCertificate),
    want: [["/authenticationConfiguration/@odata.type", "discriminator"]],
  },
  {
    name: "the internal Cpim connector type",
    operation: create,
    given: request,
    body: { "@odata.type": "#Microsoft.Cpim.Api.DataModels.identityApiConnector", ...createBody },
    want: [["/@odata.type", "enum"]],
  },
  {
    name: "a client-sent id",
    operation: create,
    given: request,
    body: { id: "45715bb8-13f9-4bf6-927f-ef96c102d394", ...createBody },
    want: [["/id", "additionalProperties"]],
  },
  {
    name: "an undeclared property",
    operation: create,
    given: request,
    body: { ...createBody, description: "x" },
    want: [["/description", "additionalProperties"]],
  },
  {
    name: "an undeclared property inside basic authentication",
    operation: create,
    given: request,
    body: withAuth({ ...basic, domain: "contoso" }),
    want: [["/authenticationConfiguration/domain", "additionalProperties"]],
  },
  {
    name: "basic properties sent with a pkcs12 tag",
    operation: create,
    given: request,
    body: withAuth({ ...basic, "@odata.type": "#microsoft.graph.pkcs12Certificate" }),
    want: [
      ["/authenticationConfiguration/pkcs12Value", "required"],
      ["/authenticationConfiguration/username", "additionalProperties"],
    ],
  },
  {
    name: "pkcs12Value that is not base64",
    operation: create,
    given: request,
    body: withAuth({ ...pkcs12, pkcs12Value: "not base64!" }),
    want: [["/authenticationConfiguration/pkcs12Value", "pattern"]],
  },
  {
    name: "pkcs12Value elided with ... as in the docs",
    operation: create,
    given: request,
    body: withAuth({
      ...pkcs12,
      pkcs12Value: "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ...kDJ04sJShkkgjL9Bm49plA",
    }),
    want: [["/authenticationConfiguration/pkcs12Value", "pattern"]],
  },
  {
    name: "password longer than 256",
    operation: create,
    given: request,
    body: withAuth({ ...basic, password: "p".repeat(257) }),
    want: [["/authenticationConfiguration/password", "maxLength"]],
  },
  {
    name: "a JSON array instead of an object",
    operation: create,
    given: request,
    body: [createBody],
    want: [["", "type"]],
  },
  { name: "null instead of an object", operation: create, given: request, body: null, want: [["", "type"]] },
  { name: "no body at all", operation: create, given: request, body: undefined, want: [["", "body"]] },
  // create, response 201
  { name: "masked basic password", operation: create, given: status(201), body: connector, want: "valid" },
  {
    name: "basic password absent",
    operation: create,
    given: status(201),
    body: { ...connector, authenticationConfiguration: without(maskedBasic, "password") },
    want: "valid",
  },
  {
    name: "basic password null",
    operation: create,
    given: status(201),
    body: { ...connector, authenticationConfiguration: { ...maskedBasic, password: null } },
    want: "valid",
  },
  {
    name: "client certificate information",
    operation: create,
    given: status(201),
    body: { ...connector, authenticationConfiguration: clientCertificate },
    want: "valid",
  },
  {
    name: "authenticationConfiguration null",
    operation: create,
    given: status(201),
    body: { ...connector, authenticationConfiguration: null },
    want: "valid",
  },
  {
    name: "undeclared members are tolerated",
    operation: create,
    given: status(201),
    body: {
      ...connector,
      createdDateTime: "2026-11-28T00:00:00Z",
      authenticationConfiguration: { ...clientCertificate, certificateList: [{ ...certificate, subject: "CN=x" }] },
    },
    want: "valid",
  },
  {
    name: "an unmasked password",
    operation: create,
    given: status(201),
    body: { ...connector, authenticationConfiguration: { ...maskedBasic, password: PASSWORD } },
    want: [["/authenticationConfiguration/password", "pattern"]],
  },
  {
    name: "a pkcs12Certificate",
    operation: create,
    given: status(201),
    body: { ...connector, authenticationConfiguration: pkcs12 },
    want: [["/authenticationConfiguration/@odata.type", "discriminator"]],
  },
  {
    name: "a #-less type tag",
    operation: create,
    given: status(201),
    body: {
      ...connector,
      authenticationConfiguration: { ...maskedBasic, "@odata.type": "microsoft.graph.basicAuthentication" },
    },
    want: [["/authenticationConfiguration/@odata.type", "discriminator"]],
  },
  { name: "no id", operation: create, given: status(201), body: without(connector, "id"), want: [["/id", "required"]] },
  {
    name: "a placeholder targetUrl",
    operation: create,
    given: status(201),
    body: { ...connector, targetUrl: "String" },
    want: [["/targetUrl", "pattern"]],
  },
  {
    name: "notAfter as a date string",
    operation: create,
    given: status(201),
    body: {
      ...connector,
      authenticationConfiguration: {
        ...clientCertificate,
        certificateList: [{ ...certificate, notAfter: "2022-10-21T11:08:42Z" }],
      },
    },
    want: [["/authenticationConfiguration/certificateList/0/notAfter", "type"]],
  },
  {
    name: "notBefore with a fraction",
    operation: create,
    given: status(201),
    body: {
      ...connector,
      authenticationConfiguration: {
        ...clientCertificate,
        certificateList: [{ ...certificate, notBefore: 1508670522.5 }],
      },
    },
    want: [["/authenticationConfiguration/certificateList/0/notBefore", "type"]],
  },
  {
    name: "no certificateList",
    operation: create,
    given: status(201),
    body: { ...connector, authenticationConfiguration: without(clientCertificate, "certificateList") },
    want: [["/authenticationConfiguration/certificateList", "required"]],
  },
  {
    name: "a status the operation does not document",
    operation: create,
    given: status(200),
    body: connector,
    want: [["", "status"]],
  },
  // errors
  {
    name: "429 envelope with an offset-less date",
    operation: create,
    given: status(429),
    body: odataError,
    want: "valid",
  },
  {
    name: "an undocumented 4XX status falls back to the 4XX envelope",
    operation: create,
    given: status(418),
    body: odataError,
    want: "valid",
  },
  {
    name: "503 envelope without innerError",
    operation: create,
    given: status(503),
    body: { error: { code: "serviceNotAvailable", message: "Try later." } },
    want: "valid",
  },
  {
    name: "an error without a message",
    operation: create,
    given: status(400),
    body: { error: { code: "Request_BadRequest" } },
    want: [["/error/message", "required"]],
  },
  {
    name: "an error that is not an envelope",
    operation: create,
    given: status(500),
    body: { message: "boom" },
    want: [["/error", "required"]],
  },
  // the rest of the family
  {
    name: "update: #-less basic tag",
    operation: "updateIdentityApiConnector",
    given: request,
    body: { authenticationConfiguration: { ...basic, "@odata.type": "microsoft.graph.basicAuthentication" } },
    want: "valid",
  },
  {
    name: "update: only a new name",
    operation: "updateIdentityApiConnector",
    given: request,
    body: { displayName: "New Test API" },
    want: "valid",
  },
  {
    name: "update: an empty body",
    operation: "updateIdentityApiConnector",
    given: request,
    body: {},
    want: [["", "minProperties"]],
  },
  {
    name: "update: a client-sent id",
    operation: "updateIdentityApiConnector",
    given: request,
    body: { id: "x", displayName: "y" },
    want: [["/id", "additionalProperties"]],
  },
  {
    name: "update: 204 has no body",
    operation: "updateIdentityApiConnector",
    given: status(204),
    body: undefined,
    want: "valid",
  },
  {
    name: "update: a body on a 204",
    operation: "PATCH /identity/apiConnectors/abc",
    given: status(204),
    body: connector,
    want: [["", "body"]],
  },
  {
    name: "delete: 204 without a body",
    operation: "deleteIdentityApiConnector",
    given: status(204),
    body: undefined,
    want: "valid",
  },
  {
    name: "delete: a request body",
    operation: "deleteIdentityApiConnector",
    given: request,
    body: {},
    want: [["", "body"]],
  },
  {
    name: "get: the connector",
    operation: "getIdentityApiConnector",
    given: status(200),
    body: connector,
    want: "valid",
  },
  {
    name: "list: a page with a nextLink and a count",
    operation: "listIdentityApiConnectors",
    given: status(200),
    body: {
      "@odata.nextLink": "https://graph.microsoft.com/v1.0/identity/apiConnectors?$skiptoken=x",
      "@odata.count": 2,
      value: [connector, { ...connector, authenticationConfiguration: clientCertificate }],
    },
    want: "valid",
  },
  {
    name: "list: no value",
    operation: "listIdentityApiConnectors",
    given: status(200),
    body: { "@odata.context": "x" },
    want: [["/value", "required"]],
  },
  {
    name: "list: an item without id",
    operation: "listIdentityApiConnectors",
    given: status(200),
    body: { value: [without(connector, "id")] },
    want: [["/value/0/id", "required"]],
  },
  {
    name: "upload: the PFX and its password",
    operation: "uploadIdentityApiConnectorClientCertificate",
    given: request,
    body: { pkcs12Value: PFX, password: "" },
    want: "valid",
  },
  {
    name: "upload: no password",
    operation: "uploadIdentityApiConnectorClientCertificate",
    given: request,
    body: { pkcs12Value: PFX },
    want: [["/password", "required"]],
  },
  {
    name: "upload: an @odata.type on action parameters",
    operation: "uploadIdentityApiConnectorClientCertificate",
    given: request,
    body: { "@odata.type": "#microsoft.graph.pkcs12Certificate", pkcs12Value: PFX, password: "" },
    want: [["/@odata.type", "additionalProperties"]],
  },
  {
    name: "upload: response with certificates",
    operation: "POST /identity/apiconnectors/abc/microsoft.graph.uploadClientCertificate",
    given: status(200),
    body: { ...connector, authenticationConfiguration: clientCertificate },
    want: "valid",
  },
  {
    name: "upload: response with basic authentication",
    operation: "uploadIdentityApiConnectorClientCertificate",
    given: status(200),
    body: connector,
    want: [
      ["/authenticationConfiguration/certificateList", "required"],
      ["/authenticationConfiguration/@odata.type", "const"],
    ],
  },
  // the connector's own @odata.type: requests accept it with or without "#" (Graph's OData reader does)
  {
    name: "the connector's @odata.type without #",
    operation: create,
    given: request,
    body: { "@odata.type": "microsoft.graph.identityApiConnector", ...createBody },
    want: "valid",
  },
  {
    name: "update: the connector's @odata.type without #",
    operation: "updateIdentityApiConnector",
    given: request,
    body: { "@odata.type": "microsoft.graph.identityApiConnector", displayName: "x" },
    want: "valid",
  },
  {
    name: "response: the connector's @odata.type is always written with #",
    operation: "getIdentityApiConnector",
    given: status(200),
    body: { ...connector, "@odata.type": "microsoft.graph.identityApiConnector" },
    want: [["/@odata.type", "const"]],
  },
  // targetUrl: an https URL as RFC 3986 / RFC 3987 write it
  ...[
    "HTTPS://someapi.com/api",
    "Https://someapi.com",
    "https://[2001:db8::1]:8443/validate",
    "https://[::ffff:192.0.2.1]/x",
    "https://bücher.example/api",
    "https://xn--bcher-kva.example/api",
    "https://192.0.2.10:443/api?x=1#y",
    "https://some_api.example/~user",
  ].map(
    (targetUrl): Case => ({
      name: `targetUrl ${targetUrl}`,
      operation: create,
      given: request,
      body: { ...createBody, targetUrl },
      want: "valid",
    }),
  ),
  ...[
    "https://",
    "https:///path",
    "https://[2001:db8::1",
    "https://a b.example",
    "https://x.example:99999",
    "ftp://x.example",
  ].map(
    (targetUrl): Case => ({
      name: `targetUrl ${targetUrl} is not an https URL`,
      operation: create,
      given: request,
      body: { ...createBody, targetUrl },
      want: [["/targetUrl", "pattern"]],
    }),
  ),
  {
    name: "response: a targetUrl Graph may hold is tolerated (user info, any host spelling)",
    operation: "getIdentityApiConnector",
    given: status(200),
    body: { ...connector, targetUrl: "HTTPS://user@[2001:db8::1]:8443/x" },
    want: "valid",
  },
  {
    name: "response: a targetUrl that is not https is still reported",
    operation: "getIdentityApiConnector",
    given: status(200),
    body: { ...connector, targetUrl: "http://someapi.com/api" },
    want: [["/targetUrl", "pattern"]],
  },
  // uploadClientCertificate: the CSDL's parameters are Unicode="false" (ASCII only)
  {
    name: "upload: a non-ASCII password",
    operation: "uploadIdentityApiConnectorClientCertificate",
    given: request,
    body: { pkcs12Value: PFX, password: "pässwort" },
    want: [["/password", "pattern"]],
  },
  {
    name: "upload: line-wrapped base64 (openssl base64 without -A) is not accepted",
    operation: "uploadIdentityApiConnectorClientCertificate",
    given: request,
    body: { pkcs12Value: `${PFX.slice(0, 64)}\n${PFX.slice(64)}`, password: "" },
    want: [["/pkcs12Value", "pattern"]],
  },
  // responses to a $select request: what was selected, and only that
  {
    name: "$select=displayName: a body without id",
    operation: "getIdentityApiConnector",
    given: status(200),
    select: "displayName",
    body: {
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors(displayName)/$entity",
      displayName: "Test API",
    },
    want: "valid",
  },
  {
    name: "$select=displayName: a body with id (Graph may add it)",
    operation: "getIdentityApiConnector",
    given: status(200),
    select: "displayName",
    body: { id: connector.id, displayName: "Test API" },
    want: "valid",
  },
  {
    name: "$select=displayName: a member that was not selected",
    operation: "getIdentityApiConnector",
    given: status(200),
    select: "displayName",
    body: { displayName: "Test API", targetUrl: "https://someapi.com/api" },
    want: [["/targetUrl", "select"]],
  },
  {
    name: "$select=displayName,targetUrl on a list: each entity, and what is selected is still checked",
    operation: "listIdentityApiConnectors",
    given: status(200),
    select: "displayName,targetUrl",
    body: {
      value: [
        { displayName: "A", targetUrl: "https://a.example" },
        { displayName: "B", targetUrl: "http://b.example" },
      ],
    },
    want: [["/value/1/targetUrl", "pattern"]],
  },
  {
    name: "without $select, id is still required",
    operation: "getIdentityApiConnector",
    given: status(200),
    body: { displayName: "Test API" },
    want: [["/id", "required"]],
  },
  {
    name: "$select=id: an error response is checked as usual",
    operation: "getIdentityApiConnector",
    given: status(404),
    select: "id",
    body: odataError,
    want: "valid",
  },
];

function run({ operation, given, body, select }: Case) {
  return given.direction === "request"
    ? validateRequest(operation, body)
    : validateResponse(operation, given.status, body, select === undefined ? {} : { select });
}

describe("contract cases", () => {
  it("the table is large enough to mean something", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.want === "valid").length).toBeGreaterThanOrEqual(10);
  });

  it.each(
    cases.map(
      (c) => [`${c.operation} ${c.given.direction === "request" ? "request" : c.given.status}: ${c.name}`, c] as const,
    ),
  )("%s", (_name, testCase) => {
    const result = run(testCase);
    const found = result.issues.map((issue): Finding => [issue.pointer, issue.keyword]);
    expect(found).toEqual(testCase.want === "valid" ? [] : testCase.want);
    expect(result.valid).toBe(testCase.want === "valid");
    for (const issue of result.issues) for (const secret of SECRETS) expect(issue.message).not.toContain(secret);
  });

  it.each(
    cases
      .filter((c) => c.body !== undefined && c.select === undefined && !c.want.toString().includes("status"))
      .map((c) => [c.name, c] as const),
  )("every validator build agrees: %s", (_name, testCase) => {
    const op = findOperation(testCase.operation)!;
    const schema =
      testCase.given.direction === "request" ? op.request?.schema : responseFor(op, testCase.given.status)?.schema;
    if (!schema) return expect(run(testCase).valid).toBe(false); // no schema: the body/status check decides
    const valid = testCase.want === "valid";
    expect(verdicts(schema, testCase.body)).toEqual({ firstError: valid, allErrors: valid, runtimeCompiled: valid });
  });
});
