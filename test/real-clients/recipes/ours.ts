// This package's client's recipe in docs/mock.md is the text between the recipe markers below
// (test/real-clients/recipes.test.ts keeps the two equal); ours.test.ts runs it.
import { type ApiConnectorsClient, createApiConnectorsClient } from "../../../src/index.js";
import type { MockServer } from "../../../src/mock/index.js";

export function ourClientForMock(mock: MockServer): ApiConnectorsClient {
  // recipe:start
  // mock = await startMockServer(): plain http on loopback is enough for this client.
  const client = createApiConnectorsClient({
    baseUrl: mock.baseUrl, // http://127.0.0.1:PORT/v1.0
    token: "any-token",
    retry: { baseDelayMs: 1 }, // keep backoff short in tests
  });
  // recipe:end
  return client;
}
