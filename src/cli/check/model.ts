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
  direction?: "request" | "response";
  status?: string;
  /** False when any finding is an error. */
  valid: boolean;
  findings: Finding[];
}

export interface Report {
  command: "validate" | "check-docs";
  /** Set when the whole run has one target (validate with --operation and --request/--response). */
  operation?: string;
  direction?: "request" | "response";
  status?: string;
  results: PayloadResult[];
}

export interface Summary {
  passed: number;
  failed: number;
  warnings: number;
}

export function summarize(results: readonly PayloadResult[]): Summary {
  let failed = 0;
  let warnings = 0;
  for (const result of results) {
    if (!result.valid) failed++;
    for (const finding of result.findings) if (finding.severity === "warning") warnings++;
  }
  return { passed: results.length - failed, failed, warnings };
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
    valid,
    findings,
  };
}
