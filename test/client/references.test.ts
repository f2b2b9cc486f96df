// The @odata.id attachApiConnector sends: the connector's URL on the Graph service root of the
// client's base URL, or on the global root when the base URL is not Graph's (the mock), in the
// base URL's version; it must match the spec's identityApiConnectorReference.
import { describe, expect, it } from "vitest";
import { apiConnectorReference } from "../../src/client/references.js";
import { validateRequest } from "../../src/validate/index.js";

describe("the connector reference of attachApiConnector", () => {
  it.each([
    ["https://graph.microsoft.com/v1.0", "https://graph.microsoft.com/v1.0/identity/apiConnectors/abc"],
    ["https://graph.microsoft.us/beta", "https://graph.microsoft.us/beta/identity/apiConnectors/abc"],
    [
      "https://microsoftgraph.chinacloudapi.cn/v1.0",
      "https://microsoftgraph.chinacloudapi.cn/v1.0/identity/apiConnectors/abc",
    ],
    ["http://127.0.0.1:4000/beta", "https://graph.microsoft.com/beta/identity/apiConnectors/abc"],
    ["https://proxy.example/graph", "https://graph.microsoft.com/v1.0/identity/apiConnectors/abc"],
  ])("from %s names %s", (baseUrl, want) => {
    expect(apiConnectorReference(baseUrl, "abc")).toBe(want);
    expect(validateRequest("setB2xUserFlowApiConnector", { "@odata.id": want }).valid).toBe(true);
  });

  it("percent-encodes an id that is not all path characters", () => {
    const reference = apiConnectorReference("https://graph.microsoft.com/v1.0", "a/b {c}");
    expect(reference).toBe("https://graph.microsoft.com/v1.0/identity/apiConnectors/a%2Fb%20%7Bc%7D");
    expect(validateRequest("setB2xUserFlowApiConnector", { "@odata.id": reference }).valid).toBe(true);
  });

  it("is what the spec refuses when spelled with a placeholder or another host", () => {
    for (const bad of [
      "https://graph.microsoft.com/v1.0/identity/apiConnectors/{id}",
      "https://example.com/v1.0/identity/apiConnectors/abc",
      "http://graph.microsoft.com/v1.0/identity/apiConnectors/abc",
      "https://graph.microsoft.com/v2.0/identity/apiConnectors/abc",
      "https://graph.microsoft.com/v1.0/identity/apiConnectors/",
    ])
      expect(validateRequest("setB2xUserFlowApiConnector", { "@odata.id": bad }).valid, bad).toBe(false);
  });
});
