// What `apiconnectors diff` finds: each change between two versions of the contract, levelled
// by what it does to a consumer (docs/evolution.md has every rule and its level).

export const LEVELS = ["breaking", "warning", "info"] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Which side of the exchange a change is on. A schema used by a request is compared as
 * something clients write, one used by a response as something clients read.
 */
export type Direction = "request" | "response" | "operation" | "security" | "consumer";

/** A place in a consumer's code (`--consumer`): the file (as given, joined with the folder), 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface DiffFinding {
  level: Level;
  /** The check, e.g. `request-property-required`; docs/evolution.md lists them. */
  rule: string;
  /** Every operation the changed place is reached from (operationId, else "METHOD /path"). */
  operations: string[];
  direction: Direction;
  /** The response statuses the place is reached from, for a response finding. */
  statuses?: string[];
  /** RFC 6901 pointer into the old document; absent when the place is new. */
  oldPointer?: string;
  /** RFC 6901 pointer into the new document; absent when the place was removed. */
  newPointer?: string;
  /** One line: what changed and why it matters. Never a secret (specs hold none) nor a stack trace. */
  message: string;
  /** The generated TypeScript symbol the change affects (generated/schema.d.ts). */
  symbol?: string;
  /** For a `consumer` finding: where the consumer's code stops (or starts) compiling. */
  location?: SourceLocation;
}

export interface DiffReport {
  old: string;
  new: string;
  findings: DiffFinding[];
}

export function countByLevel(findings: readonly DiffFinding[]): Record<Level, number> {
  const counts: Record<Level, number> = { breaking: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.level]++;
  return counts;
}

/** Whether a finding reaches the `--fail-on` level. */
export function reaches(level: Level, failOn: Level): boolean {
  return LEVELS.indexOf(level) <= LEVELS.indexOf(failOn);
}
