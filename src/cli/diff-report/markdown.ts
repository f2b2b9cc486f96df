// The `markdown` format, for a pull-request comment (docs/evolution.md has the recipe): the
// counts, then a table per level. Cells escape what Markdown would read as markup: `|` ends a
// cell, a backtick opens code, `<` opens HTML, and a line break ends the row.
import { countByLevel, type DiffReport, LEVELS } from "../../diff/model.js";
import { pointers, target } from "./where.js";

export function markdownCell(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, " ")
    .replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`)
    .trim();
}

const HEADINGS = { breaking: "Breaking changes", warning: "Warnings", info: "Other changes" } as const;

export function formatMarkdown(report: DiffReport): string {
  const counts = countByLevel(report.findings);
  const out = [
    "## Contract changes",
    "",
    `${markdownCell(report.old)} → ${markdownCell(report.new)}: **${counts.breaking} breaking**, ${counts.warning} warnings, ${counts.info} info.`,
  ];
  for (const level of LEVELS) {
    const findings = report.findings.filter((finding) => finding.level === level);
    if (findings.length === 0) continue;
    out.push(
      "",
      `### ${HEADINGS[level]}`,
      "",
      "| Change | Where | Pointer | Generated type | Check |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const finding of findings)
      out.push(
        `| ${[finding.message, target(finding), pointers(finding), finding.symbol ?? "", finding.rule].map(markdownCell).join(" | ")} |`,
      );
  }
  if (report.findings.length === 0) out.push("", "No changes to the contract.");
  return `${out.join("\n")}\n`;
}
