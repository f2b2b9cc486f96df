// docs/mock.md's user-flow recipe for this package's client, run against the mock: the job
// create → attach → expand → detach → delete, and what the mock saw.
import { afterAll, describe, expect, it } from "vitest";
import { createApiConnectorsClient } from "../../src/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { startTestMock } from "../mock/support/mock-http.js";
import { userFlowJob } from "./recipes/ours-user-flows.js";

describe("the user-flow recipe of docs/mock.md, with this package's client", () => {
  const log: string[] = [];
  let mock: MockServer | undefined;
  afterAll(() => mock?.close());

  it("runs the job against the mock, validated both ways", async () => {
    mock = await startTestMock({ onRequest: (entry) => log.push(`${entry.operationId} ${entry.status}`) });
    const client = createApiConnectorsClient({ baseUrl: mock.baseUrl, token: "t", validate: "both" });
    expect(await userFlowJob(client)).toEqual(["Loyalty number check"]);
    expect(log).toEqual([
      "createIdentityApiConnector 201",
      "listB2xUserFlows 200",
      "setB2xUserFlowApiConnector 204",
      "getB2xUserFlowApiConnectorConfiguration 200",
      "setB2xUserFlowApiConnector 204",
      "deleteIdentityApiConnector 204",
    ]);
  });
});
