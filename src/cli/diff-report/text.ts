// The `text` format: one block per finding, most severe first, then the counts.

import { countByLevel, type DiffReport, type Level } from "../../diff/model.js";
import { painter } from "../report/color.js";
import { terminalSafe } from "../report/terminal-text.js";
import type { DiffFormatOptions } from "./formats.js";
import { pointers, target } from "./where.js";

type Paint = ReturnType<typeof painter>;
const STYLE: Record<Level, Parameters<Paint>[0]> = {
  breaking: ["red", "bold"],
  warning: ["yellow", "bold"],
  info: "dim",
};

export function formatText(report: DiffReport, options: DiffFormatOptions): string {
  const paint = painter(options.color);
  const lines = [`${terminalSafe(report.old)} → ${terminalSafe(report.new)}`];
  for (const finding of report.findings) {
    lines.push(
      `${paint(STYLE[finding.level], finding.level.padEnd(8))} ${terminalSafe(finding.message)} ${paint("dim", `[${finding.rule}]`)}`,
    );
    const where = pointers(finding);
    lines.push(`         ${paint("cyan", terminalSafe(target(finding)))}${where ? `  ${terminalSafe(where)}` : ""}`);
    if (finding.symbol) lines.push(`         ${paint("dim", `type: ${terminalSafe(finding.symbol)}`)}`);
  }
  const counts = countByLevel(report.findings);
  lines.push("", `${counts.breaking} breaking, ${counts.warning} warnings, ${counts.info} info`);
  return `${lines.join("\n")}\n`;
}
