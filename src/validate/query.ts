// validateQuery: a request's query string against the query parameters its operation
// declares (OpenAPI `in: query`). Values are read the way OpenAPI serialises them: a
// `style: form, explode: false` array is comma-separated, an integer or boolean is its
// literal. Names are matched case-insensitively, as OData 4.01 §5.1 (system query options)
// and Graph do; each may appear once.
import { type OperationEntry, resolveOperation } from "./operations.js";
import { escapePointerToken, unescapePointerToken } from "./pointer.js";
import type { ValidationIssue, ValidationResult } from "./types.js";
import { validateAgainst } from "./validate.js";

/** The query part of a request target (`/path?a=1#f` → `a=1`), or the string itself. */
export function queryOf(target: string): string {
  const question = target.indexOf("?");
  if (question === -1) return /^[a-z][a-z0-9+.-]*:|^\//i.test(target) ? "" : target;
  const hash = target.indexOf("#", question);
  return target.slice(question + 1, hash === -1 ? undefined : hash);
}

function coerce(type: string, raw: string): unknown {
  if (type === "integer") return /^-?\d{1,16}$/.test(raw) ? Number(raw) : raw;
  if (type === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  if (type === "array") return raw.split(",").map((item) => item.trim());
  return raw;
}

/** The query string as the object the operation's `_query` schema describes, plus what cannot be put in it. */
export function parseQuery(
  operation: OperationEntry,
  query: string,
): { values: Record<string, unknown>; issues: ValidationIssue[] } {
  const declared = operation.query.parameters;
  const byLowerName = new Map(Object.keys(declared).map((name) => [name.toLowerCase(), name]));
  const values: Record<string, unknown> = {};
  const issues: ValidationIssue[] = [];
  for (const [given, raw] of new URLSearchParams(query)) {
    const name = byLowerName.get(given.toLowerCase()) ?? given;
    const pointer = `/${escapePointerToken(name)}`;
    if (Object.hasOwn(values, name)) {
      issues.push({ pointer, keyword: "query", message: `query option "${name}" is given more than once` });
      continue;
    }
    const parameter = declared[name];
    values[name] = parameter ? coerce(parameter.type, raw) : raw;
  }
  return { values, issues };
}

function describeUndeclared(operation: OperationEntry, issue: ValidationIssue): ValidationIssue {
  if (issue.keyword !== "additionalProperties") return issue;
  const name = unescapePointerToken(issue.pointer.slice(1));
  const declared = Object.keys(operation.query.parameters);
  const known = declared.length ? `declared: ${declared.join(", ")}` : "it declares none";
  return {
    pointer: issue.pointer,
    keyword: "query",
    message: `query option "${name.slice(0, 60)}" is not declared by ${operation.operationId} (${known})`,
  };
}

/**
 * Validates a request's query string (`$top=5&$select=id`, or a whole target such as
 * `/identity/apiConnectors?$top=5`) for an operation (operationId or "METHOD /path").
 * Issue pointers name the query option (`/$top`). Throws UnknownOperationError only for an
 * operation the spec does not define.
 */
export function validateQuery(operation: string, query: string): ValidationResult {
  const op = resolveOperation(operation);
  const { values, issues } = parseQuery(op, queryOf(query));
  const checked = validateAgainst(op.query.schema, values);
  issues.push(...checked.issues.map((issue) => describeUndeclared(op, issue)));
  return { valid: issues.length === 0, issues };
}

/** The `$select` of a query string, as the list of property names, or undefined without one. */
export function selectOf(query: string): string[] | undefined {
  for (const [name, raw] of new URLSearchParams(queryOf(query)))
    if (name.toLowerCase() === "$select") return raw.split(",").map((item) => item.trim());
  return undefined;
}
