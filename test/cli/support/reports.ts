// Reports built by hand for the tests of the output formats.
import type { Finding, PayloadResult, Report } from "../../../src/cli/check/model.js";

/** A payload's result; valid unless a finding is an error (or `valid` says otherwise). */
export function result(overrides: Partial<PayloadResult> & { findings?: Finding[] }): PayloadResult {
  const findings = overrides.findings ?? [];
  return {
    file: "a.json",
    operation: "createIdentityApiConnector",
    direction: "request",
    valid: findings.every((f) => f.severity !== "error"),
    ...overrides,
    findings,
  };
}

/** An error finding at line 3, column 16 (what the overrides do not change). */
export const error = (overrides: Partial<Finding> = {}): Finding => ({
  pointer: "/targetUrl",
  keyword: "pattern",
  message: "must be https",
  severity: "error",
  line: 3,
  column: 16,
  ...overrides,
});

export const report = (...results: PayloadResult[]): Report => ({ command: "validate", results });
