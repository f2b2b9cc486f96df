// The operation → validator table validateRequest/validateResponse read (generated/
// operation-validators.js) binds the validator of each operation's schemas, exactly as the
// operation table names them.
import { describe, expect, it } from "vitest";
import { operationValidators } from "../../generated/operation-validators.js";
import { operations } from "../../generated/operations.js";
import * as firstError from "../../generated/validators.js";
import { UnknownOperationError, validateRequest, validateResponse } from "../../src/validate/index.js";

const named = firstError as unknown as Record<string, unknown>;

describe("the operation → validator table", () => {
  it("binds every operation's request and response validators, and nothing else", () => {
    expect(Object.keys(operationValidators).sort()).toEqual(operations.map((op) => op.operationId).sort());
    for (const op of operations) {
      const entry = operationValidators[op.operationId];
      expect(entry?.request).toBe(op.request ? named[op.request.schema] : null);
      expect(Object.keys(entry?.responses ?? {})).toEqual(Object.keys(op.responses));
      for (const [status, schema] of Object.entries(op.responses))
        expect(entry?.responses[status]).toBe(schema === null ? null : named[schema]);
    }
  });

  it("finds no validator under a name every object inherits", () => {
    for (const status of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      const result = validateResponse("getIdentityApiConnector", status, {});
      expect(result.valid).toBe(false);
      expect(result.issues[0]?.keyword).toBe("status");
    }
  });

  it('resolves a "METHOD /path" name the same on every call, and never remembers an unknown one', () => {
    const body = { displayName: "x", targetUrl: "https://a.example.com", authenticationConfiguration: {} };
    const first = validateRequest("POST /identity/apiConnectors", body);
    expect(first.valid).toBe(false);
    expect(validateRequest("POST /identity/apiConnectors", body)).toEqual(first);
    for (let i = 0; i < 2; i++) expect(() => validateRequest("POST /nowhere", body)).toThrow(UnknownOperationError);
    // More distinct names than the cache keeps: each still resolves.
    for (let i = 0; i < 300; i++)
      expect(
        validateResponse(`GET /identity/apiConnectors/${i}`, 404, { error: { code: "x", message: "y" } }).valid,
      ).toBe(true);
  });
});
