import { secretMask, secretProperties } from "../../generated/secret-properties.js";

/** One finding: where (a JSON pointer into the payload), what was expected, and which rule. */
export interface ValidationIssue {
  /** RFC 6901 JSON pointer into the payload; `""` is the payload itself. */
  pointer: string;
  /** What was expected, in words. Never contains a secret value. */
  message: string;
  /** The JSON Schema keyword that failed, or `status` / `body` for checks outside the schema. */
  keyword: string;
}

export interface ValidationResult {
  valid: boolean;
  issues: ValidationIssue[];
}

/**
 * The message keys never echoed back, whatever the rule: Graph's write-only secrets, as the
 * spec marks them (`writeOnly: true`; generated/operations.js, scripts/lib/secret-properties.ts).
 */
export const SECRET_PROPERTIES: ReadonlySet<string> = new Set(secretProperties);

/** Graph's mask for a password it will not return (`"******"`; generated/secret-properties.js, from the spec). */
export const SECRET_MASK: RegExp = secretMask;
