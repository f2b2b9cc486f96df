// The Kiota-based SDK's recipe in docs/mock.md is the text between the recipe markers below
// (test/real-clients/recipes.test.ts keeps the two equal); kiota.test.ts runs it.
import { AllowedHostsValidator, BaseBearerTokenAuthenticationProvider } from "@microsoft/kiota-abstractions";
import { GraphRequestAdapter } from "@microsoft/msgraph-sdk";
import { createGraphClientFactory } from "@microsoft/msgraph-sdk-core";
import type { MockServer } from "../../../src/mock/index.js";
import type { TrustingFetch } from "../../support/trusting-fetch.js";

export function kiotaAdapterForMock(
  mock: MockServer,
  trusting: TrustingFetch,
  version: "v1.0" | "beta",
  token = "any-token",
): GraphRequestAdapter {
  // recipe:start
  // mock = await startMockServer({ tls: true }). Graph's default middleware (retry, redirect,
  // telemetry…) with a fetch that trusts the mock's self-signed certificate.
  const auth = new BaseBearerTokenAuthenticationProvider({
    getAuthorizationToken: async () => token,
    getAllowedHostsValidator: () => new AllowedHostsValidator(new Set([new URL(mock.url).host])),
  });
  const httpClient = createGraphClientFactory({ graphServiceTargetVersion: version }, (url, init) =>
    trusting.fetch(url, init),
  );
  const adapter = new GraphRequestAdapter(auth, undefined, undefined, httpClient);
  adapter.baseUrl = `${mock.url}/${version}`;
  // recipe:end
  return adapter;
}
