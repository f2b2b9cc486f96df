// The `junit` format (escaping shared with `validate`'s): one <testcase> per finding; those at
// or above `--fail-on` are failures, the rest carry their text in <system-out>.

import { type DiffReport, reaches } from "../../diff/model.js";
import { escapeXmlAttribute, escapeXmlText } from "../report/junit.js";
import type { DiffFormatOptions } from "./formats.js";
import { pointers, target } from "./where.js";

export function formatJunit(report: DiffReport, options: DiffFormatOptions): string {
  const failing = report.findings.filter((finding) => reaches(finding.level, options.failOn));
  const name = escapeXmlAttribute(`apiconnectors diff ${report.old} ${report.new}`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${name}" tests="${report.findings.length}" failures="${failing.length}" errors="0">`,
    `  <testsuite name="${name}" tests="${report.findings.length}" failures="${failing.length}" errors="0">`,
  ];
  for (const finding of report.findings) {
    const open = `    <testcase classname="${escapeXmlAttribute(finding.rule)}" name="${escapeXmlAttribute(`${target(finding)} ${pointers(finding)}`.trim())}"`;
    const text = `${finding.level}: ${finding.message}${finding.symbol ? ` (type ${finding.symbol})` : ""}`;
    if (reaches(finding.level, options.failOn))
      lines.push(
        `${open}>`,
        `      <failure message="${escapeXmlAttribute(finding.message)}" type="${escapeXmlAttribute(finding.level)}">${escapeXmlText(text)}</failure>`,
        "    </testcase>",
      );
    else lines.push(`${open}>`, `      <system-out>${escapeXmlText(text)}</system-out>`, "    </testcase>");
  }
  lines.push("  </testsuite>", "</testsuites>");
  return `${lines.join("\n")}\n`;
}
