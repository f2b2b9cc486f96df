// The `json` format, for programs: `{ version, command, old, new, summary, findings }`; the
// shape is documented in docs/evolution.md and, like the validate report, version 1 only
// ever gains optional fields.
import { countByLevel, type DiffReport } from "../../diff/model.js";

export const DIFF_REPORT_VERSION = 1;

export function formatJson(report: DiffReport): string {
  const document = {
    version: DIFF_REPORT_VERSION,
    command: "diff",
    old: report.old,
    new: report.new,
    summary: countByLevel(report.findings),
    findings: report.findings,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
