// Finds an operation by operationId or by "METHOD /path", the two spellings `--operation` and
// validateRequest accept (README, "The main job"). Paths match the way Graph matches them: segments are
// case-insensitive, a trailing slash and a query string are ignored, a full Graph URL
// (https://graph.microsoft.com/v1.0/...) works, and a bound action may be namespace-qualified
// (`.../microsoft.graph.uploadClientCertificate`).
import { type OperationEntry, operations } from "../../generated/operations.js";

export type { OperationEntry };

/** Raised for an operation name the spec does not define (a caller mistake, not bad data). */
export class UnknownOperationError extends Error {
  readonly known: string[];
  constructor(readonly operation: string) {
    const known = operations.map((op) => `${op.operationId} (${op.method} ${op.path})`);
    super(`unknown operation "${operation}"; known operations: ${known.join(", ")}`);
    this.name = "UnknownOperationError";
    this.known = known;
  }
}

const GRAPH_VERSION_PREFIX = /^\/(?:v1\.0|beta)(?=\/)/i;
const ACTION_NAMESPACE = /^microsoft\.graph\./i;

function pathSegments(rawPath: string): string[] {
  let path = rawPath.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(path);
  if (scheme) path = path.slice(scheme[0].length);
  path = path.split(/[?#]/, 1)[0] ?? "";
  path = path.replace(GRAPH_VERSION_PREFIX, "");
  return path.split("/").filter((segment) => segment !== "");
}

function matches(template: string, concrete: string[]): boolean {
  const expected = pathSegments(template);
  if (expected.length !== concrete.length) return false;
  return expected.every((segment, index) => {
    const given = concrete[index] ?? "";
    if (/^\{[^}]+\}$/.test(segment)) return given !== "";
    const unqualified = given.replace(ACTION_NAMESPACE, "");
    return segment.toLowerCase() === given.toLowerCase() || segment.toLowerCase() === unqualified.toLowerCase();
  });
}

/** The operation for `"createIdentityApiConnector"` or `"POST /identity/apiConnectors"`, or undefined. */
export function findOperation(name: string): OperationEntry | undefined {
  const byId = operations.find((op) => op.operationId === name);
  if (byId) return byId;
  const request = /^\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(name);
  if (!request) return undefined;
  const method = (request[1] ?? "").toUpperCase();
  const segments = pathSegments(request[2] ?? "");
  return operations.find((op) => op.method === method && matches(op.path, segments));
}

/** Like findOperation, but throws UnknownOperationError listing the known operations. */
export function resolveOperation(name: string): OperationEntry {
  const operation = findOperation(name);
  if (!operation) throw new UnknownOperationError(name);
  return operation;
}

/** The response schema for a status: the exact code, then its range (`4XX`), then `default`. */
export function responseFor(
  operation: OperationEntry,
  status: number | string,
): { key: string; schema: string | null } | undefined {
  const code = String(status).trim();
  for (const key of [code, `${code.charAt(0)}XX`, "default"]) {
    if (Object.hasOwn(operation.responses, key)) {
      return { key, schema: operation.responses[key] ?? null };
    }
  }
  return undefined;
}

export function listOperations(): readonly OperationEntry[] {
  return operations;
}
