// The `sarif` format: SARIF 2.1.0 (OASIS), which GitHub code scanning and other dashboards
// read. One run; one rule per kind of finding (a JSON Schema keyword such as `required`, or
// one of the checker's own kinds such as `json` or `duplicateKey`); each finding a result at
// its file, line and column (physicalLocation.region, 1-based as SARIF §3.30.5 counts them).
// Hand-written rather than built with a SARIF library: it is one object literal, and the
// tests validate it against the published 2.1.0 schema.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PACKAGE_VERSION } from "../../client/version.js";
import type { Finding, PayloadResult, Report } from "../check/model.js";
import { jsonSafe } from "./json.js";

const INFORMATION_URI = "https://github.com/apiconnectors/apiconnectors";
const RULES_HELP = `${INFORMATION_URI}/blob/main/docs/ci.md`;

/** What each kind of finding means, for the rule's short description. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  required: "A member the contract requires is missing.",
  additionalProperties: "A member the contract does not define.",
  type: "A value of the wrong JSON type.",
  const: "A value that must be one fixed value.",
  enum: "A value outside the allowed set.",
  pattern: "A string that does not have the required form.",
  format: "A string that is not in the required format.",
  minLength: "A string that is too short.",
  maxLength: "A string that is too long.",
  discriminator: "An @odata.type that names no variant the contract allows.",
  oneOf: "A value that matches none (or more than one) of the allowed variants.",
  json: "The payload is not valid JSON.",
  duplicateKey: "An object names the same member twice.",
  encoding: "The file is not valid UTF-8, or starts with a byte order mark.",
  body: "A body where none is allowed, or none where one is required.",
  status: "A response status the operation does not define.",
  http: "An HTTP message that cannot be read.",
  docs: "A documentation example whose metadata is wrong.",
  unreadableFile: "A file that cannot be read: missing, not readable, a directory, or over the size limit.",
  maxIssues: "More findings in one payload than the report lists.",
};

/**
 * A file as a URI reference (RFC 3986): a relative path segment by segment percent-encoded
 * (GitHub resolves it against the repository root), an absolute one as a file: URL.
 */
export function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/");
}

function location(result: PayloadResult, finding: Finding) {
  if (result.file === "<stdin>") return [];
  const startLine = finding.line ?? result.line;
  const region =
    startLine === undefined
      ? undefined
      : finding.line !== undefined && finding.column !== undefined
        ? { startLine, startColumn: finding.column }
        : { startLine };
  return [
    {
      physicalLocation: {
        artifactLocation: { uri: artifactUri(result.file) },
        ...(region ? { region } : {}),
      },
    },
  ];
}

function target(result: PayloadResult): string {
  return [result.operation, result.direction, result.direction === "response" ? result.status : undefined]
    .filter(Boolean)
    .join(" ");
}

export function formatSarif(report: Report): string {
  const rules: { id: string; shortDescription: { text: string }; helpUri: string }[] = [];
  const ruleIndex = new Map<string, number>();
  const results = [];
  for (const result of report.results) {
    for (const finding of result.findings) {
      let index = ruleIndex.get(finding.keyword);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(finding.keyword, index);
        rules.push({
          id: finding.keyword,
          shortDescription: { text: DESCRIPTIONS[finding.keyword] ?? `A finding of kind ${finding.keyword}.` },
          helpUri: RULES_HELP,
        });
      }
      const about = target(result);
      const text = finding.pointer ? `${finding.pointer}: ${finding.message}` : finding.message;
      results.push({
        ruleId: finding.keyword,
        ruleIndex: index,
        level: finding.severity === "error" ? "error" : "warning",
        message: { text: about ? `${text} (${about})` : text },
        locations: location(result, finding),
      });
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "apiconnectors", version: PACKAGE_VERSION, informationUri: INFORMATION_URI, rules },
        },
        results,
      },
    ],
  };
  return `${jsonSafe(JSON.stringify(log, null, 2))}\n`;
}
