// `$select` and `$expand` name properties from a known list (case-insensitive, each once);
// one reader (src/mock/query.ts knownNames) answers both, each in Graph's words.
import { describe, expect, it } from "vitest";
import { parseQuery } from "../../src/mock/query.js";

const query = (text: string, operationId: Parameters<typeof parseQuery>[1]) =>
  parseQuery(new URLSearchParams(text), operationId);
const refusal = (text: string, operationId: Parameters<typeof parseQuery>[1]) => {
  try {
    query(text, operationId);
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
};

describe("$select and $expand lists", () => {
  it("take known names in any case, in the list's order, in their own spelling", () => {
    expect(query("$select=TARGETURL, displayName", "listIdentityApiConnectors").select).toEqual([
      "targetUrl",
      "displayName",
    ]);
    expect(query("$expand=postattributecollection", "getB2xUserFlowApiConnectorConfiguration").steps).toEqual([
      "postAttributeCollection",
    ]);
  });

  it.each([
    ["$select=", "listIdentityApiConnectors", "$select names no property."],
    ["$select=id,ID", "listIdentityApiConnectors", "$select names 'id' twice."],
    [
      "$select=secret",
      "listIdentityApiConnectors",
      "Could not find a property named 'secret' on type 'microsoft.graph.identityApiConnector'. $select takes ",
    ],
    ["$expand= , ", "getB2xUserFlowApiConnectorConfiguration", "$expand names nothing."],
    [
      "$expand=postFederationSignup,POSTFEDERATIONSIGNUP",
      "getB2xUserFlowApiConnectorConfiguration",
      "$expand names 'postFederationSignup' twice.",
    ],
    [
      "$expand=preTokenIssuance",
      "getB2xUserFlowApiConnectorConfiguration",
      "Could not find a navigation property named 'preTokenIssuance' on 'microsoft.graph.userFlowApiConnectorConfiguration'. $expand takes postFederationSignup, postAttributeCollection.",
    ],
  ] as const)("refuses %j (%s) in Graph's words", (text, operationId, message) => {
    expect(refusal(text, operationId)).toContain(message);
  });
});
