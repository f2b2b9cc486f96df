// validateHeaders: a request's header fields against the headers its operation declares.
import { describe, expect, it } from "vitest";
import { validateHeaderFields } from "../../src/validate/headers.js";
import { UnknownOperationError, validateHeaders } from "../../src/validate/index.js";

describe("validateHeaders", () => {
  it("passes declared headers that conform, ignores undeclared ones, matches names in any case", () => {
    expect(
      validateHeaders("listIdentityApiConnectors", [
        ["Client-Request-ID", "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"],
        ["Authorization", "Bearer x"],
        ["x-anything", "1"],
      ]),
    ).toEqual({ valid: true, issues: [] });
  });

  it("reports a declared header of the wrong form, and one given twice, without quoting values", () => {
    const result = validateHeaders("deleteIdentityApiConnector", [
      ["client-request-id", "secret-looking-value"],
      ["If-Match", '"a"'],
      ["if-match", '"b"'],
    ]);
    expect(result.issues).toEqual([
      { pointer: "/client-request-id", keyword: "format", message: "must be a valid uuid" },
      { pointer: "/If-Match", keyword: "header", message: "is given more than once" },
    ]);
    expect(JSON.stringify(result)).not.toContain("secret-looking-value");
  });

  it("throws for an operation the contract does not define", () => {
    expect(() => validateHeaders("nope", [])).toThrow(UnknownOperationError);
  });

  // No operation of this spec declares a required header, nor one whose schema would quote a
  // value: the table below does, as a spec could (an operation's `headers` in generated/operations.js).
  describe("against a table of declared headers", () => {
    const declared = {
      "x-tenant": { schema: "clientRequestId_header", required: true },
      "a/b~c": { schema: "clientRequestId_header", required: true },
      "x-connector": { schema: "identityApiConnectorCreate", required: false },
    };
    const guid = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";

    it("reports a required header that is missing, by its declared name", () => {
      expect(validateHeaderFields(declared, [["X-Tenant", guid]])).toEqual({
        valid: false,
        issues: [{ pointer: "/a~1b~0c", keyword: "required", message: "is required" }],
      });
      expect(
        validateHeaderFields(declared, [
          ["x-tenant", guid],
          ["A/B~C", guid],
        ]),
      ).toEqual({ valid: true, issues: [] });
    });

    it("cuts a message before it would show what was given", () => {
      const result = validateHeaderFields(declared, [
        ["x-tenant", guid],
        ["a/b~c", guid],
        ["x-connector", "secret-looking-value"],
      ]);
      // validateAgainst says "must be object, got string" for this value.
      expect(result.issues).toEqual([{ pointer: "/x-connector", keyword: "type", message: "must be object" }]);
    });
  });
});
