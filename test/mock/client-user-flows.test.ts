// The typed client's user-flow helpers against the mock, with validate: "both" (each request
// and each 2xx answer is also checked against the contract on the client's side): the whole
// job, create → attach → expand → detach → delete, beta's b2c flows, the 404s as GraphError,
// and the attach PUT retried after a 504 (it is idempotent, retry.ts), where a POST is not.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiConnector,
  type ApiConnectorsClient,
  type ClientOptions,
  createApiConnectorsClient,
  GraphError,
  type ResponseInfo,
} from "../../src/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { BASIC_CONNECTOR_PASSWORD, basicConnector, startTestMock } from "./support/mock-http.js";

describe("the typed client's user-flow helpers against the mock", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startTestMock({ requireAuthorization: true });
  });
  afterEach(() => mock.reset());
  afterAll(() => mock.close());

  const client = (options: ClientOptions = {}): ApiConnectorsClient =>
    createApiConnectorsClient({
      baseUrl: mock.baseUrl,
      token: "test-token",
      validate: "both",
      clock: { now: () => Date.now(), sleep: async () => {} },
      random: () => 0,
      ...options,
    });

  it("runs the job: create a connector, attach it to a step, see it expanded, detach it, delete it", async () => {
    const api = client();
    const flows = await api.listUserFlows();
    const flow = flows.value[0];
    expect(flow).toEqual({ id: "B2X_1_testuserflow", userFlowType: "signUpOrSignIn", userFlowTypeVersion: 1 });
    if (!flow) return;
    expect(await api.getUserFlow(flow.id)).toMatchObject(flow);

    const connector = await api.createApiConnector(basicConnector("Check the partner"));
    const attached = await api.attachApiConnector(flow.id, "postAttributeCollection", connector.id);
    expect(attached.status).toBe(204);

    const configuration = await api.getApiConnectorConfiguration(flow.id, {
      expand: ["postFederationSignup", "postAttributeCollection"],
    });
    // Typed narrowing: an expanded step is an ApiConnector or null, never undefined.
    const atAttributes: ApiConnector | null = configuration.postAttributeCollection;
    const { "@odata.context": _context, ...entity } = connector;
    expect(atAttributes).toEqual(entity);
    expect(configuration.postFederationSignup).toBeNull();
    expect(JSON.stringify(configuration)).not.toContain(BASIC_CONNECTOR_PASSWORD);

    expect((await api.detachApiConnector(flow.id, "postAttributeCollection")).status).toBe(204);
    const detached = await api.getApiConnectorConfiguration(flow.id, { expand: ["postAttributeCollection"] });
    expect(detached.postAttributeCollection).toBeNull();

    await api.deleteApiConnector(connector.id);
    const unexpanded = await api.getApiConnectorConfiguration(flow.id);
    expect(Object.keys(unexpanded)).toEqual(["@odata.context"]);
  });

  it("addresses beta's b2cUserFlows with kind: b2c", async () => {
    const beta = client({ baseUrl: `${mock.url}/beta` });
    const [flow] = (await beta.listUserFlows(undefined, { kind: "b2c" })).value;
    expect(flow?.id).toBe("B2C_1_testuserflow");
    const connector = await beta.createApiConnector(basicConnector("B2C API"));
    await beta.attachApiConnector("B2C_1_testuserflow", "postFederationSignup", connector.id, { kind: "b2c" });
    const configuration = await beta.getApiConnectorConfiguration(
      "B2C_1_testuserflow",
      { expand: ["postFederationSignup"] },
      { kind: "b2c" },
    );
    expect(configuration.postFederationSignup?.id).toBe(connector.id);
    // The b2x flow of the same tenant is untouched.
    const b2x = await beta.getApiConnectorConfiguration("B2X_1_testuserflow", { expand: ["postFederationSignup"] });
    expect(b2x.postFederationSignup).toBeNull();
  });

  it("throws GraphError 404 for an unknown flow or connector, TypeError for a bad step or id", async () => {
    const api = client();
    const unknownFlow = await api.getApiConnectorConfiguration("B2X_1_nope").catch((error: unknown) => error);
    expect(unknownFlow).toBeInstanceOf(GraphError);
    expect((unknownFlow as GraphError).status).toBe(404);
    const unknownConnector = await api
      .attachApiConnector("B2X_1_testuserflow", "postFederationSignup", "00000000-0000-4000-8000-000000000000")
      .catch((error: unknown) => error);
    expect((unknownConnector as GraphError).code).toBe("Request_ResourceNotFound");
    await expect(
      api.attachApiConnector("B2X_1_testuserflow", "preTokenIssuance" as "postFederationSignup", "x"),
    ).rejects.toThrow("a user flow step must be one of postFederationSignup, postAttributeCollection");
    await expect(api.detachApiConnector("..", "postFederationSignup")).rejects.toThrow(
      'a user flow id cannot be "..": it would change the request path',
    );
  });

  it("retries the attach PUT after a 504 (idempotent), and sends the same reference again", async () => {
    const responses: ResponseInfo[] = [];
    const api = client();
    const connector = await api.createApiConnector(basicConnector("Retried"));
    mock.failNext({ status: 504 });
    await api.attachApiConnector("B2X_1_testuserflow", "postFederationSignup", connector.id, {
      onResponse: (info) => responses.push(info),
    });
    expect(responses.map((info) => [info.status, info.attempts])).toEqual([[204, 2]]);
    const configuration = await api.getApiConnectorConfiguration("B2X_1_testuserflow", {
      expand: ["postFederationSignup"],
    });
    expect(configuration.postFederationSignup?.id).toBe(connector.id);
  });
});
