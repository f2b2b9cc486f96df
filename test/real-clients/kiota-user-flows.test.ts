// The Kiota-based SDKs and the user-flow job against the TLS mock: create a connector, attach
// it at a step of a flow (the SDK's ReferenceUpdate), read the flow's apiConnectorConfiguration
// with $expand into the SDK's UserFlowApiConnectorConfiguration (the expanded connector's
// authenticationConfiguration down-cast by @odata.type), detach, delete. v1.0's b2xUserFlows
// with @microsoft/msgraph-sdk, beta's b2cUserFlows with @microsoft/msgraph-beta-sdk.
import * as betaModels from "@microsoft/msgraph-beta-sdk/models/index.js";
import * as betaErrors from "@microsoft/msgraph-beta-sdk/models/oDataErrors/index.js";
import type { BasicAuthentication } from "@microsoft/msgraph-sdk/models/index.js";
import * as v1Models from "@microsoft/msgraph-sdk/models/index.js";
import * as v1Errors from "@microsoft/msgraph-sdk/models/oDataErrors/index.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiConnectors, kiotaBasicBody, type SdkModels } from "./kiota-requests.js";
import { type FlowKind, type UserFlowModels, userFlows } from "./kiota-user-flows.js";
import { kiotaAdapterForMock } from "./recipes/kiota.js";
import { type RealClientMock, startRealClientMock } from "./support.js";

const SDKS: [version: "v1.0" | "beta", kind: FlowKind, flow: string, sdk: SdkModels & UserFlowModels][] = [
  ["v1.0", "b2xUserFlows", "B2X_1_testuserflow", { models: v1Models, errors: v1Errors }],
  ["beta", "b2cUserFlows", "B2C_1_testuserflow", { models: betaModels, errors: betaErrors }],
];

describe.each(SDKS)("the Kiota Graph SDK and user flows, %s %s", (version, kind, flow, sdk) => {
  let real: RealClientMock;
  let connectors: ReturnType<typeof apiConnectors>;
  let flows: ReturnType<typeof userFlows>;
  beforeAll(async () => {
    real = await startRealClientMock();
    const adapter = kiotaAdapterForMock(real.mock, real.trusting, version);
    connectors = apiConnectors(adapter, sdk);
    flows = userFlows(adapter, kind, sdk);
  });
  afterEach(() => {
    real.mock.reset();
    real.log.length = 0;
  });
  afterAll(() => real.close());

  it("creates a connector, attaches it, sees it expanded, detaches it, and deletes it", async () => {
    const created = await connectors.create(kiotaBasicBody("Kiota attached"));
    const id = created?.id ?? "";
    expect((await flows.list())?.value?.map((entry) => entry.id)).toEqual([flow]);

    await flows.attach(
      flow,
      "postAttributeCollection",
      `https://graph.microsoft.com/${version}/identity/apiConnectors/${id}`,
    );
    const configuration = await flows.configuration(flow, ["postFederationSignup", "postAttributeCollection"]);
    // A step the JSON gives as null reads as an object with no members: kiota-typescript's
    // getObjectValue builds the model before looking at the value. Its id tells the two apart.
    expect(configuration?.postFederationSignup?.id).toBeUndefined();
    const attached = configuration?.postAttributeCollection;
    expect(attached?.id).toBe(id);
    expect(attached?.displayName).toBe("Kiota attached");
    const auth = attached?.authenticationConfiguration;
    expect(auth?.odataType).toBe("#microsoft.graph.basicAuthentication");
    expect({ ...(auth as BasicAuthentication) }).toMatchObject({ username: "entra", password: "******" });

    await flows.detach(flow, "postAttributeCollection");
    const detached = await flows.configuration(flow, ["postAttributeCollection"]);
    expect(detached?.postAttributeCollection?.id).toBeUndefined();
    await connectors.delete(id);

    const prefix = kind === "b2xUserFlows" ? "B2x" : "B2c";
    expect(real.log.map((entry) => [entry.operationId, entry.status])).toEqual([
      ["createIdentityApiConnector", 201],
      [`list${prefix}UserFlows`, 200],
      [`set${prefix}UserFlowApiConnector`, 204],
      [`get${prefix}UserFlowApiConnectorConfiguration`, 200],
      [`set${prefix}UserFlowApiConnector`, 204],
      [`get${prefix}UserFlowApiConnectorConfiguration`, 200],
      ["deleteIdentityApiConnector", 204],
    ]);
    expect(real.log.every((entry) => entry.path.startsWith(`/${version}/`))).toBe(true);
  });

  it("reads a step that is null on the wire as an empty model, not null (what a Kiota user checks)", async () => {
    const raw = await real.trusting.fetch(
      `${real.mock.url}/${version}/identity/${kind}/${flow}/apiConnectorConfiguration?$expand=postFederationSignup`,
      {
        headers: { authorization: "Bearer any-token" },
      },
    );
    expect(await raw.json()).toMatchObject({ postFederationSignup: null });
    const configuration = await flows.configuration(flow, ["postFederationSignup"]);
    // When this fails, Kiota returns null for a null member: drop the `.id` checks above.
    expect(configuration?.postFederationSignup).not.toBeNull();
    expect(Object.keys(configuration?.postFederationSignup ?? { unexpected: true })).toEqual([]);
  });

  it("gets the OData 404 as its ODataError for an unknown connector or flow", async () => {
    const unknown = `https://graph.microsoft.com/${version}/identity/apiConnectors/00000000-0000-4000-8000-000000000000`;
    await expect(flows.attach(flow, "postFederationSignup", unknown)).rejects.toMatchObject({
      responseStatusCode: 404,
      errorEscaped: { code: "Request_ResourceNotFound" },
    });
    const created = await connectors.create(kiotaBasicBody("Kiota orphan"));
    const url = `https://graph.microsoft.com/${version}/identity/apiConnectors/${created?.id}`;
    await expect(flows.attach("B2X_1_nosuchflow", "postFederationSignup", url)).rejects.toMatchObject({
      responseStatusCode: 404,
    });
  });
});
