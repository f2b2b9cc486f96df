// One request, start to finish: route, headers, faults, body, query, contract check of the
// request, the operation, then a contract check of the mock's own response before it is sent.
// Every failure becomes an OData error envelope; nothing is ever answered with a stack trace.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GraphVersion } from "../validate/graph-version.js";
import {
  listOperations,
  MAX_ISSUES,
  summarizeIssues,
  type ValidationIssue,
  validateAgainst,
  validateRequest,
  validateResponse,
} from "../validate/index.js";
import { odataErrorEnvelope, type RequestIds } from "../validate/odata-error.js";
import { badRequest, MockError } from "./errors.js";
import { type FaultInjector, faultError, type InjectedFault, processedBeforeFault } from "./faults.js";
import { handlers, type MockResult } from "./handlers/index.js";
import { parseRequestJson, readRequestBytes } from "./http-body.js";
import { type OriginSettings, requestOrigins } from "./public-origin.js";
import { parseQuery } from "./query.js";
import { GRAPH_ORIGIN } from "./representation.js";
import { type OperationId, route } from "./router.js";
import type { ConnectorStore } from "./store.js";
import type { UserFlowStore } from "./user-flow-store.js";

/** One line of the request log: never a body, never a header value. */
export interface RequestLogEntry {
  method: string;
  /** Path and query, cut to 200 characters. */
  path: string;
  status: number;
  operationId?: OperationId;
  /** The injected fault's status, when the answer was a fault. */
  fault?: number;
  requestId: string;
  durationMs: number;
}

export interface MockState {
  store: ConnectorStore;
  userFlows: UserFlowStore;
  faults: FaultInjector;
  newId: () => string;
  now: () => number;
  version: GraphVersion;
  pageSize: number;
  /** The most connectors the store may hold (options.ts). */
  maxConnectors: number;
  requireAuthorization: boolean;
  /** Where the mock is reached, for the absolute URLs it writes. */
  origins: OriginSettings;
  onRequest?: (entry: RequestLogEntry) => void;
  /** Called for a bug of the mock: an exception, or a response that breaks the contract. */
  onError?: (error: Error) => void;
}

const TAKES_BODY = new Set(
  listOperations()
    .filter((operation) => operation.request)
    .map((operation) => operation.operationId),
);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What Graph sends with a JSON body. */
const JSON_CONTENT_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Graph docs: client-request-id is "a client-generated request ID in GUID format". */
function clientRequestId(request: IncomingMessage): { value?: string; error?: MockError } {
  const value = header(request, "client-request-id");
  if (value === undefined) return {};
  if (UUID.test(value)) return { value };
  return {
    error: badRequest("The client-request-id header must be a GUID, such as 6f1d2b7a-3c4e-4f5a-8b9c-0d1e2f3a4b5c."),
  };
}

/**
 * RFC 9110 §11.6.1: a 401 must carry WWW-Authenticate. Graph names the Bearer scheme with an
 * empty realm, the Entra authorization endpoint and its own application id as client_id.
 */
export const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

function checkAuthorization(request: IncomingMessage): void {
  if (!/^Bearer\s+\S+/i.test(header(request, "authorization") ?? "")) {
    throw new MockError(
      401,
      "InvalidAuthenticationToken",
      "Access token is empty. Send an Authorization: Bearer header (the mock accepts any token).",
      [],
      { "WWW-Authenticate": WWW_AUTHENTICATE },
    );
  }
}

function requestBodyIssues(issues: readonly ValidationIssue[]): MockError {
  const seeDetails = issues.length > 1 ? " (see details)" : "";
  return badRequest(
    `The request body does not conform to the contract: ${summarizeIssues(issues, { limit: 1 })}${seeDetails}.`,
    issues.map((issue) => ({ code: issue.keyword, message: issue.message, target: issue.pointer })),
  );
}

