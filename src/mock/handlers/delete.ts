// DELETE /identity/apiConnectors/{id} → 204 (Graph docs, "Delete identityApiConnector").
// Graph's docs do not say what becomes of a user flow step that calls the connector; the mock
// clears such steps (the spec: "User flows that used it stop calling it"), so no flow's
// apiConnectorConfiguration ever names a connector that does not exist (docs/mock.md).
import { notFound } from "../errors.js";
import { type HandlerContext, type MockResult, routeId } from "./context.js";

export function deleteConnector(context: HandlerContext): MockResult {
  if (!context.store.delete(routeId(context))) throw notFound(routeId(context));
  context.userFlows.detachConnector(routeId(context));
  return { status: 204 };
}
