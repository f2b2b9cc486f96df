// validateHeaders: a request's header fields against the headers its operation declares
// (OpenAPI `in: header`, e.g. `client-request-id` as a GUID). Field names are matched
// case-insensitively (RFC 9110 §5.1); a declared field given twice is an issue, since each of
// these carries one value. Headers the contract does not declare are not the contract's
// business (Authorization, User-Agent, …) and are ignored. Issue pointers name the header
// (`/client-request-id`); messages never quote a header's value.
import { resolveOperation } from "./operations.js";
import { escapePointerToken } from "./pointer.js";
import type { ValidationIssue, ValidationResult } from "./types.js";
import { validateAgainst } from "./validate.js";

export function validateHeaders(operation: string, headers: Iterable<readonly [string, string]>): ValidationResult {
  const op = resolveOperation(operation);
  const byLowerName = new Map(Object.keys(op.headers).map((name) => [name.toLowerCase(), name]));
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const [given, value] of headers) {
    const name = byLowerName.get(given.toLowerCase());
    if (name === undefined) continue;
    const pointer = `/${escapePointerToken(name)}`;
    if (seen.has(name)) {
      issues.push({ pointer, keyword: "header", message: "is given more than once" });
      continue;
    }
    seen.add(name);
    for (const issue of validateAgainst(op.headers[name]?.schema ?? "", value).issues) {
      // The message says what the value must be; a header's value is never quoted (`, got "…"`).
      const quote = issue.message.indexOf(", got ");
      issues.push({
        pointer,
        keyword: issue.keyword,
        message: quote === -1 ? issue.message : issue.message.slice(0, quote),
      });
    }
  }
  for (const [name, header] of Object.entries(op.headers))
    if (header.required && !seen.has(name))
      issues.push({ pointer: `/${escapePointerToken(name)}`, keyword: "required", message: "is required" });
  return { valid: issues.length === 0, issues };
}
