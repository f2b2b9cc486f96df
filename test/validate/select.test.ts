// A response to a $select request (OData 4.01 §5.1.3), src/validate/select.ts: a required
// member that was not selected may be absent, a member that was not selected is reported,
// and `id` and `@odata.*` annotations may always be there.
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../src/validate/index.js";

type Issue = [pointer: string, keyword: string, message: string];
const findings = (operation: string, body: unknown, select: string | string[]): Issue[] =>
  validateResponse(operation, 200, body, { select }).issues.map(({ pointer, keyword, message }) => [
    pointer,
    keyword,
    message,
  ]);
const get = "getIdentityApiConnector";

describe("a $select response", () => {
  it("reports a member that was not selected, naming the $select", () => {
    expect(findings(get, { id: "1", displayName: "x", targetUrl: "https://x.com" }, ["displayName"])).toEqual([
      ["/targetUrl", "select", 'property "targetUrl" was not selected ($select=displayName)'],
    ]);
  });
  it("reads the query string's value: comma-separated, trimmed, empty items dropped, any letter case", () => {
    const body = { id: "1", displayName: "x", targetUrl: "https://x.com", authenticationConfiguration: null };
    expect(findings(get, body, " DisplayName , targetUrl ,")).toEqual([
      [
        "/authenticationConfiguration",
        "select",
        'property "authenticationConfiguration" was not selected ($select=DisplayName,targetUrl)',
      ],
    ]);
  });
  it("lets the required id be absent when not selected, and keeps id and annotations allowed", () => {
    expect(findings(get, { displayName: "x" }, "displayName")).toEqual([]);
    expect(findings(get, { id: "1", "@odata.etag": "e", displayName: "x" }, "displayName")).toEqual([]);
  });
  it("keeps a missing required member below the entity: only the entity's own members are excused", () => {
    const body = {
      id: "1",
      authenticationConfiguration: { "@odata.type": "#microsoft.graph.clientCertificateAuthentication" },
    };
    expect(findings(get, body, "authenticationConfiguration")).toEqual([
      ["/authenticationConfiguration/certificateList", "required", 'required property "certificateList" is missing'],
    ]);
  });
  it("checks each entity of a collection, and leaves a non-object item to the schema", () => {
    const body = { value: [{ id: "1", displayName: "x", targetUrl: "https://x.com" }, 5, { id: "2" }] };
    expect(findings("listIdentityApiConnectors", body, "displayName")).toEqual([
      ["/value/1", "type", "must be object, got integer"],
      ["/value/0/targetUrl", "select", 'property "targetUrl" was not selected ($select=displayName)'],
    ]);
  });
  it("shortens a long member name to 80 characters and the $select to 200", () => {
    const select = Array.from({ length: 30 }, (_, i) => `displayName${i}`).join(",");
    const [finding] = findings(get, { id: "1", ["k".repeat(90)]: 1 }, select);
    expect(finding?.[2]).toBe(`property "${"k".repeat(80)}" was not selected ($select=${select.slice(0, 200)})`);
  });
  it("has nothing to correct in a body that is not an object", () => {
    expect(findings(get, [1], "displayName")).toEqual([["", "type", "must be object, got array"]]);
  });
});
