// A response to a `$select` request carries the selected properties (OData 4.01 §5.1.3):
// Graph returns those, plus `id` on entities and `@odata.*` annotations. The schemas describe
// a full entity (`id` required), so a selected response is checked against them and then
// the findings are corrected: a required property that was not selected may be missing, and
// a property that was not selected is reported.
import { escapePointerToken, unescapePointerToken } from "./pointer.js";
import type { ValidationIssue, ValidationResult } from "./types.js";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The entities of a response body with their pointers: a collection's `value` items, or the body itself. */
function entities(body: unknown): Array<[string, Json]> {
  if (!isObject(body)) return [];
  if (Array.isArray(body.value))
    return body.value.flatMap((item, index) => (isObject(item) ? [[`/value/${index}`, item] as [string, Json]] : []));
  return [["", body]];
}

export function applySelect(
  result: ValidationResult,
  body: unknown,
  select: readonly string[] | string,
): ValidationResult {
  const names = (typeof select === "string" ? select.split(",") : select).map((name) => name.trim()).filter(Boolean);
  const selected = new Set(names.map((name) => name.toLowerCase()));
  const kept = new Set(["id", ...selected]);
  const all = entities(body);
  const entityPointers = new Set(all.map(([at]) => at));
  /** A required member of an entity that was not selected: its absence is what $select asked for. */
  const unselectedRequired = (issue: ValidationIssue) => {
    if (issue.keyword !== "required") return false;
    const slash = issue.pointer.lastIndexOf("/");
    const name = unescapePointerToken(issue.pointer.slice(slash + 1));
    return entityPointers.has(issue.pointer.slice(0, slash)) && !selected.has(name.toLowerCase());
  };
  const issues: ValidationIssue[] = result.issues.filter((issue) => !unselectedRequired(issue));
  const shown = names.join(",").slice(0, 200);
  for (const [at, entity] of all) {
    for (const key of Object.keys(entity)) {
      if (key.startsWith("@") || kept.has(key.toLowerCase())) continue;
      issues.push({
        pointer: `${at}/${escapePointerToken(key)}`,
        keyword: "select",
        message: `property "${key.slice(0, 80)}" was not selected ($select=${shown})`,
      });
    }
  }
  return { valid: issues.length === 0, issues };
}
