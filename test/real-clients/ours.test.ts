// This package's client through its docs/mock.md recipe, v1.0 and beta, over plain http and
// over the TLS mock, for the steps the Microsoft clients run (classic.test.ts, kiota.test.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ApiConnectorsClient, GraphError, isBasicAuthentication } from "../../src/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { startTestMock } from "../mock/support/mock-http.js";
import { ourClientForMock } from "./recipes/ours.js";
import { basicBody, GRAPH_VERSIONS } from "./support.js";

describe.each(GRAPH_VERSIONS)("this package's client, %s", (version) => {
  let mock: MockServer;
  let client: ApiConnectorsClient;
  beforeAll(async () => {
    mock = await startTestMock({ version, pageSize: 2 });
    client = ourClientForMock(mock);
  });
  afterEach(() => mock.reset());
  afterAll(() => mock.close());

  it("creates, lists every page, and gets a 504 on create once, without a duplicate", async () => {
    const created = await client.createApiConnector(basicBody("Ours"));
    expect(
      isBasicAuthentication(created.authenticationConfiguration) && created.authenticationConfiguration.password,
    ).toBe("******");
    for (const name of ["Ours two", "Ours three"]) await client.createApiConnector(basicBody(name));
    const names: (string | null | undefined)[] = [];
    for await (const each of client.iterateApiConnectors({ $top: 2, $count: true, $select: ["id", "displayName"] }))
      names.push(each.displayName);
    expect(names).toEqual(["Ours", "Ours two", "Ours three"]);

    mock.failNext({ status: 504, retryAfterSeconds: 0 });
    await expect(client.createApiConnector(basicBody("Once"))).rejects.toMatchObject({ status: 504 });
    expect(mock.connectors().filter((connector) => connector.displayName === "Once")).toHaveLength(1);
  });

  it("retries a 429 twice, then succeeds; a missing connector is a 404 GraphError", async () => {
    mock.failNext({ status: 429, retryAfterSeconds: 0, times: 2 });
    expect((await client.listApiConnectors()).value).toEqual([]);
    await expect(client.getApiConnector("00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(GraphError);
  });
});
