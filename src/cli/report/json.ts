// The `json` format, for programs. Its shape is documented in docs/ci.md and described by
// docs/cli-report.schema.json; version 1 only ever gains optional fields.
import { summarize, type Finding, type PayloadResult, type Report } from "../check/model.js";

export const JSON_REPORT_VERSION = 1;

function issue(finding: Finding) {
  return {
    pointer: finding.pointer,
    keyword: finding.keyword,
    message: finding.message,
    severity: finding.severity,
    ...(finding.line === undefined ? {} : { line: finding.line }),
    ...(finding.column === undefined ? {} : { column: finding.column }),
  };
}

function result(payload: PayloadResult) {
  return {
    file: payload.file,
    ...(payload.line === undefined ? {} : { line: payload.line }),
    ...(payload.name === undefined ? {} : { name: payload.name }),
    ...(payload.operation === undefined ? {} : { operation: payload.operation }),
    ...(payload.direction === undefined ? {} : { direction: payload.direction }),
    ...(payload.status === undefined ? {} : { status: payload.status }),
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
