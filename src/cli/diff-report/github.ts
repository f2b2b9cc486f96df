// The `github` format: workflow commands (escaping shared with `validate`'s github format),
// `::error` for breaking changes, `::warning` for warnings, `::notice` for the rest.

import { countByLevel, type DiffReport } from "../../diff/model.js";
import { escapeData, escapeProperty } from "../report/github.js";
import { pointers, target } from "./where.js";

const COMMAND = { breaking: "error", warning: "warning", info: "notice" } as const;

export function formatGithub(report: DiffReport): string {
  const file = report.new.startsWith("git:") ? undefined : report.new;
  const lines = report.findings.map((finding) => {
    const at = finding.location;
    const properties = [
      ...(at
        ? [`file=${escapeProperty(at.file)}`, `line=${at.line}`, `col=${at.column}`]
        : file
          ? [`file=${escapeProperty(file)}`]
          : []),
      `title=${escapeProperty(`apiconnectors diff: ${finding.rule}`)}`,
    ];
    return `::${COMMAND[finding.level]} ${properties.join(",")}::${escapeData(`${[target(finding), pointers(finding)].filter(Boolean).join(" ")}: ${finding.message}`)}`;
  });
  const counts = countByLevel(report.findings);
  lines.push(`${counts.breaking} breaking, ${counts.warning} warnings, ${counts.info} info`);
  return `${lines.join("\n")}\n`;
}
