// The words of every finding, keyword by keyword: the message is what a person acts on
// (the CLI, the mock's 400 and the client's ContractError all show it as written here).
import { describe, expect, it } from "vitest";
import {
  type ValidationResult,
  validateHeaders,
  validateQuery,
  validateRequest,
  validateResponse,
} from "../../src/validate/index.js";

const basic = { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u", password: "p" };
const create = { displayName: "x", targetUrl: "https://x.com", authenticationConfiguration: basic };
const connector = { id: "1", displayName: "x", targetUrl: "https://x.com", authenticationConfiguration: null };
const certificate = { thumbprint: "a", notAfter: 1, notBefore: 1, isActive: true };
const withCertificates = (certificateList: unknown[]) => ({
  ...connector,
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.clientCertificateAuthentication", certificateList },
});
const withAuth = (authenticationConfiguration: unknown) => ({ ...create, authenticationConfiguration });
const REQUEST_TYPES =
  '"#microsoft.graph.basicAuthentication", "microsoft.graph.basicAuthentication", "#microsoft.graph.pkcs12Certificate", "microsoft.graph.pkcs12Certificate"';

type Issue = [pointer: string, keyword: string, message: string];
const cases: { name: string; result: () => ValidationResult; want: Issue[] }[] = [
  {
    name: "a missing required property",
    result: () =>
      validateRequest("createIdentityApiConnector", { displayName: "x", authenticationConfiguration: basic }),
    want: [["/targetUrl", "required", 'required property "targetUrl" is missing']],
  },
  {
    name: "an undeclared property",
    result: () => validateRequest("createIdentityApiConnector", { ...create, extra: 1 }),
    want: [["/extra", "additionalProperties", 'property "extra" is not allowed here (not declared by the type)']],
  },
  {
    name: "a missing type tag",
    result: () => validateRequest("createIdentityApiConnector", withAuth({ username: "u", password: "p" })),
    want: [
      [
        "/authenticationConfiguration/@odata.type",
        "discriminator",
        `required property "@odata.type" is missing; expected one of ${REQUEST_TYPES}`,
      ],
    ],
  },
  {
    name: "a type tag that is no string",
    result: () => validateRequest("createIdentityApiConnector", withAuth({ ...basic, "@odata.type": 5 })),
    want: [
      ["/authenticationConfiguration/@odata.type", "discriminator", `must be a string, one of ${REQUEST_TYPES}, got 5`],
    ],
  },
  {
    name: "an unknown type tag",
    result: () => validateRequest("createIdentityApiConnector", withAuth({ ...basic, "@odata.type": "#foo" })),
    want: [
      ["/authenticationConfiguration/@odata.type", "discriminator", `must be one of ${REQUEST_TYPES}, got "#foo"`],
    ],
  },
  {
    name: "a type tag in the wrong letter case",
    result: () =>
      validateRequest(
        "createIdentityApiConnector",
        withAuth({ ...basic, "@odata.type": "#microsoft.graph.basicauthentication" }),
      ),
    want: [
      [
        "/authenticationConfiguration/@odata.type",
        "discriminator",
        `must be one of ${REQUEST_TYPES}, got "#microsoft.graph.basicauthentication" (type names are case-sensitive: did you mean "#microsoft.graph.basicAuthentication"?)`,
      ],
    ],
  },
  {
    name: "the abstract base type as a tag",
    result: () =>
      validateRequest(
        "createIdentityApiConnector",
        withAuth({ "@odata.type": "#microsoft.graph.apiAuthenticationConfigurationBase" }),
      ),
    want: [
      [
        "/authenticationConfiguration/@odata.type",
        "discriminator",
        `must be one of ${REQUEST_TYPES}, got "#microsoft.graph.apiAuthenticationConfigurationBase" (the abstract base type is never a valid value; name a concrete type)`,
      ],
    ],
  },
  {
    name: "the response type sent in a request",
    result: () =>
      validateRequest(
        "createIdentityApiConnector",
        withAuth({ "@odata.type": "#microsoft.graph.clientCertificateAuthentication" }),
      ),
    want: [
      [
        "/authenticationConfiguration/@odata.type",
        "discriminator",
        `must be one of ${REQUEST_TYPES}, got "#microsoft.graph.clientCertificateAuthentication" (Graph returns clientCertificateAuthentication; to send a certificate use pkcs12Certificate)`,
      ],
    ],
  },
  {
    name: "the request type in a response",
    result: () =>
      validateResponse("getIdentityApiConnector", 200, {
        ...connector,
        authenticationConfiguration: { "@odata.type": "#microsoft.graph.pkcs12Certificate" },
      }),
    want: [
      [
        "/authenticationConfiguration/@odata.type",
        "discriminator",
        'must be one of "#microsoft.graph.basicAuthentication", "#microsoft.graph.clientCertificateAuthentication", got "#microsoft.graph.pkcs12Certificate" (Graph never returns a pkcs12Certificate; responses carry clientCertificateAuthentication)',
      ],
    ],
  },
  {
    name: "an internal type name of the early docs",
    result: () => validateRequest("createIdentityApiConnector", withAuth({ "@odata.type": "Microsoft.Cpim.Foo" })),
    want: [
      [
        "/authenticationConfiguration/@odata.type",
        "discriminator",
        `must be one of ${REQUEST_TYPES}, got "Microsoft.Cpim.Foo" (Microsoft.Cpim.* is an internal type name from the early docs stub)`,
      ],
    ],
  },
  {
    name: "a const",
    result: () => validateResponse("getB2xUserFlowApiConnectorConfiguration", 200, { "@odata.type": "#x" }),
    want: [["/@odata.type", "const", 'must be "#microsoft.graph.userFlowApiConnectorConfiguration", got "#x"']],
  },
  {
    name: "an enum",
    result: () => validateRequest("updateIdentityApiConnector", { "@odata.type": "#x" }),
    want: [
      [
        "/@odata.type",
        "enum",
        'must be one of "#microsoft.graph.identityApiConnector", "microsoft.graph.identityApiConnector", got "#x"',
      ],
    ],
  },
  {
    name: "an empty string",
    result: () => validateRequest("createIdentityApiConnector", { ...create, displayName: "" }),
    want: [["/displayName", "minLength", "must not be empty"]],
  },
  {
    name: "a string too short",
    result: () =>
      validateRequest(
        "createIdentityApiConnector",
        withAuth({ "@odata.type": "#microsoft.graph.pkcs12Certificate", pkcs12Value: "MI", password: "x" }),
      ),
    want: [
      ["/authenticationConfiguration/pkcs12Value", "minLength", "must be at least 4 characters long"],
      ["/authenticationConfiguration/pkcs12Value", "pattern", "must be base64 (RFC 4648, with padding)"],
    ],
  },
  {
    name: "a string too long",
    result: () => validateRequest("createIdentityApiConnector", { ...create, displayName: "x".repeat(300) }),
    want: [["/displayName", "maxLength", "must be at most 256 characters long"]],
  },
  {
    name: "a pattern with words for it, quoting the value without its user info",
    result: () => validateRequest("createIdentityApiConnector", { ...create, targetUrl: "http://user:pw@x.com" }),
    want: [
      [
        "/targetUrl",
        "pattern",
        'must be an absolute https:// URL (no user info, no spaces), got "http://[REDACTED]@x.com"',
      ],
    ],
  },
  {
    name: "a value too long to quote (over 120 characters)",
    result: () => validateRequest("createIdentityApiConnector", { ...create, targetUrl: `http://${"x".repeat(114)}` }),
    want: [["/targetUrl", "pattern", "must be an absolute https:// URL (no user info, no spaces)"]],
  },
  {
    name: "a value just short enough to quote (120 characters)",
    result: () => validateRequest("createIdentityApiConnector", { ...create, targetUrl: `http://${"x".repeat(113)}` }),
    want: [
      [
        "/targetUrl",
        "pattern",
        `must be an absolute https:// URL (no user info, no spaces), got "http://${"x".repeat(113)}"`,
      ],
    ],
  },
  {
    name: "a secret is never quoted",
    result: () =>
      validateResponse("getIdentityApiConnector", 200, {
        ...connector,
        authenticationConfiguration: { ...basic, password: "x" },
      }),
    want: [
      [
        "/authenticationConfiguration/password",
        "pattern",
        'must be a mask of asterisks such as "******" (Graph never returns the password)',
      ],
    ],
  },
  {
    name: "a type, naming what was given",
    result: () => validateRequest("createIdentityApiConnector", { ...create, displayName: 5 }),
    want: [["/displayName", "type", "must be string, got integer"]],
  },
  {
    name: "a type given a fraction, an array, an object, a boolean, null",
    result: () =>
      validateResponse("listIdentityApiConnectors", 200, {
        value: [
          { ...connector, displayName: [] },
          { ...connector, displayName: {} },
          { ...connector, displayName: true },
        ],
        "@odata.count": 1.5,
      }),
    want: [
      ["/@odata.count", "type", "must be integer, got number"],
      ["/value/0/displayName", "type", "must be string or null, got array"],
      ["/value/1/displayName", "type", "must be string or null, got object"],
      ["/value/2/displayName", "type", "must be string or null, got boolean"],
    ],
  },
  {
    // ajv also reports the const the number cannot equal: a consequence of the type, not news.
    name: "a type where a const is wanted, reported once",
    result: () => validateResponse("getB2xUserFlowApiConnectorConfiguration", 200, { "@odata.type": 5 }),
    want: [["/@odata.type", "type", "must be string, got integer"]],
  },
  {
    name: "null where a string is needed",
    result: () => validateRequest("createIdentityApiConnector", withAuth({ ...basic, username: null })),
    want: [["/authenticationConfiguration/username", "type", "must be string, got null"]],
  },
  {
    name: "a minimum",
    result: () => validateResponse("listIdentityApiConnectors", 200, { value: [], "@odata.count": -1 }),
    want: [["/@odata.count", "minimum", "must be at least 0, got -1"]],
  },
  {
    name: "a maximum",
    result: () => validateQuery("listIdentityApiConnectors", "$top=1000"),
    want: [["/$top", "maximum", "must be at most 999, got 1000"]],
  },
  {
    name: "too many items",
    result: () =>
      validateResponse(
        "getIdentityApiConnector",
        200,
        withCertificates(Array.from({ length: 101 }, () => certificate)),
      ),
    want: [["/authenticationConfiguration/certificateList", "maxItems", "must have at most 100 items"]],
  },
  {
    name: "an item named twice",
    result: () => validateQuery("listIdentityApiConnectors", "$select=id,id"),
    want: [["/$select", "uniqueItems", "must not name the same item twice"]],
  },
  {
    name: "an empty update",
    result: () => validateRequest("updateIdentityApiConnector", {}),
    want: [["", "minProperties", "must have at least 1 property"]],
  },
  {
    name: "a format",
    result: () => validateHeaders("listIdentityApiConnectors", [["client-request-id", "nope"]]),
    want: [["/client-request-id", "format", "must be a valid uuid"]],
  },
  // A nullable property is oneOf [{…}, {type: null}]: ajv's "must be null" and "must match
  // exactly one" are noise, dropped when a finding inside the first branch remains.
  {
    name: "a nullable property with a finding inside it",
    result: () =>
      validateResponse("getIdentityApiConnector", 200, {
        ...connector,
        authenticationConfiguration: { ...basic, username: 5, password: 6 },
      }),
    want: [
      ["/authenticationConfiguration/username", "type", "must be string or null, got integer"],
      ["/authenticationConfiguration/password", "type", "must be string or null, got integer"],
    ],
  },
  {
    name: "a nullable property of the wrong type, beside another nullable one that fails its pattern",
    result: () =>
      validateResponse("getIdentityApiConnector", 200, {
        ...connector,
        authenticationConfiguration: 5,
        targetUrl: "http://x",
      }),
    want: [
      ["/targetUrl", "pattern", 'must be an https:// URL (no spaces), got "http://x"'],
      ["/authenticationConfiguration", "type", "must be object, got integer"],
    ],
  },
  {
    name: "a nullable string of the wrong type",
    result: () => validateResponse("getIdentityApiConnector", 200, { ...connector, targetUrl: 5 }),
    want: [["/targetUrl", "type", "must be string, got integer"]],
  },
  {
    name: "a nullable property whose type tag is no string",
    result: () =>
      validateResponse("getIdentityApiConnector", 200, {
        ...connector,
        authenticationConfiguration: { "@odata.type": 7 },
      }),
    want: [
      [
        "/authenticationConfiguration/@odata.type",
        "discriminator",
        'must be a string, one of "#microsoft.graph.basicAuthentication", "#microsoft.graph.clientCertificateAuthentication", got 7',
      ],
    ],
  },
  {
    name: "a nullable property missing a property, beside a finding inside it",
    result: () =>
      validateResponse("getB2xUserFlowApiConnectorConfiguration", 200, { postFederationSignup: { displayName: 5 } }),
    want: [
      ["/postFederationSignup/id", "required", 'required property "id" is missing'],
      ["/postFederationSignup/displayName", "type", "must be string or null, got integer"],
    ],
  },
  {
    name: "type tags that are true, null, an object, an array",
    result: () =>
      validateResponse("listIdentityApiConnectors", 200, {
        value: [true, null, {}, []].map((tag) => ({
          ...connector,
          authenticationConfiguration: { "@odata.type": tag },
        })),
      }),
    want: ["got true", "got null", "got object", "got array"].map((got, index) => [
      `/value/${index}/authenticationConfiguration/@odata.type`,
      "discriminator",
      `must be a string, one of "#microsoft.graph.basicAuthentication", "#microsoft.graph.clientCertificateAuthentication", ${got}`,
    ]),
  },
  {
    name: "a body where the operation takes none",
    result: () => validateRequest("deleteIdentityApiConnector", {}),
    want: [["", "body", "deleteIdentityApiConnector takes no request body"]],
  },
  {
    name: "no body where one is required",
    result: () => validateRequest("createIdentityApiConnector", undefined),
    want: [["", "body", "createIdentityApiConnector requires a JSON request body"]],
  },
  {
    name: "an undocumented status",
    result: () => validateResponse("deleteIdentityApiConnector", 299, undefined),
    want: [
      [
        "",
        "status",
        "status 299 is not a documented response of deleteIdentityApiConnector (documented: 204, 400, 401, 403, 404, 409, 429, 500, 503, 504, 4XX, 5XX)",
      ],
    ],
  },
  {
    name: "a body on a response without content",
    result: () => validateResponse("deleteIdentityApiConnector", 204, {}),
    want: [["", "body", "a 204 response of deleteIdentityApiConnector has no content, but a body was given"]],
  },
  {
    name: "no body on a response with content",
    result: () => validateResponse("getIdentityApiConnector", 200, undefined),
    want: [["", "body", "a 200 response of getIdentityApiConnector has a JSON body, but none was given"]],
  },
  {
    name: "no body on a response without content is right",
    result: () => validateResponse("deleteIdentityApiConnector", 204, undefined),
    want: [],
  },
];

describe("finding messages", () => {
  it.each(cases)("$name", ({ result, want }) => {
    const { valid, issues } = result();
    expect(issues.map(({ pointer, keyword, message }) => [pointer, keyword, message])).toEqual(want);
    expect(valid).toBe(want.length === 0);
  });
});
