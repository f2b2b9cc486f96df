// Issue 10, item 4: the validators never throw on data. Each hostile value (multi-megabyte
// strings where a pattern applies, a million-element array, nesting far deeper than any stack
// of recursive calls could hold) gets a result with issues, for every operation, request and
// response. validateRequest raised RangeError for a 4.5 M-character pkcs12Value (the base64
// pattern ran after maxLength had failed).
import { describe, expect, it } from "vitest";
import { validateRequest, validateResponse } from "../../src/validate/index.js";

const HUGE = 5_000_000;
const url = "https://api.contoso.com/x";

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = {};
  for (let level = 0; level < depth; level++) value = wrap(value);
  return value;
}

const pkcs12 = (pkcs12Value: string) => ({
  "@odata.type": "#microsoft.graph.pkcs12Certificate",
  pkcs12Value,
  password: "p",
});

const HOSTILE: Array<{ name: string; value: unknown }> = [
  {
    name: "a 5 M-character pkcs12Value that is not base64",
    value: { displayName: "x", targetUrl: url, authenticationConfiguration: pkcs12(`${"A".repeat(HUGE)}!`) },
  },
  {
    name: "a 5 M-character base64 pkcs12Value",
    value: { displayName: "x", targetUrl: url, authenticationConfiguration: pkcs12("QUJD".repeat(HUGE / 4)) },
  },
  { name: "a 5 M-character displayName", value: { displayName: "x".repeat(HUGE), targetUrl: url } },
  { name: "a 5 M-character targetUrl", value: { displayName: "x", targetUrl: `https://${"a".repeat(HUGE)}` } },
  {
    name: "a 5 M-character targetUrl of spaces",
    value: { displayName: "x", targetUrl: `https://a${" ".repeat(HUGE)}` },
  },
  {
    name: "a 5 M-character username",
    value: {
      displayName: "x",
      targetUrl: url,
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        username: "u".repeat(HUGE),
        password: "p",
      },
    },
  },
  { name: "a 1e6-element array as the body", value: new Array(1_000_000).fill(0) },
  { name: "a 1e6-element array in a member", value: { displayName: new Array(1_000_000).fill("x"), targetUrl: url } },
  {
    name: "100,000 unknown members",
    value: Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${index}`, index])),
  },
  {
    name: "objects nested 100,000 deep",
    value: {
      displayName: "x",
      targetUrl: url,
      authenticationConfiguration: nested(100_000, (inner) => ({ a: inner })),
    },
  },
  { name: "arrays nested 100,000 deep", value: nested(100_000, (inner) => [inner]) },
  {
    name: "an error envelope nested 100,000 deep",
    value: { error: { code: "x", message: "y", innerError: nested(100_000, (inner) => ({ innerError: inner })) } },
  },
];

const REQUESTS = [
  "createIdentityApiConnector",
  "updateIdentityApiConnector",
  "uploadIdentityApiConnectorClientCertificate",
];
const RESPONSES: Array<[string, number]> = [
  ["getIdentityApiConnector", 200],
  ["listIdentityApiConnectors", 200],
  ["createIdentityApiConnector", 201],
  ["createIdentityApiConnector", 400],
  ["uploadIdentityApiConnectorClientCertificate", 200],
];

describe.each(HOSTILE)("$name", ({ value }) => {
  it.each(REQUESTS)("validateRequest(%s) returns a result", (operation) => {
    const result = validateRequest(operation, value);
    expect(result.valid).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it.each(RESPONSES)("validateResponse(%s, %i) returns a result", (operation, status) => {
    const result = validateResponse(operation, status, value);
    expect(typeof result.valid).toBe("boolean");
    if (!result.valid) expect(result.issues.length).toBeGreaterThan(0);
  });
});
