// The Kiota-based SDKs (@microsoft/msgraph-sdk for v1.0, @microsoft/msgraph-beta-sdk for beta)
// against the TLS mock: their request adapter with Graph's default middleware, their models,
// serializers and ODataError, request builders from kiota-abstractions (kiota-requests.ts), and
// msgraph-sdk-core's PageIterator. authenticationConfiguration is down-cast by @odata.type.

import * as betaModels from "@microsoft/msgraph-beta-sdk/models/index.js";
import * as betaErrors from "@microsoft/msgraph-beta-sdk/models/oDataErrors/index.js";
import type {
  BasicAuthentication,
  ClientCertificateAuthentication,
  IdentityApiConnector,
  Pkcs12Certificate,
} from "@microsoft/msgraph-sdk/models/index.js";
import * as v1Models from "@microsoft/msgraph-sdk/models/index.js";
import * as v1Errors from "@microsoft/msgraph-sdk/models/oDataErrors/index.js";
import { type PageCollection, PageIterator } from "@microsoft/msgraph-sdk-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiConnectors, kiotaBasicBody, type SdkModels } from "./kiota-requests.js";
import { kiotaAdapterForMock } from "./recipes/kiota.js";
import { firstCertificate, type RealClientMock, startRealClientMock, uploadedCertificate } from "./support.js";

const SDKS: [version: "v1.0" | "beta", sdk: SdkModels][] = [
  ["v1.0", { models: v1Models, errors: v1Errors }],
  ["beta", { models: betaModels, errors: betaErrors }],
];

