// A schema in the old document beside its counterpart in the new one, with the context the
// schema checks need; and the SchemaRule interface each check in rules/schema/ implements.
import { type Json, quote, type Raised } from "./context.js";

export interface SchemaPair {
  old: Json;
  new: Json;
  oldPointer: string;
  newPointer: string;
  /** Request schemas are written by clients, response schemas read by them. */
  direction: "request" | "response";
  /** The property this schema is the value of, when it is one (`password`). */
  propertyName?: string;
  /** The generated TypeScript type this schema is, e.g. `components["schemas"]["x"]["y"]`. */
  symbol: string;
  /** For unions compared branch by branch: the branches only one side has. */
  union?: { added: UnionBranch[]; removed: UnionBranch[] };
}

export interface UnionBranch {
  pointer: string;
  /** What the branch is, for messages: a component name, `null`, a type. */
  label: string;
}

export type Report = (raised: Omit<Raised, "oldPointer" | "newPointer" | "symbol"> & Partial<Raised>) => void;

/** One check on a pair of schemas (like an ajv keyword): it looks at one concern and reports. */
export interface SchemaRule {
  /** The concern, for docs and tests, e.g. "enum". */
  name: string;
  check: (pair: SchemaPair, report: Report) => void;
}

/**
 * A string-valued keyword (`format`, `pattern`) on each side, absent when not a string, and the
 * change in words (`format "uri" → none`); undefined when both sides have the same.
 */
export function stringKeywordChange(
  pair: SchemaPair,
  keyword: string,
): { before: string | undefined; after: string | undefined; change: string } | undefined {
  const before = typeof pair.old[keyword] === "string" ? (pair.old[keyword] as string) : undefined;
  const after = typeof pair.new[keyword] === "string" ? (pair.new[keyword] as string) : undefined;
  if (before === after) return undefined;
  const shown = (value: string | undefined) => (value === undefined ? "none" : quote(value));
  return { before, after, change: `${keyword} ${shown(before)} → ${shown(after)}` };
}
