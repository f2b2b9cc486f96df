// GET /identity/apiConnectors/{id} → 200 (Graph docs, "Get identityApiConnector"); honours $select.
import { notFound } from "../errors.js";
import { connectorResource, contextUrl } from "../representation.js";
import { type HandlerContext, type MockResult, routeId } from "./context.js";

export function getConnector(context: HandlerContext): MockResult {
  const connector = context.store.get(routeId(context));
  if (!connector) throw notFound(routeId(context));
  const { select } = context.query;
  return {
    status: 200,
    body: connectorResource(connector, {
      nowSeconds: context.nowSeconds,
      context: contextUrl(context.contextOrigin, context.route.version, "entity", select),
      ...(select ? { select } : {}),
    }),
  };
}
