// The `json` format, for programs. Its shape is documented in docs/ci.md and described by
// docs/cli-report.schema.json; version 1 only ever gains optional fields.
import { type Finding, type PayloadResult, type Report, summarize } from "../check/model.js";
import { RAW_IN_JSON_AND_XML } from "./terminal-text.js";

export const JSON_REPORT_VERSION = 1;

// JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (CSI U+009B) and U+2028/9
// raw; as \uXXXX escapes they read back the same and the report printed to a terminal stays inert.

export function jsonSafe(json: string): string {
  return json.replace(RAW_IN_JSON_AND_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// Built field by field with undefined for an absent field (JSON.stringify leaves it out):
// spreads would make each of 100,000 results a differently shaped object, several times slower.
function issue(finding: Finding) {
  return {
    pointer: finding.pointer,
    keyword: finding.keyword,
    message: finding.message,
    severity: finding.severity,
    line: finding.line,
    column: finding.column,
  };
}

function result(payload: PayloadResult) {
  return {
    file: payload.file,
    line: payload.line,
    name: payload.name,
    operation: payload.operation,
    direction: payload.direction,
    status: payload.status,
    skipped: payload.skipped,
    embedded: payload.embedded,
    valid: payload.valid,
    issues: payload.findings.map(issue),
  };
}

export function formatJson(report: Report): string {
  const document = {
    version: JSON_REPORT_VERSION,
    command: report.command,
    ...(report.operation === undefined ? {} : { operation: report.operation }),
    ...(report.direction === undefined ? {} : { direction: report.direction }),
    ...(report.status === undefined ? {} : { status: report.status }),
    summary: summarize(report.results),
    ...(report.failOnEmpty ? { failOnEmpty: true } : {}),
    results: report.results.map(result),
  };
  return `${jsonSafe(JSON.stringify(document, null, 2))}\n`;
}
