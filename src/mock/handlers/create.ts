// POST /identity/apiConnectors → 201 with the new connector (Graph docs, "Create identityApiConnector").
import type { components } from "../../../generated/schema.js";
import { storedAuthentication } from "../authentication.js";
import { MockError } from "../errors.js";
import { connectorResource, contextUrl } from "../representation.js";
import type { HandlerContext, MockResult } from "./context.js";

type CreateRequest = components["schemas"]["identityApiConnectorCreate"];

/** A fresh id; a few tries in case a seeded id happens to equal a generated one. */
function unusedId(context: HandlerContext): string {
  for (let attempt = 0; attempt < 10; attempt++) {
    const id = context.newId();
    if (!context.store.has(id)) return id;
  }
  throw new MockError(500, "generalException", "The mock could not find an unused id.");
}

/** Graph's code for a full directory; the limit is the mock's `maxConnectors`. */
function checkRoom(context: HandlerContext): void {
  if (context.store.size >= context.maxConnectors) {
    throw new MockError(
      400,
      "Directory_QuotaExceeded",
      `The mock holds ${context.maxConnectors} connectors, its limit (maxConnectors, --max-connectors); delete some first.`,
    );
  }
}

export async function createConnector(context: HandlerContext): Promise<MockResult> {
  const request = context.body as CreateRequest;
  checkRoom(context);
  const authentication = await storedAuthentication(
    request.authenticationConfiguration,
    "/authenticationConfiguration",
  );
  checkRoom(context); // again: other creates may have filled the store while the certificate was read
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
