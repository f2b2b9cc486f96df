// validateHeaders: a request's header fields against the headers its operation declares.
import { describe, expect, it } from "vitest";
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
});
