// What every real-client suite shares: a TLS mock whose requests are recorded, a fetch that
// trusts it, and the connectors the flow creates.
import type { MockServer, MockServerOptions, RequestLogEntry } from "../../src/mock/index.js";
import { fixture } from "../mock/support/certificates.js";
import { startTestMock } from "../mock/support/mock-http.js";
import { type TrustingFetch, trustingFetch } from "../support/trusting-fetch.js";

export const GRAPH_VERSIONS = ["v1.0", "beta"] as const;

export interface RealClientMock {
  mock: MockServer;
  trusting: TrustingFetch;
  /** Requests the mock answered, in order. */
  log: RequestLogEntry[];
  close(): Promise<void>;
}

export async function startRealClientMock(options: MockServerOptions = {}): Promise<RealClientMock> {
  const log: RequestLogEntry[] = [];
  const mock = await startTestMock({ tls: true, pageSize: 2, onRequest: (entry) => log.push(entry), ...options });
  const trusting = trustingFetch(mock.certificate ?? "");
  return {
    mock,
    trusting,
    log,
    close: async () => {
      await trusting.close();
      await mock.close();
    },
  };
}

export const basicBody = (displayName: string) => ({
  displayName,
  targetUrl: "https://api.contoso.com/validate",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication" as const,
    username: "entra",
    password: "Real-Client-Secret-1",
  },
});

/** A PKCS #12 made by OpenSSL (test/mock/fixtures/make-fixtures.sh), and a second to upload. */
export const firstCertificate = fixture("current-aes.pfx");
export const uploadedCertificate = fixture("future-3des.pfx");
