// This package's client running the whole user-flow job: the recipe in docs/mock.md is the text
// between the recipe markers below (test/real-clients/recipes.test.ts keeps the two equal);
// ours-user-flows.test.ts runs it against the mock.
import type { ApiConnectorsClient } from "../../../src/index.js";

export async function userFlowJob(client: ApiConnectorsClient): Promise<string[]> {
  const seen: string[] = [];
  // recipe:start
  const connector = await client.createApiConnector({
    displayName: "Loyalty number check",
    targetUrl: "https://api.contoso.com/loyalty",
    authenticationConfiguration: {
      "@odata.type": "#microsoft.graph.basicAuthentication",
      username: "entra",
      password: process.env.CONNECTOR_PASSWORD ?? "change-me",
    },
  });
  const [flow] = (await client.listUserFlows()).value; // the mock seeds B2X_1_testuserflow
  if (!flow) throw new Error("no user flow");

  // PUT …/apiConnectorConfiguration/postAttributeCollection/$ref {"@odata.id": …}
  await client.attachApiConnector(flow.id, "postAttributeCollection", connector.id);
  const configuration = await client.getApiConnectorConfiguration(flow.id, {
    expand: ["postFederationSignup", "postAttributeCollection"],
  });
  // Each expanded step is an ApiConnector or null.
  seen.push(configuration.postAttributeCollection?.displayName ?? "none");

  await client.detachApiConnector(flow.id, "postAttributeCollection"); // PUT … {}
  await client.deleteApiConnector(connector.id);
  // recipe:end
  return seen;
}
