// How a query string and an operation name are read (src/validate/query.ts, operations.ts):
// the query part of a target, the values as OpenAPI serialises them, the wording of the
// query findings, and the "METHOD /path" spelling.
import { describe, expect, it } from "vitest";
import {
  findOperation,
  parseQuery,
  queryOf,
  resolveOperation,
  responseFor,
  UnknownOperationError,
  validateQuery,
} from "../../src/validate/index.js";

describe("queryOf", () => {
  it.each([
    ["/identity/apiConnectors?$top=5#frag", "$top=5"],
    ["/identity/apiConnectors?$top=5", "$top=5"],
    ["/identity/apiConnectors", ""],
    ["https://graph.microsoft.com/v1.0/identity/apiConnectors", ""],
    ["$top=5", "$top=5"],
    ["$filter=targetUrl eq 'https://x'", "$filter=targetUrl eq 'https://x'"],
    ["$filter=a/b", "$filter=a/b"],
  ])("%j → %j", (target, want) => {
    expect(queryOf(target)).toBe(want);
  });
});

describe("parseQuery", () => {
  const list = resolveOperation("listIdentityApiConnectors");
  it("reads booleans, integers and comma-separated lists as their types", () => {
    expect(parseQuery(list, "$count=true&$top=5&$select=id, displayName").values).toEqual({
      $count: true,
      $top: 5,
      $select: ["id", "displayName"],
    });
    expect(parseQuery(list, "$count=false").values).toEqual({ $count: false });
  });
  it("keeps what is not a literal of its type as text", () => {
    expect(parseQuery(list, "$count=1&$top=5x").values).toEqual({ $count: "1", $top: "5x" });
    expect(parseQuery(list, "$top=x5").values).toEqual({ $top: "x5" });
  });
});

describe("query findings", () => {
  const messages = (operation: string, query: string) => validateQuery(operation, query).issues.map((i) => i.message);
  it("word each case", () => {
    expect(messages("listIdentityApiConnectors", "$top=1&$TOP=2")).toEqual([
      'query option "$top" is given more than once',
    ]);
    expect(messages("deleteIdentityApiConnector", "$select=id")).toEqual([
      'query option "$select" is not declared by deleteIdentityApiConnector (it declares none)',
    ]);
    expect(messages("listIdentityApiConnectors", `${"x".repeat(70)}=1`)).toEqual([
      expect.stringMatching(
        new RegExp(`^query option "${"x".repeat(60)}" is not declared by listIdentityApiConnectors`),
      ),
    ]);
    expect(messages("listIdentityApiConnectors", "$top=5x")).toEqual(["must be integer, got string"]);
  });
});

describe("operation names", () => {
  it.each([
    ["GET  /identity/apiConnectors", "listIdentityApiConnectors"],
    ["GET /identity/apiConnectors ", "listIdentityApiConnectors"],
    [" get /IDENTITY/apiConnectors/", "listIdentityApiConnectors"],
    [
      "POST /identity/apiConnectors/x/microsoft.graph.uploadClientCertificate",
      "uploadIdentityApiConnectorClientCertificate",
    ],
  ])("%j is %s", (name, operationId) => {
    expect(findOperation(name)?.operationId).toBe(operationId);
  });
  it.each(["please GET /identity/apiConnectors", "GET /identity/apiConnectors extra", "GET"])("%j is none", (name) => {
    expect(findOperation(name)).toBeUndefined();
  });
  it("names an unknown operation and lists the known ones", () => {
    const error = new UnknownOperationError("nope");
    expect(error.name).toBe("UnknownOperationError");
    expect(error.message).toMatch(
      /^unknown operation "nope"; known operations: \w+ \((GET|POST|PATCH|PUT|DELETE) \/[^)]+\), \w+ \(/,
    );
  });
  it("finds a response by its exact status given as text, then by its range", () => {
    const remove = resolveOperation("deleteIdentityApiConnector");
    expect(responseFor(remove, " 204 ")?.key).toBe("204");
    expect(responseFor(remove, 418)?.key).toBe("4XX");
  });
});
