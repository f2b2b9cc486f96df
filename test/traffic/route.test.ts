// The contract's resources, derived from its operation table: a request under
// /identity/apiConnectors or a user flow's apiConnectorConfiguration that matches no operation
// is a mistake; other user-flow paths are another API.
import { describe, expect, it } from "vitest";
import { routeRequest } from "../../src/traffic/route.js";

const kind = (method: string, path: string) => routeRequest(method, path, path, path).kind;

describe("routing a request to the contract", () => {
  it.each([
    ["PUT", "/v1.0/identity/apiConnectors/x", "unknown"],
    ["DELETE", "/identity/b2xUserFlows/B2X_1_x/apiConnectorConfiguration/postFederationSignup/$ref", "unknown"],
    ["GET", "/beta/identity/b2cUserFlows/B2C_1_x/apiConnectorConfiguration/postAttributeCollection", "unknown"],
    ["PUT", "/identity/b2xUserFlows/B2X_1_x/apiConnectorConfiguration/postFederationSignup/$ref", "operation"],
    ["GET", "/identity/b2xUserFlows/B2X_1_x", "operation"],
    ["POST", "/identity/b2xUserFlows", "outside"],
    ["GET", "/v1.0/identity/b2xUserFlows/B2X_1_x/identityProviders", "outside"],
    ["GET", "/identity/userFlows", "outside"],
  ])("%s %s is %s", (method, path, want) => {
    expect(kind(method, path)).toBe(want);
  });
});
