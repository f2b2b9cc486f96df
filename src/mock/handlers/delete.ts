// DELETE /identity/apiConnectors/{id} → 204 (Graph docs, "Delete identityApiConnector").
import { notFound } from "../errors.js";
import { type HandlerContext, type MockResult, routeId } from "./context.js";

export function deleteConnector(context: HandlerContext): MockResult {
  if (!context.store.delete(routeId(context))) throw notFound(routeId(context));
  return { status: 204 };
}
