// validate: "off" | "request" | "both": contract checks with the precompiled validators.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiConnectorCreate,
  type ClientOptions,
  ContractError,
  createApiConnectorsClient,
} from "../../src/index.js";
import { recordingClock } from "./support/clock.js";
import { type FaultServer, startFaultServer } from "./support/fault-server.js";
import { BASIC_PASSWORD, basicConnector, basicCreate, CONNECTOR_ID } from "./support/fixtures.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

function client(validate: ClientOptions["validate"]) {
  return createApiConnectorsClient({ baseUrl: server.origin, token: "test-token", clock: recordingClock(), validate });
}

// Bodies the types reject, as a JavaScript caller (or `as` cast) could still send them.
const invalidBodies: { name: string; body: unknown; pointer: string }[] = [
  { name: "an id in a create body", body: { ...basicCreate, id: "x" }, pointer: "/id" },
  {
    name: "a plain-http targetUrl",
    body: { ...basicCreate, targetUrl: "http://someapi.com/api" },
    pointer: "/targetUrl",
  },
  {
    name: "the response-only clientCertificateAuthentication",
    body: {
      ...basicCreate,
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
        certificateList: [],
      },
    },
    pointer: "/authenticationConfiguration/@odata.type",
  },
  {
    name: "a missing password",
    body: {
      ...basicCreate,
      authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u" },
    },
    pointer: "/authenticationConfiguration/password",
  },
];

describe('validate: "request"', () => {
  it.each(invalidBodies)("rejects $name before anything is sent", async ({ body, pointer }) => {
    server.script({ status: 201, body: basicConnector });
    const error = await client("request")
      .createApiConnector(body as ApiConnectorCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({
      name: "ContractError",
      direction: "request",
      operationId: "createIdentityApiConnector",
    });
    expect((error as ContractError).issues.map((issue) => issue.pointer)).toContain(pointer);
    expect((error as Error).message).toMatch(
      /^createIdentityApiConnector request body does not match the contract; nothing was sent: /,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("never quotes the password it rejected", async () => {
    const body = {
      ...basicCreate,
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        username: "u",
        password: 12345,
      },
    };
    server.script({ status: 201, body: basicConnector });
    const error = await client("request")
      .createApiConnector(body as unknown as ApiConnectorCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(JSON.stringify((error as ContractError).issues)).not.toContain("12345");
    expect((error as Error).message).not.toContain("12345");
  });

  it("sends a valid body, and does not check responses", async () => {
    server.script({
      status: 201,
      body: {
        ...basicConnector,
        authenticationConfiguration: {
          "@odata.type": "#microsoft.graph.basicAuthentication",
          password: BASIC_PASSWORD,
        },
      },
    });
    await expect(client("request").createApiConnector(basicCreate)).resolves.toMatchObject({ id: CONNECTOR_ID });
    expect(server.requests).toHaveLength(1);
  });

  it("checks update and upload bodies too", async () => {
    server.script({ status: 204 });
    await expect(client("request").updateApiConnector(CONNECTOR_ID, { targetUrl: "ftp://x" })).rejects.toBeInstanceOf(
      ContractError,
    );
    await expect(
      client("request").uploadClientCertificate(CONNECTOR_ID, { pkcs12Value: "not base64!" } as never),
    ).rejects.toBeInstanceOf(ContractError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('validate: "both"', () => {
  it("rejects a 2xx response that leaks the password", async () => {
    server.script({
      status: 201,
      body: {
        ...basicConnector,
        authenticationConfiguration: {
          "@odata.type": "#microsoft.graph.basicAuthentication",
          password: BASIC_PASSWORD,
        },
      },
    });
    const error = await client("both")
      .createApiConnector(basicCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ direction: "response", status: 201 });
    expect((error as Error).message).not.toContain(BASIC_PASSWORD);
  });

  it("holds a $select answer to what was selected (issue 9: was a ContractError for a correct answer)", async () => {
    // Without its id: the response schemas require one, a $select answer need not carry it.
    const selected = { displayName: basicConnector.displayName };
    server.script({ status: 200, body: selected }, { status: 200, body: { ...selected, targetUrl: 7 } });
    const c = client("both");
    await expect(c.getApiConnector(CONNECTOR_ID, { $select: ["displayName"] })).resolves.toEqual(selected);
    // What was not selected may not be there (and what is there must still conform).
    await expect(c.getApiConnector(CONNECTOR_ID, { $select: ["displayName"] }, { retry: false })).rejects.toMatchObject(
      { name: "ContractError", direction: "response" },
    );
    expect(server.requests.at(-1)?.url).toMatch(/[?&](\$|%24)select=displayName/);
  });

  it("accepts a conforming response, and leaves error answers to GraphError", async () => {
    server.script({ status: 200, body: basicConnector }, { status: 502, body: "<html>proxy</html>" });
    const c = client("both");
    await expect(c.getApiConnector(CONNECTOR_ID)).resolves.toEqual(basicConnector);
    await expect(c.getApiConnector(CONNECTOR_ID, undefined, { retry: false })).rejects.toMatchObject({
      name: "GraphError",
      status: 502,
    });
  });
});

describe('validate: "off" (the default)', () => {
  it.each([undefined, "off"] as const)("sends whatever it is given (%s)", async (mode) => {
    server.script({ status: 400 });
    await expect(client(mode).createApiConnector({ ...basicCreate, targetUrl: "http://x" })).rejects.toMatchObject({
      name: "GraphError",
    });
    expect(server.requests).toHaveLength(1);
  });
});
