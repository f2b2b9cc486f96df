// Turns ajv errors into issues a person can act on: a JSON pointer to the offending value
// and what was expected there. Messages quote a received value only for type tags and other
// short non-secret values; `password` and `pkcs12Value` are never quoted.
import { expectations } from "../../generated/operations.js";
import type { CompiledValidatorError } from "../../generated/validators.js";
import { discriminatorHint } from "./hints.js";
import { childPointer, pointerTokens, valueAt } from "./pointer.js";
import { isSecretProperty, withoutUserInfo } from "./secrets.js";
import type { ValidationIssue } from "./types.js";

/** The most issues one payload reports; a payload with more gets a final "N more" issue. */
export const MAX_ISSUES = 100;
const QUOTABLE_LENGTH = 120;

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function isSecretPointer(pointer: string): boolean {
  return pointerTokens(pointer).some(isSecretProperty);
}

/** `, got "x"` for a short, non-secret scalar; nothing otherwise. */
function got(data: unknown, pointer: string): string {
  if (isSecretPointer(pointer)) return "";
  const value = valueAt(data, pointer);
  // A URL is quoted without its user info (`https://user:pw@…`): credentials are never echoed.
  if (typeof value === "string")
    return value.length <= QUOTABLE_LENGTH ? `, got ${JSON.stringify(withoutUserInfo(value))}` : "";
  if (typeof value === "number" || typeof value === "boolean" || value === null)
    return `, got ${JSON.stringify(value)}`;
  return value === undefined ? "" : `, got ${describeType(value)}`;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

function describe(error: CompiledValidatorError, data: unknown, schema: string): ValidationIssue {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const keyword = error.keyword;
  switch (keyword) {
    case "required": {
      const property = String(params.missingProperty);
      return { pointer: childPointer(at, property), keyword, message: `required property "${property}" is missing` };
    }
    case "additionalProperties": {
      const property = String(params.additionalProperty);
      return {
        pointer: childPointer(at, property),
        keyword,
        message: `property "${property}" is not allowed here (not declared by the type)`,
      };
    }
    case "discriminator": {
      const tag = String(params.tag);
      const pointer = childPointer(at, tag);
      const allowed = expectations.discriminators[schema]?.[tag] ?? [];
      const expected = allowed.length ? `one of ${quoteList(allowed)}` : "a known type";
      const value = valueAt(data, pointer);
      if (value === undefined)
        return { pointer, keyword, message: `required property "${tag}" is missing; expected ${expected}` };
      if (typeof value !== "string")
        return { pointer, keyword, message: `must be a string, ${expected}${got(data, pointer)}` };
      const hint = discriminatorHint(value, allowed);
      return { pointer, keyword, message: `must be ${expected}${got(data, pointer)}${hint ? ` (${hint})` : ""}` };
    }
    case "const":
      return { pointer: at, keyword, message: `must be ${JSON.stringify(params.allowedValue)}${got(data, at)}` };
    case "enum":
      return {
        pointer: at,
        keyword,
        message: `must be one of ${quoteList((params.allowedValues as unknown[]) ?? [])}${got(data, at)}`,
      };
    case "type": {
      const expected = Array.isArray(params.type) ? params.type.join(" or ") : String(params.type);
      return { pointer: at, keyword, message: `must be ${expected}, got ${describeType(valueAt(data, at))}` };
    }
    case "pattern": {
      const words = expectations.patterns[String(params.pattern)];
      const expected = words ? `must be ${words}` : `must match the pattern /${String(params.pattern)}/`;
      return { pointer: at, keyword, message: `${expected}${got(data, at)}` };
    }
    case "minLength":
      return {
        pointer: at,
        keyword,
        message: params.limit === 1 ? "must not be empty" : `must be at least ${String(params.limit)} characters long`,
      };
    case "maxLength":
      return { pointer: at, keyword, message: `must be at most ${String(params.limit)} characters long` };
    case "minimum":
    case "maximum":
      return {
        pointer: at,
        keyword,
        message: `must be ${keyword === "minimum" ? "at least" : "at most"} ${String(params.limit)}${got(data, at)}`,
      };
    case "maxItems":
      return { pointer: at, keyword, message: `must have at most ${String(params.limit)} items` };
    case "uniqueItems":
      return { pointer: at, keyword, message: "must not name the same item twice" };
    case "minProperties":
      return {
        pointer: at,
        keyword,
        message: `must have at least ${String(params.limit)} ${params.limit === 1 ? "property" : "properties"}`,
      };
    case "format":
      return { pointer: at, keyword, message: `must be a valid ${String(params.format)}` };
    case "oneOf":
      return { pointer: at, keyword, message: "must match exactly one of the allowed types" };
    default:
      return { pointer: at, keyword, message: error.message ?? `fails "${keyword}"` };
  }
}

/**
 * A nullable property is `oneOf: [{…}, {type: "null"}]`. When its value is not null, ajv
 * also reports "must be null" and "must match exactly one schema": noise that hides the
 * real finding inside the first branch, so both are dropped when a deeper error remains.
 */
function withoutNullBranchNoise(errors: CompiledValidatorError[]): CompiledValidatorError[] {
  const isNullBranch = (e: CompiledValidatorError) =>
    e.keyword === "type" && e.params.type === "null" && /\/oneOf\/\d+\/type$/.test(e.schemaPath);
  const nullBranches = new Set(errors.filter(isNullBranch).map((e) => e.instancePath));
  return errors.filter((error) => {
    if (isNullBranch(error)) return false;
    if (error.keyword !== "oneOf" || !nullBranches.has(error.instancePath)) return true;
    return !errors.some(
      (other) =>
        other !== error &&
        !isNullBranch(other) &&
        other.keyword !== "oneOf" &&
        (other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`)),
    );
  });
}

/** A value of the wrong type fails every other keyword at its place too; only the type is news. */
function withoutTypeConsequences(errors: CompiledValidatorError[]): CompiledValidatorError[] {
  const mistyped = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === "type" || !mistyped.has(e.instancePath));
}

export function toIssues(errors: readonly CompiledValidatorError[], data: unknown, schema: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of withoutTypeConsequences(withoutNullBranchNoise([...errors]))) {
    const issue = describe(error, data, schema);
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  if (issues.length <= MAX_ISSUES) return issues;
  const hidden = issues.length - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    { pointer: "", keyword: "maxIssues", message: `${hidden} more issue${hidden === 1 ? "" : "s"} not shown` },
  ];
}
