// What a check produces, whatever the input (JSON, NDJSON, .http, Markdown) and whatever the
// output format: one result per payload, each with its findings placed in the file.

export type Severity = "error" | "warning";

/** Lines of the source around a finding, secrets masked and long lines clipped. */
export interface CodeFrame {
  lines: Array<{ number: number; text: string }>;
  /** The line the finding is on. */
  line: number;
  /** 1-based column of the finding within that line's `text`. */
  column: number;
}

export interface Finding {
  /** RFC 6901 pointer into the payload; "" for the payload itself. */
  pointer: string;
  /** The rule: a JSON Schema keyword, or json, duplicateKey, encoding, body, status, http, docs. */
  keyword: string;
  message: string;
  severity: Severity;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column in the file, when known. */
  column?: number;
  /** For the text format only; not part of the JSON output. */
  frame?: CodeFrame;
}

export interface PayloadResult {
  /** The file as named on the command line (or found by a glob); "<stdin>" for "-". */
  file: string;
  /** 1-based line where the payload starts (NDJSON line, .http message, Markdown code block). */
  line?: number;
  /** A name for reports: the example's name in Markdown metadata, or the request line. */
  name?: string;
  operation?: string;
  /** A HAR entry's request, its response, or `traffic` for the rules over the recording. */
  direction?: "request" | "response" | "traffic";
  status?: string;
  /** The HAR entry (`log.entries[N]`) the result is about. */
  entry?: number;
  /**
   * Why the payload's operation was not checked: an example of an operation outside the
   * contract. Objects inside it that name a contract type are still checked (`embedded`).
   */
  skipped?: string;
  /** How many objects inside a skipped payload were checked by their `@odata.type`. */
  embedded?: number;
  /**
   * check-docs: the pointers of values written as docs placeholders (`{id}`) that conform with
   * the placeholder stood in for (cli/check/docs-placeholders.ts).
   */
  placeholders?: string[];
  /**
   * The file could not be read (missing, unreadable, over the size cap): its one finding
   * (UNREADABLE_FILE) says why. Counted in Summary.unreadable, not in failed; the run exits 2.
   */
  unreadable?: true;
  /** False when any finding is an error. */
  valid: boolean;
  findings: Finding[];
}

/** The kind of the finding for a file that could not be read. */
export const UNREADABLE_FILE = "unreadableFile";

export interface Report {
  command: "validate" | "check-docs" | "proxy";
  /** Set when the whole run has one target (validate with --operation and --request/--response). */
  operation?: string;
  direction?: "request" | "response";
  status?: string;
  results: PayloadResult[];
  /** --fail-on-empty: a run that checked nothing fails (exit 1) instead of passing with a warning. */
  failOnEmpty?: boolean;
}

export interface Summary {
  /** Checked and conforming (skipped results are not counted here). */
  passed: number;
  failed: number;
  warnings: number;
  /** Conforming results whose operation is outside the contract. */
  skipped: number;
  /** True when no payload was checked against the contract: no examples, or only skipped ones with nothing embedded. */
  nothingChecked: boolean;
  /** Files that could not be read (present only when there were some): the run exits 2. */
  unreadable?: number;
}

/** A result that checked nothing against the contract. */
function checkedNothing(result: PayloadResult): boolean {
  return result.skipped !== undefined && (result.embedded ?? 0) === 0;
}

/** Counts results as they go by, so that a run need not keep them (docs/benchmarks.md, "CLI"). */
export class Tally {
  private passed = 0;
  private failed = 0;
  private warnings = 0;
  private skipped = 0;
  private checked = 0;
  private unreadable = 0;
  add(result: PayloadResult): void {
    this.addRun(result, 1);
  }
  /** `count` results like `result` at once (a run of passing lines from a worker). */
  addRun(result: PayloadResult, count: number): void {
    if (result.unreadable) {
      this.unreadable += count; // nothing in it was checked
      return;
    }
    if (!result.valid) this.failed += count;
    else if (result.skipped !== undefined) this.skipped += count;
    else this.passed += count;
    if (!checkedNothing(result) || !result.valid) this.checked += count;
    for (const finding of result.findings) if (finding.severity === "warning") this.warnings += count;
  }
  summary(): Summary {
    const { passed, failed, warnings, skipped, unreadable } = this;
    const summary: Summary = { passed, failed, warnings, skipped, nothingChecked: this.checked === 0 };
    if (unreadable > 0) summary.unreadable = unreadable;
    return summary;
  }
}

/**
 * What a result is about, in words, for reports that name it in one line (github titles, SARIF
 * messages): a HAR entry's `entries[12] POST https://…` (the URL without query secrets), then the
 * operation, direction and response status; "" when none is known.
 */
export function resultTarget(result: PayloadResult): string {
  return [
    result.entry === undefined ? undefined : result.name,
    result.operation,
    result.direction,
    result.direction === "response" ? result.status : undefined,
  ]
    .filter(Boolean)
    .join(" ");
}

export function summarize(results: readonly PayloadResult[]): Summary {
  const tally = new Tally();
  for (const result of results) tally.add(result);
  return tally.summary();
}

/** The words every format uses for a run that checked nothing. */
export const NOTHING_CHECKED =
  "nothing was checked: no request or response example of an operation of the contract was found";

/** The exit code's view of a run: failed when a payload fails, or when nothing was checked under --fail-on-empty. */
export function runFailed(report: Pick<Report, "failOnEmpty">, summary: Summary): boolean {
  return summary.failed > 0 || (summary.nothingChecked && report.failOnEmpty === true);
}

/** A payload's result. Built field by field (not spread): one object shape for all results keeps the 100,000-payload loop fast. */
export function resultOf(place: Omit<PayloadResult, "valid" | "findings">, findings: Finding[]): PayloadResult {
  let valid = true;
  for (const finding of findings) if (finding.severity === "error") valid = false;
  return {
    file: place.file,
    line: place.line,
    name: place.name,
    operation: place.operation,
    direction: place.direction,
    status: place.status,
    entry: place.entry,
    skipped: place.skipped,
    embedded: place.embedded,
    placeholders: place.placeholders,
    unreadable: place.unreadable,
    valid,
    findings,
  };
}

/** The result of a file that could not be read; `message` names the file and says why. */
export function unreadableResult(file: string, message: string): PayloadResult {
  return resultOf({ file, unreadable: true }, [{ pointer: "", keyword: UNREADABLE_FILE, message, severity: "error" }]);
}

/**
 * "3 passed, 1 failed" (and ", 2 skipped", ", 1 unreadable" when any were); `failed` replaces
 * the failed count's words (colour).
 */
export function summaryLine(summary: Summary, failed?: string): string {
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : "";
  const unreadable = summary.unreadable ? `, ${summary.unreadable} unreadable` : "";
  return `${summary.passed} passed, ${failed ?? `${summary.failed} failed`}${skipped}${unreadable}`;
}
