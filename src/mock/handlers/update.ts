// PATCH /identity/apiConnectors/{id} → 204 (Graph docs, "Update identityApiConnector"). Only the
// properties sent change; a sent authenticationConfiguration replaces the previous one, so a
// pkcs12Certificate turns any configuration into a single-certificate list.
import type { components } from "../../../generated/schema.js";
import { storedAuthentication } from "../authentication.js";
import { notFound } from "../errors.js";
import type { ConnectorChanges } from "../store.js";
import { type HandlerContext, type MockResult, routeId } from "./context.js";

type UpdateRequest = components["schemas"]["identityApiConnectorUpdate"];

export async function updateConnector(context: HandlerContext): Promise<MockResult> {
  const id = routeId(context);
  if (!context.store.has(id)) throw notFound(id);
  const request = context.body as UpdateRequest;
  const changes: ConnectorChanges = {
    ...(request.displayName !== undefined ? { displayName: request.displayName } : {}),
    ...(request.targetUrl !== undefined ? { targetUrl: request.targetUrl } : {}),
    ...(request.authenticationConfiguration !== undefined
      ? {
          authentication: await storedAuthentication(
            request.authenticationConfiguration,
            "/authenticationConfiguration",
          ),
        }
      : {}),
  };
  // The connector may have been deleted while the certificate was being read.
  if (!context.store.update(id, changes)) throw notFound(id);
  return { status: 204 };
}
