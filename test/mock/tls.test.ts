// `tls: true`: the mock serves https with a self-signed certificate it makes at start-up and
// exposes as `certificate`, so clients that insist on https can trust it and page unchanged.
import { X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../../src/mock/index.js";
import { type TrustingFetch, trustingFetch } from "../support/trusting-fetch.js";
import { CONNECTORS, call, startTestMock } from "./support/mock-http.js";

describe("the mock over TLS", () => {
  let mock: MockServer;
  let trusting: TrustingFetch;
  beforeAll(async () => {
    const data = ["one", "two", "three"].map((displayName, index) => ({
      id: `00000000-0000-4000-8000-00000000000${index}`,
      displayName,
      targetUrl: "https://api.example.com/hook",
    }));
    mock = await startTestMock({ tls: true, data, pageSize: 2 });
    trusting = trustingFetch(mock.certificate ?? "");
  });
  afterAll(async () => {
    await trusting.close();
    await mock.close();
  });

  it("listens on https and links pages with https", async () => {
    expect(mock.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.baseUrl).toBe(`${mock.url}/v1.0`);
    const page = await call(mock, "GET", CONNECTORS, { fetch: trusting.fetch });
    expect(page.status).toBe(200);
    expect(page.body["@odata.nextLink"]).toMatch(new RegExp(`^${mock.url}/v1\\.0/identity/apiConnectors\\?`));
    const next = await call(mock, "GET", page.body["@odata.nextLink"], { fetch: trusting.fetch });
    expect(next.body.value.map((connector: { displayName: string }) => connector.displayName)).toEqual(["three"]);
  });

  it("is valid now for localhost and both loopback addresses, and is not a CA", () => {
    const certificate = new X509Certificate(mock.certificate ?? "");
    expect(certificate.checkHost("localhost")).toBe("localhost");
    expect(certificate.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(certificate.checkIP("::1")).toBe("::1");
    expect(certificate.ca).toBe(false);
    expect(certificate.verify(certificate.publicKey)).toBe(true); // self-signed
    expect(Date.parse(certificate.validFrom)).toBeLessThan(Date.now());
    expect(Date.parse(certificate.validTo)).toBeGreaterThan(Date.now());
  });

  it("answers on the localhost name too", async () => {
    const page = await call({ url: `https://localhost:${mock.port}` }, "GET", CONNECTORS, { fetch: trusting.fetch });
    expect(page.status).toBe(200);
  });

  it("is refused by a client that does not trust the certificate", async () => {
    await expect(fetch(`${mock.baseUrl}/identity/apiConnectors`)).rejects.toMatchObject({
      cause: { code: "DEPTH_ZERO_SELF_SIGNED_CERT" },
    });
  });

  it("has no certificate without tls", async () => {
    const plain = await startTestMock();
    try {
      expect(plain.certificate).toBeUndefined();
      expect(plain.url).toMatch(/^http:\/\//);
    } finally {
      await plain.close();
    }
  });
});
