// The mock's routing table, derived from the spec's operation table (generated/operations.js)
// rather than written by hand: a path matches an operation's template segment by segment,
// literal segments case-insensitively (as Graph matches them), a `{parameter}` segment any
// non-empty segment that is not an OData path segment (`$ref`, `$count`). A bound action (a
// POST whose template ends in a literal segment right after a key, OData 4.01 URL conventions
// §4.5) may also be namespace-qualified (`…/microsoft.graph.uploadClientCertificate`).
// ARCHITECTURE.md, "Adding an operation, end to end".
import type { OperationEntry } from "../validate/index.js";
import { decodeSegment, methodNotAllowed } from "./errors.js";

export interface Template {
  operationId: string;
  method: string;
  segments: readonly string[];
  /** The last segment's index when it names a bound action, so `microsoft.graph.` may precede it. */
  actionIndex?: number;
}

const isParameter = (segment: string) => segment.startsWith("{") && segment.endsWith("}");
const ACTION_NAMESPACE = /^microsoft\.graph\./i;
/** The order `Allow` lists methods in (RFC 9110 §10.2.1 sets none): reads first, then writes. */
const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
const byMethodOrder = (a: string, b: string) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b);

function template(operation: OperationEntry): Template {
  const segments = operation.path.split("/").filter((segment) => segment !== "");
  const last = segments.length - 1;
  const boundAction =
    operation.method === "POST" &&
    last > 0 &&
    !isParameter(segments[last] ?? "") &&
    isParameter(segments[last - 1] ?? "");
  return {
    operationId: operation.operationId,
    method: operation.method,
    segments,
    ...(boundAction ? { actionIndex: last } : {}),
  };
}

/**
 * The routing table for these operations; throws (at the mock's start, when router.ts loads)
 * when an operation has no handler or a handler no operation, so a new operation in the spec
 * cannot go unrouted.
 */
export function routingTable(operations: readonly OperationEntry[], handled: readonly string[]): Template[] {
  const ids = new Set(operations.map((operation) => operation.operationId));
  const unhandled = operations.filter((operation) => !handled.includes(operation.operationId));
  const stale = handled.filter((id) => !ids.has(id));
  if (unhandled.length > 0 || stale.length > 0) {
    const lines = [
      ...unhandled.map(
        (operation) =>
          `${operation.operationId} (${operation.method} ${operation.path}) is in generated/operations.js but has no handler in src/mock/handlers/index.ts`,
      ),
      ...stale.map(
        (id) => `the handler ${id} in src/mock/handlers/index.ts has no operation in generated/operations.js`,
      ),
    ];
    throw new Error(`The mock's routes do not match the spec: ${lines.join("; ")}.`);
  }
  return operations.map(template);
}

function fits(expected: string, given: string, isAction: boolean): boolean {
  if (isParameter(expected)) return given !== "" && !given.startsWith("$");
  const wanted = expected.toLowerCase();
  return wanted === given.toLowerCase() || (isAction && wanted === given.replace(ACTION_NAMESPACE, "").toLowerCase());
}

/** The path parameters of `concrete` under `template`, or undefined when it does not match. */
function parameters(template: Template, concrete: readonly string[]): Map<string, string> | undefined {
  if (template.segments.length !== concrete.length) return undefined;
  const found = new Map<string, string>();
  for (const [index, segment] of template.segments.entries()) {
    const given = concrete[index] ?? "";
    if (!fits(segment, given, index === template.actionIndex)) return undefined;
    if (isParameter(segment)) found.set(segment.slice(1, -1), decodeSegment(given));
  }
  return found;
}

export interface MatchedRoute {
  operationId: string;
  /** The first path parameter other than `step` (the connector's or the user flow's id). */
  id?: string;
  step?: string;
}

/**
 * The operation for a path (its segments, without the version) and method; undefined when no
 * template has the path; throws a 405 MockError listing the template's methods when the path
 * exists but the method does not.
 */
export function matchRoute(
  table: readonly Template[],
  method: string,
  segments: readonly string[],
): MatchedRoute | undefined {
  const matching = table
    .map((candidate) => ({ template: candidate, found: parameters(candidate, segments) }))
    .filter((candidate) => candidate.found !== undefined);
  if (matching.length === 0) return undefined;
  const hit = matching.find((candidate) => candidate.template.method === method);
  if (!hit?.found) {
    throw methodNotAllowed([...new Set(matching.map((candidate) => candidate.template.method))].sort(byMethodOrder));
  }
  const id = [...hit.found.entries()].find(([name]) => name !== "step")?.[1];
  const step = hit.found.get("step");
  return {
    operationId: hit.template.operationId,
    ...(id !== undefined ? { id } : {}),
    ...(step !== undefined ? { step } : {}),
  };
}

/**
 * The first segment of a path that no template has at its place after the segments before it
 * (`foo` in `/identity/b2xUserFlows/B2X_1_x/foo`), or its last segment when it stops short of
 * every template it starts like, for the 400 Graph answers; the first segment (or "") when no
 * template starts like it.
 */
export function unmatchedSegment(table: readonly Template[], segments: readonly string[]): string {
  let candidates: readonly Template[] = table;
  for (const [index, segment] of segments.entries()) {
    const next = candidates.filter((candidate) => {
      const expected = candidate.segments[index];
      return expected !== undefined && fits(expected, segment, index === candidate.actionIndex);
    });
    if (next.length === 0) return segment;
    candidates = next;
  }
  return segments.at(-1) ?? "";
}

/** `/identity/apiConnectors`, `/identity/b2xUserFlows`, …: the collections the table serves. */
export function collections(table: readonly Template[]): string[] {
  return [...new Set(table.map((candidate) => `/${candidate.segments.slice(0, 2).join("/")}`))];
}
