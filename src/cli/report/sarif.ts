// The `sarif` format: SARIF 2.1.0 (OASIS), which GitHub code scanning and other dashboards
// read. One run; one rule per kind of finding (a JSON Schema keyword such as `required`, or
// one of the checker's own kinds such as `json` or `duplicateKey`); each finding a result at
// its file, line and column (physicalLocation.region, 1-based as SARIF §3.30.5 counts them).
// Hand-written rather than built with a SARIF library: it is one object literal, and the
// tests validate it against the published 2.1.0 schema.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PACKAGE_VERSION } from "../../client/version.js";
import { type Finding, type PayloadResult, type Report, resultTarget } from "../check/model.js";
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
  query: "A query option the operation does not declare, or a wrong value.",
  select: "A member the response to a $select request was not asked for.",
  header: "A request header the contract declares, given twice or in the wrong form.",
  har: "A HAR file or entry that cannot be read.",
  "secret-in-response":
    "A response carries a secret (password, pkcs12Value, a bearer token, or a secret the request sent).",
  "duplicate-create":
    "A create sent again with the same body after the first got no 2xx: a possible duplicate from a blind retry.",
  "retry-after-ignored": "A call sent again sooner than the Retry-After of its 429 or 503 asked.",
  "client-request-id-reused": "One client-request-id sent on different logical calls.",
  skipped: "An exchange outside the contract (another API, host or path): not checked.",
};

/**
 * A file as a URI reference (RFC 3986): a relative path segment by segment percent-encoded
 * (GitHub resolves it against the repository root), an absolute one as a file: URL.
 */
export function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/");
}

function location(result: PayloadResult, finding?: Finding) {
  // A HAR entry is named as a logical location (SARIF §3.33): `log.entries[12]`.
  const logical =
    result.entry === undefined
      ? {}
      : { logicalLocations: [{ fullyQualifiedName: `log.entries[${result.entry}]`, kind: "element" }] };
  if (result.file === "<stdin>") return result.entry === undefined ? [] : [logical];
  const startLine = finding?.line ?? result.line;
  const region =
    startLine === undefined
      ? undefined
      : finding?.line !== undefined && finding.column !== undefined
        ? { startLine, startColumn: finding.column }
        : { startLine };
  return [
    {
      physicalLocation: {
        artifactLocation: { uri: artifactUri(result.file) },
        ...(region ? { region } : {}),
      },
      ...logical,
    },
  ];
}

export function formatSarif(report: Report): string {
  const rules: { id: string; shortDescription: { text: string }; helpUri: string }[] = [];
  const ruleIndex = new Map<string, number>();
  const results = [];
  const ruleFor = (id: string) => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(id, index);
      rules.push({
        id,
        shortDescription: { text: DESCRIPTIONS[id] ?? `A finding of kind ${id}.` },
        helpUri: RULES_HELP,
      });
    }
    return index;
  };
  for (const result of report.results) {
    // A skipped HAR entry is listed as not applicable (SARIF §3.27.9): counted, never an alert.
    if (result.entry !== undefined && result.skipped !== undefined && result.findings.length === 0)
      results.push({
        ruleId: "skipped",
        ruleIndex: ruleFor("skipped"),
        kind: "notApplicable",
        level: "none",
        message: { text: `${result.name ?? ""}: ${result.skipped}` },
        locations: location(result),
      });
    for (const finding of result.findings) {
      const index = ruleFor(finding.keyword);
      const about = resultTarget(result);
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
