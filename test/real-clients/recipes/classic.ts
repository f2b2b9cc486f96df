// The classic client's recipe in docs/mock.md is the text between the recipe markers below
// (test/real-clients/recipes.test.ts keeps the two equal); classic.test.ts runs it.
import { Client } from "@microsoft/microsoft-graph-client";
import type { MockServer } from "../../../src/mock/index.js";
import type { TrustingFetch } from "../../support/trusting-fetch.js";

export function classicClientForMock(mock: MockServer, trusting: TrustingFetch, version: "v1.0" | "beta"): Client {
  // recipe:start
  // mock = await startMockServer({ tls: true }): this client treats only https:// links as
  // absolute, so it pages only against an https mock (or one behind an https --public-url).
  const client = Client.initWithMiddleware({
    baseUrl: mock.url, // https://127.0.0.1:PORT, no version: the client adds it
    defaultVersion: version,
    customHosts: new Set([new URL(mock.url).hostname]), // else no Authorization header is sent
    authProvider: { getAccessToken: async () => "any-token" },
    // Trust the mock's self-signed certificate: an undici Agent with it as CA (or run Node with
    // NODE_EXTRA_CA_CERTS=<the PEM file the CLI prints>).
    fetchOptions: { dispatcher: trusting.dispatcher } as RequestInit,
  });
  // recipe:end
  return client;
}
