// The `json` format, for programs. Its shape is documented in docs/ci.md and described by
// docs/cli-report.schema.json; version 1 only ever gains optional fields.
import { type Finding, type PayloadResult, type Report, summarize } from "../check/model.js";

export const JSON_REPORT_VERSION = 1;

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
    results: report.results.map(result),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
