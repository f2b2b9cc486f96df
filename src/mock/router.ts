// Maps a request line to an operation, matching paths the way Graph does: segments are
// case-insensitive (the docs write `/identity/apiconnectors/{id}`), an optional `/v1.0` or
// `/beta` prefix, a trailing slash ignored, and the bound action unqualified or
// namespace-qualified (`.../microsoft.graph.uploadClientCertificate`). It is the twin of the
// spec's findOperation, kept separate because it also needs the id, the version and a 405 with
// `Allow`; test/mock/router.test.ts holds the two to the same answers for every operation.
import type { operations } from "../../generated/schema.js";
import type { GraphVersion } from "../validate/graph-version.js";
import { decodeSegment, MockError, methodNotAllowed } from "./errors.js";
import { derivedRoute, unmatchedSegment } from "./operation-routes.js";

export type OperationId = keyof operations;

export interface Route {
  operationId: OperationId;
  /** The connector id from the path, for item and action routes; the user flow id for user-flow routes. */
  id?: string;
  /** The step of a user flow's apiConnectorConfiguration (`PUT …/{step}/$ref`), as given. */
  step?: string;
  /** The Graph version named in the path, or the server's default when the path names none. */
  version: GraphVersion;
  /** `/v1.0`, `/beta`, or "" when the path had no version: used to build `@odata.nextLink`. */
  versionPrefix: string;
}

type Resource = "collection" | "item" | "upload";

const METHODS: Record<Resource, Partial<Record<string, OperationId>>> = {
  collection: { GET: "listIdentityApiConnectors", POST: "createIdentityApiConnector" },
  item: { GET: "getIdentityApiConnector", PATCH: "updateIdentityApiConnector", DELETE: "deleteIdentityApiConnector" },
  upload: { POST: "uploadIdentityApiConnectorClientCertificate" },
};

const VERSION = /^(v1\.0|beta)$/i;
const UPLOAD_ACTION = /^(?:microsoft\.graph\.)?uploadClientCertificate$/i;
const SEGMENT_SHOWN = 100;

function segmentNotFound(segment: string): MockError {
  return new MockError(
    400,
    "BadRequest",
    `Resource not found for the segment '${segment.slice(0, SEGMENT_SHOWN)}'. The mock serves /identity/apiConnectors, /identity/apiConnectors/{id} and /identity/apiConnectors/{id}/uploadClientCertificate, /identity/b2xUserFlows and /identity/b2cUserFlows with their apiConnectorConfiguration, optionally under /v1.0 or /beta.`,
  );
}

/** Throws MockError: 400 for a path the API does not have, 405 for a method its resource lacks. */
export function route(method: string, pathname: string, defaultVersion: GraphVersion): Route {
  const segments = pathname.split("/").filter((segment) => segment !== "");
  let version = defaultVersion;
  let versionPrefix = "";
  if (segments[0] !== undefined && VERSION.test(segments[0])) {
    version = segments[0].toLowerCase() === "beta" ? "beta" : "v1.0";
    versionPrefix = `/${version}`;
    segments.shift();
  }
  const [container, collection, rawId, action, ...rest] = segments;
  if (container?.toLowerCase() !== "identity") throw segmentNotFound(decodeSegment(container ?? ""));
  // Every path other than the connectors' is routed from the spec's operation table.
  const derived = collection?.toLowerCase() === "apiconnectors" ? undefined : derivedRoute(method, segments);
  if (derived) return { ...derived, version, versionPrefix };
  const unmatched = collection?.toLowerCase() === "apiconnectors" ? undefined : unmatchedSegment(segments);
  if (unmatched !== undefined) throw segmentNotFound(decodeSegment(unmatched));
  if (collection?.toLowerCase() !== "apiconnectors") throw segmentNotFound(decodeSegment(collection ?? ""));
  if (action !== undefined && !UPLOAD_ACTION.test(action)) throw segmentNotFound(decodeSegment(action));
  if (rest[0] !== undefined) throw segmentNotFound(decodeSegment(rest[0]));
  // `$count`, `$ref` and the like are OData path segments the mock does not serve, not ids.
  if (rawId?.startsWith("$")) throw segmentNotFound(decodeSegment(rawId));

  const resource: Resource = rawId === undefined ? "collection" : action === undefined ? "item" : "upload";
  const operationId = METHODS[resource][method];
  if (!operationId) {
    throw methodNotAllowed(Object.keys(METHODS[resource]));
  }
  return { operationId, version, versionPrefix, ...(rawId !== undefined ? { id: decodeSegment(rawId) } : {}) };
}
