// The early docs stub's create example, checked against the final contract: exactly the
// three departures spec/README.md lists are reported, each at its JSON pointer.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateRequest, validateResponse } from "../../src/validate/index.js";
import { repoRoot } from "../support/repo.js";

const fixture = (name: string) =>
  JSON.parse(readFileSync(path.join(repoRoot, "test", "fixtures", "seed", name), "utf8")) as unknown;

/** Requests accept the connector's tag with or without "#"; responses (and their URLs) are held to less. */
const expectedFindings = (authTypes: string, direction: "request" | "response") => [
  direction === "request"
    ? {
        pointer: "/@odata.type",
        keyword: "enum",
        message:
          'must be one of "#microsoft.graph.identityApiConnector", "microsoft.graph.identityApiConnector", got "#Microsoft.Cpim.Api.DataModels.identityApiConnector"',
      }
    : {
        pointer: "/@odata.type",
        keyword: "const",
        message:
          'must be "#microsoft.graph.identityApiConnector", got "#Microsoft.Cpim.Api.DataModels.identityApiConnector"',
      },
  {
    pointer: "/targetUrl",
    keyword: "pattern",
    message:
      direction === "request"
        ? 'must be an absolute https:// URL (no user info, no spaces), got "String"'
        : 'must be an https:// URL (no spaces), got "String"',
  },
  {
    pointer: "/authenticationConfiguration/@odata.type",
    keyword: "discriminator",
    message: `must be one of ${authTypes}, got "microsoft.graph.apiAuthenticationConfigurationBase" (the abstract base type is never a valid value; name a concrete type)`,
  },
];

describe("the seed stub's create example under the final contract", () => {
  it("request: the internal type name, the placeholder URL and the abstract base type", () => {
    expect(validateRequest("createIdentityApiConnector", fixture("create-request.json"))).toEqual({
      valid: false,
      issues: expectedFindings(
        '"#microsoft.graph.basicAuthentication", "microsoft.graph.basicAuthentication", "#microsoft.graph.pkcs12Certificate", "microsoft.graph.pkcs12Certificate"',
        "request",
      ),
    });
  });

  it("response 201: the same three findings, against the response union", () => {
    expect(validateResponse("createIdentityApiConnector", 201, fixture("create-response.json"))).toEqual({
      valid: false,
      issues: expectedFindings(
        '"#microsoft.graph.basicAuthentication", "#microsoft.graph.clientCertificateAuthentication"',
        "response",
      ),
    });
  });
});
