// The `json` format, for programs. Its shape is documented in docs/ci.md and described by
// docs/cli-report.schema.json; version 1 only ever gains optional fields.
import type { Finding, PayloadResult, Report } from "../check/model.js";
import { renderReport, type StreamFormat } from "./formats.js";
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
    entry: payload.entry,
    skipped: payload.skipped,
    embedded: payload.embedded,
    placeholders: payload.placeholders,
    unreadable: payload.unreadable,
    valid: payload.valid,
    issues: payload.findings.map(issue),
  };
}

/** `text` (JSON.stringify's two-space layout) indented by `depth` more levels. */
const indented = (text: string, depth: number) => text.replaceAll("\n", `\n${"  ".repeat(depth)}`);

// The document is written as it goes: the header, then each result, then the summary, which
// therefore comes last. The layout is JSON.stringify(document, null, 2)'s.
export const jsonStream: StreamFormat = (header) => {
  let count = 0;
  return {
    listsPasses: true,
    start() {
      const head = {
        version: JSON_REPORT_VERSION,
        command: header.command,
        ...(header.operation === undefined ? {} : { operation: header.operation }),
        ...(header.direction === undefined ? {} : { direction: header.direction }),
        ...(header.status === undefined ? {} : { status: header.status }),
        ...(header.failOnEmpty ? { failOnEmpty: true } : {}),
      };
      return `${jsonSafe(JSON.stringify(head, null, 2)).slice(0, -2)},\n  "results": [`;
    },
    result(payload) {
      const text = indented(jsonSafe(JSON.stringify(result(payload), null, 2)), 2);
      return `${count++ === 0 ? "" : ","}\n    ${text}`;
    },
    end(summary) {
      return `${count === 0 ? "]" : "\n  ]"},\n  "summary": ${indented(JSON.stringify(summary, null, 2), 1)}\n}\n`;
    },
  };
};

export const formatJson = (report: Report): string =>
  renderReport(jsonStream, report, { color: false, verbose: false });
