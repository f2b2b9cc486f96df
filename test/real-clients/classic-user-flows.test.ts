// The classic Microsoft Graph JS client (@microsoft/microsoft-graph-client, default middleware)
// against the TLS mock, v1.0 and beta: the user-flow job, create → attach → expand → detach →
// delete, with its own api().put()/expand(), the recipe docs/mock.md shows, and beta's b2cUserFlows.
// The Kiota SDKs run the same job in kiota-user-flows.test.ts.
import { type Client, GraphError } from "@microsoft/microsoft-graph-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { classicClientForMock } from "./recipes/classic.js";
import { attachWithClassicClient } from "./recipes/classic-user-flows.js";
import { basicBody, GRAPH_VERSIONS, type RealClientMock, startRealClientMock } from "./support.js";

describe.each(GRAPH_VERSIONS)("the classic Graph JS client and user flows, %s", (version) => {
  let real: RealClientMock;
  let client: Client;
  beforeAll(async () => {
    real = await startRealClientMock();
    client = classicClientForMock(real.mock, real.trusting, version);
  });
  afterEach(() => {
    real.mock.reset();
    real.log.length = 0;
  });
  afterAll(() => real.close());

  it("creates a connector, attaches it, sees it expanded, detaches it, and deletes it", async () => {
    const created: { id: string } = await client.api("/identity/apiConnectors").post(basicBody("Attached"));
    const flows = await client.api("/identity/b2xUserFlows").get();
    expect(flows.value.map((flow: { id: string }) => flow.id)).toEqual(["B2X_1_testuserflow"]);

    const configuration = await attachWithClassicClient(client, created.id);
    expect(configuration).toMatchObject({
      postFederationSignup: null,
      postAttributeCollection: {
        id: created.id,
        displayName: "Attached",
        authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", password: "******" },
      },
    });
    expect(JSON.stringify(configuration)).not.toContain("Real-Client-Secret-1");

    const step = "/identity/b2xUserFlows/B2X_1_testuserflow/apiConnectorConfiguration/postAttributeCollection/$ref";
    await client.api(step).put({});
    const detached = await client
      .api("/identity/b2xUserFlows/B2X_1_testuserflow/apiConnectorConfiguration")
      .expand("postAttributeCollection")
      .get();
    expect(detached.postAttributeCollection).toBeNull();
    await client.api(`/identity/apiConnectors/${created.id}`).delete();

    expect(real.log.map((entry) => [entry.operationId, entry.status])).toEqual([
      ["createIdentityApiConnector", 201],
      ["listB2xUserFlows", 200],
      ["setB2xUserFlowApiConnector", 204],
      ["getB2xUserFlowApiConnectorConfiguration", 200],
      ["setB2xUserFlowApiConnector", 204],
      ["getB2xUserFlowApiConnectorConfiguration", 200],
      ["deleteIdentityApiConnector", 204],
    ]);
    expect(real.log.every((entry) => entry.path.startsWith(`/${version}/`))).toBe(true);
  });

  it("gets the OData 404 as its GraphError for an unknown connector, and works on beta's b2cUserFlows", async () => {
    const refused = await client
      .api("/identity/b2xUserFlows/B2X_1_testuserflow/apiConnectorConfiguration/postFederationSignup/$ref")
      .put({
        "@odata.id": "https://graph.microsoft.com/v1.0/identity/apiConnectors/00000000-0000-4000-8000-000000000000",
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GraphError);
    expect((refused as GraphError).statusCode).toBe(404);
    expect((refused as GraphError).code).toBe("Request_ResourceNotFound");

    const created: { id: string } = await client.api("/identity/apiConnectors").post(basicBody("B2C"));
    await client
      .api("/identity/b2cUserFlows/B2C_1_testuserflow/apiConnectorConfiguration/postFederationSignup/$ref")
      .put({ "@odata.id": `https://graph.microsoft.com/beta/identity/apiConnectors/${created.id}` });
    const configuration = await client
      .api("/identity/b2cUserFlows/B2C_1_testuserflow/apiConnectorConfiguration")
      .expand("postFederationSignup")
      .get();
    expect(configuration.postFederationSignup.id).toBe(created.id);
  });
});
