// Maps a request line to an operation, matching paths the way Graph does: segments are
// case-insensitive (the docs write `/identity/apiconnectors/{id}`), an optional `/v1.0` or
// `/beta` prefix, a trailing slash ignored, and the bound action unqualified or
// namespace-qualified (`.../microsoft.graph.uploadClientCertificate`). Its table is derived
// from generated/operations.js (operation-routes.ts). It is the twin of the spec's
// findOperation, kept separate because it also needs the id, the version, the 400 naming the
// segment and a 405 with `Allow`; test/mock/router.test.ts holds the two to the same answers.
import type { operations } from "../../generated/schema.js";
import type { GraphVersion } from "../validate/graph-version.js";
import { listOperations } from "../validate/index.js";
import { decodeSegment, MockError } from "./errors.js";
import { handlers } from "./handlers/index.js";
import { collections, matchRoute, routingTable, unmatchedSegment } from "./operation-routes.js";

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

// Checked against the handlers when this module loads: an operation without one stops the mock.
const TABLE = routingTable(listOperations(), Object.keys(handlers));
const VERSION = /^(v1\.0|beta)$/i;
const SEGMENT_SHOWN = 100;

function segmentNotFound(segment: string): MockError {
  return new MockError(
    400,
    "BadRequest",
    `Resource not found for the segment '${segment.slice(0, SEGMENT_SHOWN)}'. The mock serves ${collections(TABLE).join(", ")} and the paths below them that the contract has, optionally under /v1.0 or /beta.`,
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
  const matched = matchRoute(TABLE, method, segments);
  if (!matched) throw segmentNotFound(decodeSegment(unmatchedSegment(TABLE, segments)));
  return { ...matched, operationId: matched.operationId as OperationId, version, versionPrefix };
}
