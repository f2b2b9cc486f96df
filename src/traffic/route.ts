// Which operation of the contract a request is, from its method and target: the one decision
// the .http transcripts, the HAR files and the proxy share. A request under one of the
// contract's resources that matches no operation is a mistake (a wrong method or path);
// anything else is another API, skipped.
import { findOperation, listOperations, type OperationEntry } from "../validate/index.js";

export type Route =
  | { kind: "operation"; operation: OperationEntry }
  | { kind: "outside"; reason: string }
  | { kind: "unknown"; message: string };

/**
 * The contract's resources, from its operation table: every operation path cut after its first
 * segment that names API connectors (`/identity/apiConnectors`,
 * `/identity/b2xUserFlows/{b2xIdentityUserFlowId}/apiConnectorConfiguration`). Other Graph
 * paths (a user flow's identityProviders, creating a user flow) are another API.
 */
const FAMILY_ROOTS: string[][] = [
  ...new Map(
    listOperations().flatMap((operation) => {
      const segments = operation.path.split("/").filter((segment) => segment !== "");
      const cut = segments.findIndex((segment) => segment.toLowerCase().startsWith("apiconnector"));
      const root = cut < 0 ? [] : segments.slice(0, cut + 1);
      return root.length ? [[root.join("/").toLowerCase(), root] as const] : [];
    }),
  ).values(),
];

/** Whether a path (with or without a Graph version prefix) lies under one of the contract's resources. */
export function inContractFamily(path: string): boolean {
  const segments = (path.split(/[?#]/, 1)[0] ?? "").split("/").filter((segment) => segment !== "");
  if (/^(?:v1\.0|beta)$/i.test(segments[0] ?? "")) segments.shift();
  return FAMILY_ROOTS.some(
    (root) =>
      segments.length >= root.length &&
      root.every((segment, index) =>
        segment.startsWith("{")
          ? (segments[index] ?? "") !== ""
          : segment.toLowerCase() === segments[index]?.toLowerCase(),
      ),
  );
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
