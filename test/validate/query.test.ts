// validateQuery: a request's query string against the query options its operation declares.
import { describe, expect, it } from "vitest";
import { selectOf, UnknownOperationError, validateQuery } from "../../src/validate/index.js";

const found = (operation: string, query: string) =>
  validateQuery(operation, query).issues.map((issue) => [issue.pointer, issue.keyword]);

describe("validateQuery", () => {
  it.each([
    ["listIdentityApiConnectors", "$top=999&$count=true&$select=id,displayName&$orderby=displayName desc"],
    ["listIdentityApiConnectors", "/identity/apiConnectors?$filter=displayName eq 'Test API'&$skiptoken=X"],
    ["listIdentityApiConnectors", "https://graph.microsoft.com/v1.0/identity/apiConnectors?%24top=5"],
    ["listIdentityApiConnectors", "$TOP=5"],
    ["getIdentityApiConnector", "$select=targetUrl&$expand=x"],
    ["createIdentityApiConnector", "/identity/apiConnectors"],
    ["createIdentityApiConnector", ""],
  ])("%s ?%s conforms", (operation, query) => {
    expect(validateQuery(operation, query)).toEqual({ valid: true, issues: [] });
  });

  it("reports each undeclared option, an out-of-range $top, and unknown $select/$orderby values", () => {
    expect(found("listIdentityApiConnectors", '$skip=5&$search="x"&$top=5000&$bogus=1')).toEqual([
      ["/$skip", "query"],
      ["/$search", "query"],
      ["/$bogus", "query"],
      ["/$top", "maximum"],
    ]);
    expect(found("listIdentityApiConnectors", "$top=-1&$select=password&$orderby=id up&$count=1")).toEqual([
      ["/$select/0", "enum"],
      ["/$orderby/0", "enum"],
      ["/$top", "minimum"],
      ["/$count", "type"],
    ]);
    expect(found("listIdentityApiConnectors", "$top=1.5")).toEqual([["/$top", "type"]]);
    expect(found("listIdentityApiConnectors", "$top=1&$top=2")).toEqual([["/$top", "query"]]);
    expect(found("getIdentityApiConnector", "$top=1")).toEqual([["/$top", "query"]]);
    expect(found("deleteIdentityApiConnector", "$select=id")).toEqual([["/$select", "query"]]);
  });

  it("names the declared options in the message", () => {
    expect(validateQuery("getIdentityApiConnector", "$bogus=1").issues[0]?.message).toBe(
      'query option "$bogus" is not declared by getIdentityApiConnector (declared: $select, $expand)',
    );
    expect(validateQuery("listIdentityApiConnectors", "$top=5000").issues[0]?.message).toBe(
      "must be at most 999, got 5000",
    );
  });

  it("throws only for an operation the spec does not define", () => {
    expect(() => validateQuery("nope", "")).toThrow(UnknownOperationError);
  });

  it("selectOf reads $select from a query or a target", () => {
    expect(selectOf("/identity/apiConnectors/x?$select=id, displayName")).toEqual(["id", "displayName"]);
    expect(selectOf("$top=1")).toBeUndefined();
  });
});
