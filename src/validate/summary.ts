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
