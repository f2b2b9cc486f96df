// validateHeaders: a request's header fields against the headers its operation declares
// (OpenAPI `in: header`, e.g. `client-request-id` as a GUID). Field names are matched
// case-insensitively (RFC 9110 §5.1); a declared field given twice is an issue, since each of
// these carries one value. Headers the contract does not declare are not the contract's
// business (Authorization, User-Agent, …) and are ignored. Issue pointers name the header
// (`/client-request-id`); messages never quote a header's value.
import { type OperationEntry, resolveOperation } from "./operations.js";
import { escapePointerToken } from "./pointer.js";
import type { ValidationIssue, ValidationResult } from "./types.js";
import { validateAgainst } from "./validate.js";

export function validateHeaders(operation: string, headers: Iterable<readonly [string, string]>): ValidationResult {
  return validateHeaderFields(resolveOperation(operation).headers, headers);
}

/** validateHeaders against a table of declared headers (an operation's `headers`). */
export function validateHeaderFields(
  declared: Readonly<OperationEntry["headers"]>,
  headers: Iterable<readonly [string, string]>,
): ValidationResult {
  const byLowerName = new Map(Object.entries(declared).map(([name, header]) => [name.toLowerCase(), { name, header }]));
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const [given, value] of headers) {
    const match = byLowerName.get(given.toLowerCase());
    if (match === undefined) continue;
    const { name, header } = match;
    const pointer = `/${escapePointerToken(name)}`;
    if (seen.has(name)) {
      issues.push({ pointer, keyword: "header", message: "is given more than once" });
      continue;
    }
    seen.add(name);
    for (const issue of validateAgainst(header.schema, value).issues) {
      // The message says what the value must be; a header's value is never quoted (`, got "…"`).
      const quote = issue.message.indexOf(", got ");
      issues.push({
        pointer,
        keyword: issue.keyword,
        message: quote === -1 ? issue.message : issue.message.slice(0, quote),
      });
    }
  }
  for (const [name, header] of Object.entries(declared))
    if (header.required && !seen.has(name))
      issues.push({ pointer: `/${escapePointerToken(name)}`, keyword: "required", message: "is required" });
  return { valid: issues.length === 0, issues };
}