describe.each(SDKS)("the Kiota Graph SDK, %s", (version, sdk) => {
  let real: RealClientMock;
  let connectors: ReturnType<typeof apiConnectors>;
  beforeAll(async () => {
    real = await startRealClientMock();
    connectors = apiConnectors(kiotaAdapterForMock(real.mock, real.trusting, version), sdk);
  });
  afterEach(() => {
    real.mock.reset();
    real.log.length = 0;
  });
  afterAll(() => real.close());

  it("still drops the auth models' fields with its own serializer (microsoft/kiota#6777)", () => {
    // The workaround in kiota-requests.ts exists because of this; when it fails, drop it.
    const writer = kiotaAdapterForMock(real.mock, real.trusting, version)
      .getSerializationWriterFactory()
      .getSerializationWriter("application/json");
    writer.writeObjectValue(undefined, kiotaBasicBody("Serialized"), sdk.models.serializeIdentityApiConnector);
    const text = new TextDecoder().decode(writer.getSerializedContent());
    expect(JSON.parse(text).authenticationConfiguration).toEqual({
      "@odata.type": "#microsoft.graph.basicAuthentication",
    });
  });

  it("creates, reads, lists every page with PageIterator, updates, uploads and deletes", async () => {
    const created = await connectors.create(kiotaBasicBody("Real kiota"));
    const id = created?.id ?? "";
    const auth = created?.authenticationConfiguration;
    expect(auth?.odataType).toBe("#microsoft.graph.basicAuthentication");
    expect({ ...(auth as BasicAuthentication) }).toMatchObject({ username: "entra", password: "******" });
    expect((await connectors.get(id))?.displayName).toBe("Real kiota");
    for (const name of ["Real two", "Real three", "Real four", "Other"]) await connectors.create(kiotaBasicBody(name));

    const first = await connectors.list({
      top: 2,
      count: true,
      select: ["id", "displayName"],
      filter: "startswith(displayName, 'Real')",
    });
    expect(first?.odataCount).toBe(4);
    expect(first?.value).toHaveLength(2);
    expect(first?.odataNextLink?.startsWith(`${real.mock.url}/${version}/identity/apiConnectors?`)).toBe(true);
    const seen: IdentityApiConnector[] = [];
    const iterator = new PageIterator(
      kiotaAdapterForMock(real.mock, real.trusting, version),
      first as PageCollection<IdentityApiConnector>,
      (item) => {
        seen.push(item);
        return true;
      },
      sdk.models.createIdentityApiConnectorCollectionResponseFromDiscriminatorValue as never,
      connectors.errors,
    );
    await iterator.iterate();
    expect(seen.map((item) => item.displayName)).toEqual(["Real kiota", "Real two", "Real three", "Real four"]);
    expect(seen.every((item) => item.authenticationConfiguration === undefined)).toBe(true);

    await connectors.update(id, { displayName: "Renamed kiota" });
    const certificate: Pkcs12Certificate = {
      odataType: "#microsoft.graph.pkcs12Certificate",
      pkcs12Value: firstCertificate.pkcs12Value,
      password: firstCertificate.password,
    };
    await connectors.update(id, { authenticationConfiguration: certificate });
    const uploaded = await connectors.uploadClientCertificate(id, {
      pkcs12Value: uploadedCertificate.pkcs12Value,
      password: uploadedCertificate.password,
    });
    expect(uploaded?.displayName).toBe("Renamed kiota");
    const withCertificates = uploaded?.authenticationConfiguration;
    expect(withCertificates?.odataType).toBe("#microsoft.graph.clientCertificateAuthentication");
    const list = (withCertificates as ClientCertificateAuthentication).certificateList ?? [];
    expect(list.map((entry) => [entry.thumbprint, entry.isActive])).toEqual([
      [firstCertificate.thumbprint, true],
      [uploadedCertificate.thumbprint, false],
    ]);
    await connectors.delete(id);
    await expect(connectors.get(id)).rejects.toMatchObject({
      responseStatusCode: 404,
      errorEscaped: { code: "Request_ResourceNotFound" },
    });
    expect(real.log.every((entry) => entry.path.startsWith(`/${version}/`))).toBe(true);
  });

  it("retries a 429 with Retry-After twice, then succeeds", async () => {
    real.mock.failNext({ status: 429, retryAfterSeconds: 0, times: 2 });
    expect((await connectors.list())?.value).toEqual([]);
    expect(real.log.map((entry) => entry.status)).toEqual([429, 429, 200]);
  });

  it("gives up on a 429 that never ends after its 3 retries, with the SDK's ODataError", async () => {
    real.mock.failNext({ status: 429, retryAfterSeconds: 0, times: 10 });
    await expect(connectors.list()).rejects.toMatchObject({
      responseStatusCode: 429,
      errorEscaped: { code: "TooManyRequests" },
    });
    expect(real.log.map((entry) => entry.status)).toEqual([429, 429, 429, 429]);
  });

  it("retries a 503 with Retry-After", async () => {
    real.mock.failNext({ status: 503, retryAfterSeconds: 0 });
    expect((await connectors.list())?.value).toEqual([]);
    expect(real.log.map((entry) => entry.status)).toEqual([503, 200]);
  });

  it("re-sends a create after a 504, so the mock (which created it) ends with a duplicate", async () => {
    // Kiota's RetryHandler retries any buffered body, POST included (see classic.test.ts).
    real.mock.failNext({ status: 504, retryAfterSeconds: 0 });
    await connectors.create(kiotaBasicBody("Once"));
    expect(real.log.map((entry) => entry.status)).toEqual([504, 201]);
    expect(real.mock.connectors().map((connector) => connector.displayName)).toEqual(["Once", "Once"]);
  });

  it("is refused 401 by a mock that requires a token when it sends an empty one", async () => {
    const strict = await startRealClientMock({ requireAuthorization: true });
    try {
      const anonymous = apiConnectors(kiotaAdapterForMock(strict.mock, strict.trusting, version, ""), sdk);
      await expect(anonymous.list()).rejects.toMatchObject({
        responseStatusCode: 401,
        errorEscaped: { code: "InvalidAuthenticationToken" },
      });
      const authenticated = apiConnectors(kiotaAdapterForMock(strict.mock, strict.trusting, version), sdk);
      expect((await authenticated.list())?.value).toEqual([]);
    } finally {
      await strict.close();
    }
  });
});
