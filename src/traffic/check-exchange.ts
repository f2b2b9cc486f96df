// checkExchange: one recorded exchange against the contract, the same checks as the CLI's
// .http transcripts: the operation from the method and path, the request's query options and
// declared headers, its body; the response's status and body (held to the request's $select).
// Bodies are checked only when they are JSON (by Content-Type, when one is given).
import { findDuplicateKeys, hasDuplicateKeys } from "../json/duplicates.js";
import { parseJsonText } from "../json/parse.js";
import {
  type OperationEntry,
  responseFor,
  selectOf,
  type ValidationIssue,
  validateHeaders,
  validateRequest,
  validateResponse,
} from "../validate/index.js";
import { escapePointerToken } from "../validate/pointer.js";
import { headerOf, isJsonMediaType, notJsonBodyMessage } from "./headers.js";
import { locateExchange } from "./locate.js";
import { queryProblems } from "./query.js";
import type { ExchangeVerdict, TrafficExchange, TrafficFinding, TrafficOptions } from "./types.js";

type Direction = "request" | "response";

const isBlank = (text: string | undefined) => text === undefined || text.trim() === "";

/** A body's text read as JSON: the value, or the findings that say why it cannot be checked. */
function readBody(
  text: string | undefined,
  headers: ReadonlyArray<readonly [string, string]>,
  finding: (kind: string, keyword: string, message: string, pointer?: string) => TrafficFinding,
): { body: unknown; findings: TrafficFinding[] } | undefined {
  if (text === undefined || isBlank(text)) return { body: undefined, findings: [] };
  const contentType = headerOf(headers, "content-type");
  if (contentType !== undefined && !isJsonMediaType(contentType)) {
    return { body: undefined, findings: [finding("content-type", "http", notJsonBodyMessage(contentType))] };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { body: undefined, findings: [finding("json", "json", `invalid JSON: ${parsed.message}`)] };
  const findings: TrafficFinding[] = [];
  if (hasDuplicateKeys(text, parsed.value)) {
    for (const duplicate of findDuplicateKeys(text)) {
      const pointer = duplicate.path.map((token) => `/${escapePointerToken(token)}`).join("");
      const key = JSON.stringify((duplicate.path[duplicate.path.length - 1] ?? "").slice(0, 80));
      findings.push(
        finding(
          "json",
          "duplicateKey",
          `property ${key} appears more than once in the same object; JSON parsers disagree on which value counts`,
          pointer,
        ),
      );
    }
  }
  return { body: parsed.value, findings };
}

export function checkExchange(exchange: TrafficExchange, options: TrafficOptions = {}): ExchangeVerdict {
  const located = locateExchange(exchange, options);
  const entry = exchange.index;
  if (located.kind === "outside") return { skipped: located.reason, findings: [] };
  if (located.kind === "unknown")
    return {
      findings: [{ entry, direction: "request", kind: "request-operation", keyword: "http", message: located.message }],
    };
  const { operation, target } = located;
  const operationId = operation.operationId;
  const findingOf =
    (direction: Direction) =>
    (kind: string, keyword: string, message: string, pointer?: string): TrafficFinding => ({
      entry,
      direction,
      kind: `${direction}-${kind}`,
      keyword,
      ...(pointer === undefined ? {} : { pointer }),
      message,
      operationId,
    });
  const fromIssue = (direction: Direction, kind: string) => (issue: ValidationIssue) =>
    findingOf(direction)(kind, issue.keyword, issue.message, issue.pointer);

  const findings: TrafficFinding[] = [];
  const requestFinding = findingOf("request");
  for (const problem of queryProblems(operation, target))
    findings.push(requestFinding("query", "query", problem.message));
  for (const issue of validateHeaders(operationId, exchange.request.headers).issues)
    findings.push(requestFinding("header", issue.keyword, `header ${issue.pointer.slice(1)}: ${issue.message}`));
  const request = readBody(exchange.request.body, exchange.request.headers, requestFinding);
  if (request) {
    findings.push(...request.findings);
    if (request.findings.length === 0 || request.body !== undefined)
      findings.push(...validateRequest(operationId, request.body).issues.map(fromIssue("request", "body")));
  }
  findings.push(...checkResponse(exchange, operation, target, findingOf("response"), fromIssue));
  return { operationId, findings };
}

function checkResponse(
  exchange: TrafficExchange,
  operation: OperationEntry,
  target: string,
  finding: (kind: string, keyword: string, message: string, pointer?: string) => TrafficFinding,
  fromIssue: (direction: Direction, kind: string) => (issue: ValidationIssue) => TrafficFinding,
): TrafficFinding[] {
  const response = exchange.response;
  // Status 0: the recorder saw no answer (HAR writes 0 for a failed or blocked request).
  if (response === undefined || response.status <= 0) return [];
  if (response.bodyRecorded === false) {
    // Only the status can be held to the contract.
    if (responseFor(operation, response.status)) return [];
    return validateResponse(operation.operationId, response.status, undefined)
      .issues.filter((issue) => issue.keyword === "status")
      .map(fromIssue("response", "status"));
  }
  const read = readBody(response.body, response.headers, finding);
  if (!read) return [];
  const findings = [...read.findings];
  if (read.findings.length > 0 && read.body === undefined) return findings;
  const select = selectOf(target);
  const result = validateResponse(
    operation.operationId,
    response.status,
    read.body,
    select === undefined ? {} : { select },
  );
  for (const issue of result.issues)
    findings.push(fromIssue("response", issue.keyword === "status" ? "status" : "body")(issue));
  return findings;
}
