// The seam between the proxy and the exchange checks it runs. The checks themselves are the
// shared traffic checks (src/traffic/, the same as `validate FILE.har`); until that module is
// on main this seam runs the contract's request and response validators directly.
import { parseJsonText } from "../json/parse.js";
import { findOperation, selectOf, validateQuery, validateRequest, validateResponse } from "../validate/index.js";

/** A request and its response, as the proxy saw them. Bodies are decoded text. */
export interface TrafficExchange {
  index: number;
  startedAt?: number;
  durationMs?: number;
  request: { method: string; url: string; headers: Array<[string, string]>; body?: string };
  response?: { status: number; headers: Array<[string, string]>; body?: string };
}

export interface TrafficFinding {
  entry: number;
  direction: "request" | "response" | "traffic";
  kind: string;
  keyword?: string;
  pointer?: string;
  message: string;
  operationId?: string;
}

export interface ExchangeVerdict {
  operationId?: string;
  skipped?: string;
  findings: TrafficFinding[];
}

function parsedBody(text: string | undefined): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text === undefined || text === "") return { ok: true, value: undefined };
  const parsed = parseJsonText(text);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: `the body is ${parsed.message}` };
}

export function checkExchange(exchange: TrafficExchange, _options: { graphVersion?: string } = {}): ExchangeVerdict {
  const { request, response, index: entry } = exchange;
  const operation = findOperation(`${request.method} ${request.url}`);
  if (!operation) return { skipped: `${request.method} is not an operation of the contract`, findings: [] };
  const operationId = operation.operationId;
  const findings: TrafficFinding[] = [];
  const add = (direction: "request" | "response", kind: string, keyword: string, pointer: string, message: string) =>
    findings.push({ entry, direction, kind, keyword, pointer, message, operationId });
  for (const issue of validateQuery(operationId, request.url).issues)
    add("request", "request-query", "query", "", issue.message);
  const sent = parsedBody(request.body);
  if (!sent.ok) add("request", "request-json", "json", "", sent.message);
  else
    for (const issue of validateRequest(operationId, sent.value).issues)
      add("request", "request-body", issue.keyword, issue.pointer, issue.message);
  if (response) {
    const got = parsedBody(response.body);
    const select = selectOf(request.url);
    if (!got.ok) add("response", "response-json", "json", "", got.message);
    else
      for (const issue of validateResponse(operationId, response.status, got.value, select ? { select } : {}).issues)
        add("response", "response-body", issue.keyword, issue.pointer, issue.message);
  }
  return { operationId, findings };
}

/** The rules across exchanges (src/traffic/); none until that module is on main. */
export class TrafficRules {
  observe(_exchange: TrafficExchange): TrafficFinding[] {
    return [];
  }
  finish(): TrafficFinding[] {
    return [];
  }
}
