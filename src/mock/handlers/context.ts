// What every operation handler gets, and what it gives back.
import type { QueryOptions } from "../query.js";
import type { Route } from "../router.js";
import type { ConnectorStore } from "../store.js";
import type { UserFlowStore } from "../user-flow-store.js";

export interface HandlerContext {
  route: Route;
  /** The request body, already checked against the operation's request schema. */
  body: unknown;
  query: QueryOptions;
  store: ConnectorStore;
  userFlows: UserFlowStore;
  /** NumericDate of "now", for certificates' isActive. */
  nowSeconds: number;
  newId: () => string;
  /** The page size when the request gives no `$top`. */
  pageSize: number;
  /** The most connectors the store may hold; a create beyond it is refused. */
  maxConnectors: number;
  /** `http://host:port` as the client reached the server (or its public URL), for `@odata.nextLink`. */
  origin: string;
  /** The origin `@odata.context` names: the public URL, or Graph's when it is not known. */
  contextOrigin: string;
}

export interface MockResult {
  status: number;
  /** JSON body; undefined for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (context: HandlerContext) => MockResult | Promise<MockResult>;

/** The connector id of an item or action route (the router always sets it for those). */
export function routeId(context: HandlerContext): string {
  return context.route.id ?? "";
}

/** clientCertificateAuthentication.certificateList has maxItems 100 in the spec. */
export const MAX_CERTIFICATES = 100;