async function answer(
  request: IncomingMessage,
  url: URL,
  state: MockState,
  seen: { operationId?: OperationId; fault?: InjectedFault },
): Promise<MockResult> {
  const matched = route(request.method ?? "GET", url.pathname, state.version);
  seen.operationId = matched.operationId;
  if (state.requireAuthorization) checkAuthorization(request);
  const bytes = await readRequestBytes(request);
  const fault = state.faults.next();
  seen.fault = fault;
  if (fault && !processedBeforeFault(fault)) throw faultError(fault);

  const query = parseQuery(url.searchParams, matched.operationId);
  let body: unknown;
  if (TAKES_BODY.has(matched.operationId)) {
    body = parseRequestJson(bytes, header(request, "content-type"));
    const checked = validateRequest(matched.operationId, body);
    if (!checked.valid) throw requestBodyIssues(checked.issues);
  }
  const origins = requestOrigins(request, state.origins);
  const result = await handlers[matched.operationId]({
    route: matched,
    body,
    query,
    store: state.store,
    userFlows: state.userFlows,
    nowSeconds: Math.floor(state.now() / 1000),
    newId: state.newId,
    pageSize: state.pageSize,
    maxConnectors: state.maxConnectors,
    origin: origins.links,
    contextOrigin: origins.public ?? GRAPH_ORIGIN,
  });
  if (fault) throw faultError(fault); // a 504: the change is made, the answer is lost
  return result;
}

function failure(error: unknown, state: MockState): MockError {
  if (error instanceof MockError) return error;
  const bug = error instanceof Error ? error : new Error(String(error));
  state.onError?.(bug);
  return new MockError(
    500,
    "generalException",
    `The mock failed to handle the request (a bug in the mock): ${bug.message.slice(0, 200)}`,
  );
}

/** The mock's own answer must conform too; one that does not is reported as a bug. */
function contractChecked(
  result: MockResult,
  operationId: OperationId | undefined,
  select: string | undefined,
  state: MockState,
): MockResult | MockError {
  const checked =
    result.status >= 400 || !operationId
      ? validateAgainst("odataError", result.body)
      : validateResponse(operationId, result.status, result.body, { select });
  if (checked.valid) return result;
  const error = new Error(
    `the mock's ${String(result.status)} response${operationId ? ` to ${operationId}` : ""} does not conform to the spec: ${summarizeIssues(checked.issues, { limit: MAX_ISSUES })}`,
  );
  state.onError?.(error);
  return new MockError(500, "MockContractViolation", `${error.message} (a bug in the mock)`.slice(0, 2000));
}

function writeMockResult(response: ServerResponse, result: MockResult, ids: RequestIds): void {
  if (response.headersSent || response.destroyed) return;
  const headers: Record<string, string> = {
    "request-id": ids.requestId,
    ...(ids.clientRequestId !== undefined ? { "client-request-id": ids.clientRequestId } : {}),
    ...result.headers,
  };
  if (result.body === undefined) {
    response.writeHead(result.status, headers).end();
    return;
  }
  response
    .writeHead(result.status, { ...headers, "Content-Type": JSON_CONTENT_TYPE, "OData-Version": "4.0" })
    .end(JSON.stringify(result.body));
}

/** The request target as a URL; a path starting with `//` stays a path. */
function requestUrl(target: string): URL {
  try {
    return target.startsWith("/") ? new URL(`http://mock.invalid${target}`) : new URL(target);
  } catch {
    return new URL("http://mock.invalid/");
  }
}

export async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  state: MockState,
): Promise<void> {
  const started = performance.now();
  const url = requestUrl(request.url ?? "/");
  const given = clientRequestId(request);
  const ids: RequestIds = {
    requestId: randomUUID(),
    ...(given.value !== undefined ? { clientRequestId: given.value } : {}),
  };
  const seen: { operationId?: OperationId; fault?: InjectedFault } = {};

  let result: MockResult;
  try {
    if (given.error) throw given.error;
    result = await answer(request, url, state, seen);
  } catch (error) {
    const failed = failure(error, state);
    result = {
      status: failed.status,
      body: odataErrorEnvelope(failed, ids, state.now()),
      headers: { ...failed.headers },
    };
  }
  const checked = contractChecked(result, seen.operationId, url.searchParams.get("$select") ?? undefined, state);
  if (checked instanceof MockError) result = { status: 500, body: odataErrorEnvelope(checked, ids, state.now()) };
  writeMockResult(response, result, ids);

  state.onRequest?.({
    method: request.method ?? "",
    path: `${url.pathname}${url.search}`.slice(0, 200),
    status: result.status,
    ...(seen.operationId ? { operationId: seen.operationId } : {}),
    ...(seen.fault && result.status === seen.fault.status ? { fault: seen.fault.status } : {}),
    requestId: ids.requestId,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  });
}
