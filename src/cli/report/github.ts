// The `github` format: GitHub Actions workflow commands, which the runner turns into
// annotations on the pull request's changed lines. Escaping follows the runner's rules
// (actions/toolkit, command.ts): in the message %, CR and LF are percent-encoded; in property
// values ":" and "," are too. So no text from a file can end the line and start a command of
// its own (`::stop-commands::` would silence every later annotation); the other control
// characters (ESC, NUL) are escaped as in terminal text, since the log shows them raw.
import {
  type Finding,
  NOTHING_CHECKED,
  type PayloadResult,
  type Report,
  resultTarget,
  summaryLine,
} from "../check/model.js";
import { renderReport, type StreamFormat } from "./formats.js";
import { escapeControlCharacters } from "./terminal-text.js";

export function escapeData(text: string): string {
  return escapeControlCharacters(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function title(result: PayloadResult): string {
  const target = resultTarget(result);
  return target ? `apiconnectors: ${target}` : "apiconnectors";
}

function annotation(result: PayloadResult, finding: Finding): string {
  const line = finding.line ?? result.line;
  const properties = [
    `file=${escapeProperty(result.file)}`,
    ...(line === undefined ? [] : [`line=${line}`]),
    ...(line !== undefined && finding.column !== undefined ? [`col=${finding.column}`] : []),
    `title=${escapeProperty(title(result))}`,
  ];
  const message = finding.pointer ? `${finding.pointer}: ${finding.message}` : finding.message;
  return `::${finding.severity === "error" ? "error" : "warning"} ${properties.join(",")}::${escapeData(message)}`;
}

/** A skipped example is a notice: visible on the pull request, not a failure. */
function skippedNotice(result: PayloadResult): string {
  const properties = [
    `file=${escapeProperty(result.file)}`,
    ...(result.line === undefined ? [] : [`line=${result.line}`]),
  ];
  const title = `title=${escapeProperty("apiconnectors: skipped")}`;
  return `::notice ${[...properties, title].join(",")}::${escapeData(result.skipped ?? "")}`;
}

export const githubStream: StreamFormat = (header) => ({
  listsPasses: false,
  start: () => "",
  result(result) {
    let out = "";
    if (result.skipped !== undefined) out += `${skippedNotice(result)}\n`;
    for (const finding of result.findings) out += `${annotation(result, finding)}\n`;
    return out;
  },
  end(summary) {
    const empty = summary.nothingChecked
      ? `::${header.failOnEmpty ? "error" : "warning"} title=apiconnectors::${escapeData(NOTHING_CHECKED)}\n`
      : "";
    return `${empty}${summaryLine(summary)}\n`;
  },
});

export const formatGithub = (report: Report): string =>
  renderReport(githubStream, report, { color: false, verbose: false });
