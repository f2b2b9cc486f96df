// How issues are put into one message, the same way everywhere (client errors, mock errors,
// the CLI's mock command): `pointer: message` per issue, the first `limit` of them, then
// "and N more". The root pointer (RFC 6901's empty string) is shown as "(root)".

/** What the summary needs of an issue (a ValidationIssue, or a seed-data issue). */
export interface PointedIssue {
  pointer: string;
  message: string;
}

/** The root pointer `""` as "(root)"; any other pointer as it is. */
export function showPointer(pointer: string): string {
  return pointer === "" ? "(root)" : pointer;
}

export interface SummaryOptions {
  /** Issues listed before "and N more". */
  limit: number;
  /** Between items. Default `"; "`. */
  separator?: string;
  /** Before each listed issue (not before "and N more"), e.g. a file name. */
  prefix?: string;
}

/** `"/a: must be x; /b: must be y; and 3 more"`. */
export function summarizeIssues(issues: readonly PointedIssue[], options: SummaryOptions): string {
  const { limit, separator = "; ", prefix = "" } = options;
  const items = issues.slice(0, limit).map((issue) => `${prefix}${showPointer(issue.pointer)}: ${issue.message}`);
  const hidden = issues.length - items.length;
  if (hidden > 0) items.push(`and ${hidden} more`);
  return items.join(separator);
}

/**
 * `12345` as `"12,345"`, the way counts are written in messages. By hand rather than
 * `toLocaleString("en-US")`: the first call of that loads ICU's number formatting, about 15 ms
 * of the CLI's start-up when a usage text uses it at module load (docs/benchmarks.md, "CLI").
 */
export function groupDigits(count: number): string {
  const digits = String(count);
  if (!Number.isInteger(count) || digits.includes("e")) return digits;
  const sign = count < 0 ? 1 : 0;
  let grouped = digits.slice(sign, sign + ((digits.length - sign) % 3 || 3));
  for (let at = sign + grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return digits.slice(0, sign) + grouped;
}
