// POST /identity/apiConnectors → 201 with the new connector (Graph docs, "Create identityApiConnector").
import type { components } from "../../../generated/schema.js";
import { storedAuthentication } from "../authentication.js";
import { MockError } from "../errors.js";
import { connectorResource, contextUrl } from "../representation.js";
import { type HandlerContext, MAX_CONNECTORS, type MockResult } from "./context.js";

type CreateRequest = components["schemas"]["identityApiConnectorCreate"];

/** A fresh id; a few tries in case a seeded id happens to equal a generated one. */
function unusedId(context: HandlerContext): string {
  for (let attempt = 0; attempt < 10; attempt++) {
    const id = context.newId();
    if (!context.store.has(id)) return id;
  }
  throw new MockError(500, "generalException", "The mock could not find an unused id.");
}

export async function createConnector(context: HandlerContext): Promise<MockResult> {
  const request = context.body as CreateRequest;
  if (context.store.size >= MAX_CONNECTORS) {
    throw new MockError(
      400,
      "Directory_QuotaExceeded",
      `The mock holds ${MAX_CONNECTORS} connectors, its limit; delete some first.`,
    );
  }
  const authentication = await storedAuthentication(
    request.authenticationConfiguration,
    "/authenticationConfiguration",
  );
  const connector = context.store.add({
    id: unusedId(context),
    displayName: request.displayName,
    targetUrl: request.targetUrl,
    authentication,
  });
  return {
    status: 201,
    body: connectorResource(connector, {
      nowSeconds: context.nowSeconds,
      context: contextUrl(context.contextOrigin, context.route.version, "entity"),
    }),
  };
}
