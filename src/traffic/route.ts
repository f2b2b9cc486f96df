// Which operation of the contract a request is, from its method and target: the one decision
// the .http transcripts, the HAR files and the proxy share. A request under the contract's
// resource (`/identity/apiConnectors`) that matches no operation is a mistake (a wrong method
// or path); anything else is another API, skipped.
import { findOperation, type OperationEntry } from "../validate/index.js";

export type Route =
  | { kind: "operation"; operation: OperationEntry }
  | { kind: "outside"; reason: string }
  | { kind: "unknown"; message: string };

/** The contract's resource, with or without a Graph version prefix. */
function inContractFamily(path: string): boolean {
  return /^\/(?:(?:v1\.0|beta)\/)?identity\/apiConnectors(?:[/?#]|$)/i.test(path);
}

/**
 * Routes `method target` (`target` is a path with its query, or a whole URL; `path` is its
 * path alone); `shown` is how messages name the request (a URL without its secrets).
 */
export function routeRequest(method: string, target: string, path: string, shown: string): Route {
  const operation = findOperation(`${method} ${target}`);
  if (operation) return { kind: "operation", operation };
  if (inContractFamily(path))
    return { kind: "unknown", message: `no operation of the contract matches ${method} ${shown}` };
  return { kind: "outside", reason: `${method} ${shown.slice(0, 200)} is not an operation of the contract` };
}
