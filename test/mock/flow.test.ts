// The whole family over real HTTP: create, get, list, update, upload, delete. Every answer is
// checked against the spec by `call`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../../src/mock/index.js";
import { fixture, pkcs12Configuration, specCreateCertificate } from "./support/certificates.js";
import { basicConnector, CONNECTORS, call, startTestMock } from "./support/mock-http.js";

describe("the create, get, list, update, upload, delete flow", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startTestMock();
  });
  afterAll(() => mock.close());

  it("runs end to end and never returns a secret", async () => {
    const created = await call(mock, "POST", CONNECTORS, { body: basicConnector("Flow API") });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.body).toEqual({
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors/$entity",
      id,
      displayName: "Flow API",
      targetUrl: "https://someapi.com/api",
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        username: "MyUsername",
        password: "******",
      },
    });
    expect(created.text).not.toContain("MyPassword-secret");

    const read = await call(mock, "GET", `${CONNECTORS}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);

    const listed = await call(mock, "GET", CONNECTORS);
    expect(listed.status).toBe(200);
    expect(listed.body["@odata.context"]).toBe("https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors");
    const { "@odata.context": _context, ...entity } = created.body;
    expect(listed.body.value).toEqual([entity]);

    const updated = await call(mock, "PATCH", `${CONNECTORS}/${id}`, {
      body: { displayName: "New Test API", authenticationConfiguration: pkcs12Configuration(specCreateCertificate) },
    });
    expect(updated.status).toBe(204);
    expect(updated.text).toBe("");

    const afterUpdate = await call(mock, "GET", `${CONNECTORS}/${id}`);
    expect(afterUpdate.body).toMatchObject({
      displayName: "New Test API",
      targetUrl: "https://someapi.com/api",
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
        certificateList: [
          {
            thumbprint: specCreateCertificate.thumbprint,
            notBefore: specCreateCertificate.notBefore,
            notAfter: specCreateCertificate.notAfter,
            isActive: true,
          },
        ],
      },
    });

    const current = fixture("current-aes.pfx");
    const uploaded = await call(mock, "POST", `${CONNECTORS}/${id}/uploadClientCertificate`, {
      body: { pkcs12Value: current.pkcs12Value, password: current.password },
    });
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.authenticationConfiguration.certificateList).toEqual([
      {
        thumbprint: specCreateCertificate.thumbprint,
        notBefore: specCreateCertificate.notBefore,
        notAfter: specCreateCertificate.notAfter,
        isActive: false,
      },
      { thumbprint: current.thumbprint, notBefore: current.notBefore, notAfter: current.notAfter, isActive: true },
    ]);
    for (const answer of [updated, afterUpdate, uploaded]) {
      expect(answer.text).not.toContain(current.pkcs12Value.slice(0, 40));
      expect(answer.text).not.toContain(current.password);
      expect(answer.text).not.toContain(specCreateCertificate.password);
    }

    const deleted = await call(mock, "DELETE", `${CONNECTORS}/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    expect((await call(mock, "GET", `${CONNECTORS}/${id}`)).status).toBe(404);
    expect((await call(mock, "GET", CONNECTORS)).body.value).toEqual([]);
  });

  it("creates with a certificate directly, as the docs' example 2 does", async () => {
    const created = await call(mock, "POST", CONNECTORS, {
      body: {
        displayName: "Test API",
        targetUrl: "https://someotherapi.com/api",
        authenticationConfiguration: pkcs12Configuration(specCreateCertificate),
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.authenticationConfiguration).toEqual({
      "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
      certificateList: [
        {
          thumbprint: specCreateCertificate.thumbprint,
          notAfter: specCreateCertificate.notAfter,
          notBefore: specCreateCertificate.notBefore,
          isActive: true,
        },
      ],
    });
    await call(mock, "DELETE", `${CONNECTORS}/${created.body.id}`);
  });

  it.each([
    ["the docs' lower-case path", "/v1.0/identity/apiconnectors/{id}/uploadClientCertificate"],
    ["the namespace-qualified action", "/v1.0/identity/apiConnectors/{id}/microsoft.graph.uploadClientCertificate"],
    ["a path without a version", "/identity/apiConnectors/{id}/uploadClientCertificate"],
    ["the beta version", "/beta/identity/apiConnectors/{id}/uploadClientCertificate"],
  ])("accepts %s", async (_name, template) => {
    const created = await call(mock, "POST", CONNECTORS, { body: basicConnector() });
    const current = fixture("current-aes.pfx");
    const uploaded = await call(mock, "POST", template.replace("{id}", created.body.id), {
      body: { pkcs12Value: current.pkcs12Value, password: current.password },
    });
    expect(uploaded.status).toBe(200);
    const version = template.startsWith("/beta") ? "beta" : "v1.0";
    expect(uploaded.body["@odata.context"]).toBe(
      `https://graph.microsoft.com/${version}/$metadata#identity/apiConnectors/$entity`,
    );
    await call(mock, "DELETE", `${CONNECTORS}/${created.body.id}`);
  });

  it("keeps properties a PATCH does not send, and switches a certificate back to basic", async () => {
    const created = await call(mock, "POST", CONNECTORS, {
      body: {
        displayName: "Cert",
        targetUrl: "https://a.example/x",
        authenticationConfiguration: pkcs12Configuration(fixture("current-aes.pfx")),
      },
    });
    const id = created.body.id;
    await call(mock, "PATCH", `${CONNECTORS}/${id}`, { body: { targetUrl: "https://b.example/y" } });
    expect((await call(mock, "GET", `${CONNECTORS}/${id}`)).body).toMatchObject({
      displayName: "Cert",
      targetUrl: "https://b.example/y",
      authenticationConfiguration: { "@odata.type": "#microsoft.graph.clientCertificateAuthentication" },
    });
    // The docs' update example 1 sends the type without its '#'.
    await call(mock, "PATCH", `${CONNECTORS}/${id}`, {
      body: {
        authenticationConfiguration: {
          "@odata.type": "microsoft.graph.basicAuthentication",
          username: "new-user",
          password: "new-secret",
        },
      },
    });
    const read = await call(mock, "GET", `${CONNECTORS}/${id}`);
    expect(read.body.authenticationConfiguration).toEqual({
      "@odata.type": "#microsoft.graph.basicAuthentication",
      username: "new-user",
      password: "******",
    });
    expect(read.text).not.toContain("new-secret");
    await call(mock, "DELETE", `${CONNECTORS}/${id}`);
  });

  it("echoes client-request-id and sets a fresh request-id on every answer", async () => {
    const clientRequestId = "6f1d2b7a-3c4e-4f5a-8b9c-0d1e2f3a4b5c";
    const first = await call(mock, "GET", CONNECTORS, { headers: { "client-request-id": clientRequestId } });
    const second = await call(mock, "GET", `${CONNECTORS}/missing`, {
      headers: { "client-request-id": clientRequestId },
    });
    expect(first.headers.get("client-request-id")).toBe(clientRequestId);
    expect(second.headers.get("client-request-id")).toBe(clientRequestId);
    expect(second.body.error.innerError).toMatchObject({
      "client-request-id": clientRequestId,
      "request-id": second.headers.get("request-id"),
    });
    expect(second.body.error.innerError.date).toBe("2030-01-01T00:00:00");
    expect(first.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers.get("request-id")).not.toBe(second.headers.get("request-id"));
    expect((await call(mock, "GET", CONNECTORS)).headers.get("client-request-id")).toBeNull();
  });

  it("assigns the same ids in the same order for the same seed", async () => {
    const ids = async () => {
      const server = await startTestMock({ seed: 42 });
      const made = [];
      for (const name of ["a", "b"])
        made.push((await call(server, "POST", CONNECTORS, { body: basicConnector(name) })).body.id);
      await server.close();
      return made;
    };
    const [first, second] = [await ids(), await ids()];
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(2);
  });
});
