// displayUrl: request URLs in messages keep the query's names, and only the contract's option values.
import { describe, expect, it } from "vitest";
import { displayUrl, readUrl } from "../../src/traffic/index.js";

describe("displayUrl", () => {
  it.each([
    [
      "https://graph.microsoft.com/v1.0/identity/apiConnectors?$top=5&$select=id",
      "https://graph.microsoft.com/v1.0/identity/apiConnectors?$top=5&$select=id",
    ],
    [
      "https://host/v1.0/identity/apiConnectors?%24TOP=5&code=abc123&sig=s%2Bx&flag",
      "https://host/v1.0/identity/apiConnectors?%24TOP=5&code=[REDACTED]&sig=[REDACTED]&flag",
    ],
    ["https://user:pa55@host/v1.0/x#frag", "https://[REDACTED]@host/v1.0/x"],
    ["/beta/identity/apiConnectors?access_token=t", "/beta/identity/apiConnectors?access_token=[REDACTED]"],
  ])("%s → %s", (url, shown) => {
    expect(displayUrl(url)).toBe(shown);
  });

  it("cuts a long URL", () => {
    expect(displayUrl(`https://host/${"a".repeat(400)}`)).toHaveLength(300);
  });
});

describe("readUrl", () => {
  it("reads absolute and origin-form URLs, without user info in the host", () => {
    expect(readUrl("HTTPS://me:pw@Graph.Microsoft.com:443/v1.0/identity?x=1#f")).toEqual({
      host: "graph.microsoft.com:443",
      path: "/v1.0/identity",
      search: "?x=1",
    });
    expect(readUrl("/v1.0/identity")).toEqual({ host: "", path: "/v1.0/identity", search: "" });
    expect(readUrl("not a url")).toBeUndefined();
  });
});
