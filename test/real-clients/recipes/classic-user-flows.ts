// The classic client's user-flow recipe in docs/mock.md is the text between the recipe markers
// below (test/real-clients/recipes.test.ts keeps the two equal); classic-user-flows.test.ts runs it.
import type { Client } from "@microsoft/microsoft-graph-client";

export async function attachWithClassicClient(
  client: Client,
  connectorId: string,
): Promise<{ postAttributeCollection: { id: string } | null }> {
  // recipe:start
  // Enable the connector at a step of the mock's seeded flow, then read the configuration.
  const flow = "/identity/b2xUserFlows/B2X_1_testuserflow/apiConnectorConfiguration";
  await client.api(`${flow}/postAttributeCollection/$ref`).put({
    "@odata.id": `https://graph.microsoft.com/v1.0/identity/apiConnectors/${connectorId}`,
  });
  const configuration = await client.api(flow).expand(["postFederationSignup", "postAttributeCollection"]).get();
  // configuration.postAttributeCollection is the connector (password masked); detach with {}:
  // await client.api(`${flow}/postAttributeCollection/$ref`).put({});
  // recipe:end
  return configuration;
}
