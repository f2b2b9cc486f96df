// The `text` format, for people: each failing payload with its findings, each finding as
// FILE:LINE:COLUMN (which terminals and editors open) with a code frame, then the summary.
import {
  type CodeFrame,
  type Finding,
  NOTHING_CHECKED,
  type PayloadResult,
  type Report,
  summaryLine,
} from "../check/model.js";
import { painter } from "./color.js";
import { type FormatOptions, renderReport, type StreamFormat } from "./formats.js";
import { terminalSafe } from "./terminal-text.js";

type Paint = ReturnType<typeof painter>;

function target(result: PayloadResult): string {
  const parts = [
    result.operation,
    result.direction,
    result.direction === "response" ? result.status : undefined,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(" ")})` : "";
}

function heading(result: PayloadResult, paint: Paint): string {
  const hasWarning = result.findings.some((finding) => finding.severity === "warning");
  const mark = !result.valid
    ? paint(["red", "bold"], "FAIL")
    : hasWarning
      ? paint(["yellow", "bold"], "WARN")
      : result.skipped !== undefined
        ? paint(["yellow", "bold"], "SKIP")
        : paint("green", "ok  ");
  const where = result.line === undefined ? result.file : `${result.file}:${result.line}`;
  const name = result.name ? ` ${result.name}` : "";
  const embedded = result.embedded
    ? ` (${result.embedded} embedded object${result.embedded === 1 ? "" : "s"} checked)`
    : "";
  const skipped =
    result.skipped === undefined ? "" : paint("dim", ` skipped: ${terminalSafe(result.skipped)}${embedded}`);
  const placeholders = result.placeholders
    ? paint("dim", ` (placeholder at ${result.placeholders.map(terminalSafe).join(", ")} checked as an id)`)
    : "";
  return `${mark} ${terminalSafe(where)}${terminalSafe(name)}${paint("dim", target(result))}${skipped}${placeholders}`;
}

function frameLines(frame: CodeFrame, paint: Paint): string[] {
  const width = String(Math.max(...frame.lines.map((line) => line.number))).length;
  const lines: string[] = [];
  for (const line of frame.lines) {
    const marked = line.number === frame.line;
    const gutter = `${marked ? paint(["red", "bold"], ">") : " "} ${String(line.number).padStart(width)} |`;
    lines.push(`    ${paint(marked ? "reset" : "dim", gutter)}${line.text ? ` ${terminalSafe(line.text)}` : ""}`);
    if (marked)
      lines.push(
        `    ${paint("dim", `  ${" ".repeat(width)} |`)} ${" ".repeat(Math.max(0, frame.column - 1))}${paint(["red", "bold"], "^")}`,
      );
  }
  return lines;
}

function findingLines(result: PayloadResult, finding: Finding, paint: Paint, withFrame: boolean): string[] {
  const line = finding.line ?? result.line;
  const where =
    line === undefined
      ? result.file
      : `${result.file}:${line}${finding.column === undefined ? "" : `:${finding.column}`}`;
  const severity = finding.severity === "error" ? paint("red", "error") : paint("yellow", "warning");
  const pointer = finding.pointer ? `${paint("bold", terminalSafe(finding.pointer))}: ` : "";
  const lines = [`  ${paint("cyan", terminalSafe(where))} ${severity} ${pointer}${terminalSafe(finding.message)}`];
  if (finding.frame && withFrame) lines.push(...frameLines(finding.frame, paint));
  return lines;
}

export const textStream: StreamFormat = (header, options) => {
  const paint = painter(options.color);
  // The blank line before the summary appears only after something was listed.
  let listed = false;
  return {
    listsPasses: options.verbose,
    start: () => "",
    result(result) {
      if (result.findings.length === 0) {
        if (!options.verbose && result.skipped === undefined) return "";
        listed = true;
        return `${heading(result, paint)}\n`;
      }
      listed = true;
      const out = [heading(result, paint)];
      result.findings.forEach((finding, index) => {
        // Findings at the same place (several missing members) share one frame, after the last.
        const next = result.findings[index + 1];
        const samePlace = next !== undefined && next.line === finding.line && next.column === finding.column;
        out.push(...findingLines(result, finding, paint, !samePlace));
      });
      return `${out.join("\n")}\n`;
    },
    end(summary) {
      const out: string[] = [];
      if (summary.nothingChecked) {
        const label = header.failOnEmpty ? paint(["red", "bold"], "error") : paint("yellow", "warning");
        out.push(`${label} ${NOTHING_CHECKED}${header.failOnEmpty ? " (--fail-on-empty)" : ""}`);
      }
      if (listed || out.length > 0) out.push("");
      const failed = `${summary.failed} failed`;
      out.push(summaryLine(summary, summary.failed > 0 ? paint(["red", "bold"], failed) : failed));
      return `${out.join("\n")}\n`;
    },
  };
};

export const formatText = (report: Report, options: FormatOptions): string => renderReport(textStream, report, options);
