// PKCS #12 reading and certificate activity. The expected thumbprints and dates come from
// OpenSSL (fixtures/certificates.json), an independent reader of the same files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../../src/mock/index.js";
import {
  type CertificateFixture,
  fixture,
  specCreateCertificate,
  specUpdateCertificate,
} from "./support/certificates.js";
import { basicConnector, CONNECTORS, call, startTestMock, TEST_NOW_MS } from "./support/mock-http.js";

const facts = ({ thumbprint, notBefore, notAfter }: CertificateFixture) => ({ thumbprint, notBefore, notAfter });

describe("reading PKCS #12 files", () => {
  let mock: MockServer;
  let clockMs = TEST_NOW_MS;
  beforeAll(async () => {
    mock = await startTestMock({ now: () => clockMs });
  });
  afterAll(() => mock.close());

  const newConnector = async () => (await call(mock, "POST", CONNECTORS, { body: basicConnector() })).body.id as string;
  const upload = (id: string, certificate: Pick<CertificateFixture, "pkcs12Value" | "password">) =>
    call(mock, "POST", `${CONNECTORS}/${id}/uploadClientCertificate`, {
      body: { pkcs12Value: certificate.pkcs12Value, password: certificate.password },
    });

  it.each([
    ["OpenSSL 3 defaults (AES-256, SHA-256 MAC)", fixture("current-aes.pfx")],
    ["legacy 3DES with a SHA-1 MAC", fixture("future-3des.pfx")],
    ["no password", fixture("expired-no-password.pfx")],
    ["an EC key", fixture("elliptic.pfx")],
    ["a chain: the leaf, not its CA", fixture("chain.pfx")],
    ["the spec's create example", specCreateCertificate],
  ])("reads the certificate of a PFX with %s", async (_name, certificate) => {
    const uploaded = await upload(await newConnector(), certificate);
    expect(uploaded.status).toBe(200);
    const [listed] = uploaded.body.authenticationConfiguration.certificateList;
    expect({ thumbprint: listed.thumbprint, notBefore: listed.notBefore, notAfter: listed.notAfter }).toEqual(
      facts(certificate),
    );
  });

  it("reads the spec's update example, a PFX whose password is empty", async () => {
    const uploaded = await upload(await newConnector(), specUpdateCertificate);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.authenticationConfiguration.certificateList[0].thumbprint).toMatch(/^[0-9A-F]{40}$/);
  });

  it("marks active the most recent upload that has started and not expired, as the clock moves", async () => {
    const id = await newConnector();
    const [current, future, expired] = [
      fixture("current-aes.pfx"),
      fixture("future-3des.pfx"),
      fixture("expired-no-password.pfx"),
    ];
    const activity = (answer: { body: any }) =>
      answer.body.authenticationConfiguration.certificateList.map((c: { thumbprint: string; isActive: boolean }) => [
        c.thumbprint,
        c.isActive,
      ]);

    await upload(id, current);
    await upload(id, future); // staged ahead of a rotation: not active until 2040
    const staged = await upload(id, expired); // expired: never active
    expect(activity(staged)).toEqual([
      [current.thumbprint, true],
      [future.thumbprint, false],
      [expired.thumbprint, false],
    ]);

    clockMs = Date.UTC(2041, 0, 1);
    try {
      expect(activity(await call(mock, "GET", `${CONNECTORS}/${id}`))).toEqual([
        [current.thumbprint, false],
        [future.thumbprint, true],
        [expired.thumbprint, false],
      ]);
      clockMs = Date.UTC(2046, 0, 1);
      expect(activity(await call(mock, "GET", `${CONNECTORS}/${id}`))).toEqual([
        [current.thumbprint, false],
        [future.thumbprint, false],
        [expired.thumbprint, false],
      ]);
    } finally {
      clockMs = TEST_NOW_MS;
    }
  });

  it("moves a certificate uploaded again to the end instead of listing it twice", async () => {
    const id = await newConnector();
    const [current, chain] = [fixture("current-aes.pfx"), fixture("chain.pfx")];
    await upload(id, current);
    await upload(id, chain);
    const again = await upload(id, current);
    expect(
      again.body.authenticationConfiguration.certificateList.map((c: { thumbprint: string }) => c.thumbprint),
    ).toEqual([chain.thumbprint, current.thumbprint]);
  });

  it("refuses a 101st certificate: the contract allows 100", async () => {
    const full = {
      id: "full",
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
        certificateList: Array.from({ length: 100 }, (_, index) => ({
          thumbprint: index.toString(16).toUpperCase().padStart(40, "0"),
          notBefore: 0,
          notAfter: 1,
          isActive: false,
        })),
      },
    };
    mock.reset([full]);
    try {
      const refused = await upload("full", fixture("current-aes.pfx"));
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/100 certificates/);
    } finally {
      mock.reset();
    }
  });
});
