// User flows and their apiConnectorConfiguration over real HTTP: the seeded flows, attach with
// `PUT …/{step}/$ref`, `$expand`, detach with `{}`, the 404s Graph answers, and what deleting
// an attached connector does (the mock clears the steps that call it). Every answer is checked
// against the spec by `call`.
import { afterEach, describe, expect, it } from "vitest";
import type { MockServer } from "../../src/mock/index.js";
import { basicConnector, CONNECTORS, call, startTestMock } from "./support/mock-http.js";

const FLOWS = "/v1.0/identity/b2xUserFlows";
const FLOW = `${FLOWS}/B2X_1_testuserflow`;
const CONFIGURATION = `${FLOW}/apiConnectorConfiguration`;
const EXPANDED = `${CONFIGURATION}?$expand=postFederationSignup,postAttributeCollection`;
const reference = (id: string, version = "v1.0") => ({
  "@odata.id": `https://graph.microsoft.com/${version}/identity/apiConnectors/${id}`,
});

describe("user flows and their API connectors", () => {
  let mock: MockServer | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });
  const started = async (data?: unknown) => (mock = await startTestMock(data === undefined ? {} : { data }));
  const create = async (server: MockServer, name: string): Promise<string> =>
    (await call(server, "POST", CONNECTORS, { body: basicConnector(name) })).body.id;

  it("starts with one flow of each kind, as Graph's examples name them", async () => {
    const server = await started();
    const listed = await call(server, "GET", FLOWS);
    expect(listed.body).toEqual({
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#identity/b2xUserFlows",
      value: [{ id: "B2X_1_testuserflow", userFlowType: "signUpOrSignIn", userFlowTypeVersion: 1 }],
    });
    const b2c = await call(server, "GET", "/beta/identity/b2cUserFlows/b2c_1_TESTUSERFLOW");
    expect(b2c.body).toEqual({
      "@odata.context": "https://graph.microsoft.com/beta/$metadata#identity/b2cUserFlows/$entity",
      id: "B2C_1_testuserflow",
      userFlowType: "signUpOrSignIn",
      userFlowTypeVersion: 1,
    });
    const expanded = await call(server, "GET", `${FLOW}?$expand=identityProviders`);
    expect(expanded.body.identityProviders).toEqual([]);
  });

  it("attaches, expands, detaches, and the configuration says so each time", async () => {
    const server = await started();
    const first = await create(server, "Federation API");
    const second = await create(server, "Attributes API");

    const empty = await call(server, "GET", EXPANDED);
    expect(empty.body).toEqual({
      "@odata.context":
        "https://graph.microsoft.com/v1.0/$metadata#identity/b2xUserFlows('B2X_1_testuserflow')/apiConnectorConfiguration(postFederationSignup(),postAttributeCollection())",
      postFederationSignup: null,
      postAttributeCollection: null,
    });

    const attached = await call(server, "PUT", `${CONFIGURATION}/postFederationSignup/$ref`, {
      body: reference(first),
    });
    expect([attached.status, attached.text]).toEqual([204, ""]);
    // A beta root names the same connector; the PUT is idempotent.
    for (let i = 0; i < 2; i++)
      expect(
        (
          await call(server, "PUT", `${CONFIGURATION}/postattributecollection/$ref`, {
            body: reference(second, "beta"),
          })
        ).status,
      ).toBe(204);

    const both = await call(server, "GET", EXPANDED);
    expect(both.body.postFederationSignup).toEqual({
      id: first,
      displayName: "Federation API",
      targetUrl: "https://someapi.com/api",
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        username: "MyUsername",
        password: "******",
      },
    });
    expect(both.body.postAttributeCollection.id).toBe(second);
    expect(both.text).not.toContain("MyPassword-secret");

    const unexpanded = await call(server, "GET", CONFIGURATION);
    expect(unexpanded.body).toEqual({
      "@odata.context":
        "https://graph.microsoft.com/v1.0/$metadata#identity/b2xUserFlows('B2X_1_testuserflow')/apiConnectorConfiguration",
    });
    const one = await call(server, "GET", `${CONFIGURATION}?$expand=postAttributeCollection`);
    expect(Object.keys(one.body)).toEqual(["@odata.context", "postAttributeCollection"]);

    expect((await call(server, "PUT", `${CONFIGURATION}/postFederationSignup/$ref`, { body: {} })).status).toBe(204);
    const detached = await call(server, "GET", EXPANDED);
    expect(detached.body.postFederationSignup).toBeNull();
    expect(detached.body.postAttributeCollection.id).toBe(second);
  });

  it("clears the steps that call a connector when the connector is deleted", async () => {
    const server = await started();
    const id = await create(server, "Doomed API");
    await call(server, "PUT", `${CONFIGURATION}/postFederationSignup/$ref`, { body: reference(id) });
    await call(server, "PUT", `${CONFIGURATION}/postAttributeCollection/$ref`, { body: reference(id) });
    expect((await call(server, "DELETE", `${CONNECTORS}/${id}`)).status).toBe(204);
    const after = await call(server, "GET", EXPANDED);
    expect([after.body.postFederationSignup, after.body.postAttributeCollection]).toEqual([null, null]);
  });

  it("answers 404 for an unknown flow or an unknown connector, 400 for an unknown step or reference", async () => {
    const server = await started();
    const id = await create(server, "Known API");
    const unknownFlow = await call(
      server,
      "PUT",
      `${FLOWS}/B2X_1_nope/apiConnectorConfiguration/postFederationSignup/$ref`,
      {
        body: reference(id),
      },
    );
    expect([unknownFlow.status, unknownFlow.body.error.code]).toEqual([404, "Request_ResourceNotFound"]);
    expect(unknownFlow.body.error.message).toContain("'B2X_1_nope'");
    const missing = "00000000-0000-4000-8000-000000000000";
    const unknownConnector = await call(server, "PUT", `${CONFIGURATION}/postFederationSignup/$ref`, {
      body: reference(missing),
    });
    expect([unknownConnector.status, unknownConnector.body.error.code]).toEqual([404, "Request_ResourceNotFound"]);
    expect(unknownConnector.body.error.message).toContain(`'${missing}'`);
    expect((await call(server, "GET", `${FLOWS}/B2X_1_nope/apiConnectorConfiguration`)).status).toBe(404);
    expect((await call(server, "GET", `${FLOWS}/B2X_1_nope`)).status).toBe(404);

    const step = await call(server, "PUT", `${CONFIGURATION}/preTokenIssuance/$ref`, { body: reference(id) });
    expect([step.status, step.body.error.message]).toEqual([
      400,
      "Resource not found for the segment 'preTokenIssuance'. The steps are postFederationSignup, postAttributeCollection.",
    ]);
    const notGraph = await call(server, "PUT", `${CONFIGURATION}/postFederationSignup/$ref`, {
      body: { "@odata.id": `https://example.com/v1.0/identity/apiConnectors/${id}` },
    });
    expect(notGraph.status).toBe(400);
    expect(notGraph.body.error.details[0].target).toBe("/@odata.id");
    const badExpand = await call(server, "GET", `${CONFIGURATION}?$expand=postSignIn`);
    expect([badExpand.status, badExpand.body.error.code]).toEqual([400, "Request_UnsupportedQuery"]);
    const wrongVerb = await call(server, "DELETE", `${CONFIGURATION}/postFederationSignup/$ref`);
    expect([wrongVerb.status, wrongVerb.headers.get("allow")]).toEqual([405, "PUT"]);
  });

  it("seeds flows and their connectors from --data, and refuses a step naming an unknown connector", async () => {
    const connector = "45715bb8-13f9-4bf6-927f-ef96c102d394";
    const data = {
      value: [{ id: connector, displayName: "Seeded", targetUrl: "https://x.example/api" }],
      b2xUserFlows: [
        {
          id: "B2X_1_partners",
          userFlowType: "signUpOrSignIn",
          userFlowTypeVersion: 1,
          apiConnectorConfiguration: { postAttributeCollection: { id: connector } },
        },
      ],
    };
    const server = await started(data);
    const flows = await call(server, "GET", FLOWS);
    expect(flows.body.value.map((flow: { id: string }) => flow.id)).toEqual(["B2X_1_partners"]);
    expect((await call(server, "GET", "/beta/identity/b2cUserFlows")).body.value).toEqual([]);
    const configuration = await call(
      server,
      "GET",
      `${FLOWS}/B2X_1_partners/apiConnectorConfiguration?$expand=postAttributeCollection`,
    );
    expect(configuration.body.postAttributeCollection.displayName).toBe("Seeded");
    await server.close();
    mock = undefined;

    await expect(
      startTestMock({
        data: {
          b2xUserFlows: [{ id: "B2X_1_x", apiConnectorConfiguration: { postFederationSignup: { id: "gone" } } }],
        },
      }),
    ).rejects.toThrow("/b2xUserFlows/0/apiConnectorConfiguration/postFederationSignup/id");
    await expect(startTestMock({ data: { b2cUserFlows: [{ id: "B2C_1_x" }, { id: "b2c_1_X" }] } })).rejects.toThrow(
      "/b2cUserFlows/1/id",
    );
  });
});

describe("user-flow paths the mock does not have", () => {
  it("names the first segment no operation has there, as Graph does", async () => {
    const server = await startTestMock();
    try {
      const deeper = await call(server, "GET", `${FLOW}/identityProviders`);
      expect([deeper.status, deeper.body.error.message]).toEqual([
        400,
        expect.stringMatching(/^Resource not found for the segment 'identityProviders'\./),
      ]);
      const past = await call(server, "GET", `${CONFIGURATION}/postFederationSignup`);
      expect(past.body.error.message).toMatch(/^Resource not found for the segment 'postFederationSignup'\./);
      const collection = await call(server, "GET", "/v1.0/identity/userFlows");
      expect(collection.body.error.message).toMatch(/^Resource not found for the segment 'userFlows'\./);
    } finally {
      await server.close();
    }
  });
});
