// Type tests, checked by `tsc -p tsconfig.json` (npm run lint:ts, part of npm test); never
// run. Each `@ts-expect-error` proves that a wrong program does not compile: if it ever did,
// the directive itself would become the error.

import type { TokenCredential } from "@azure/core-auth";
import type {
  ApiConnector,
  ApiConnectorCreate,
  ApiConnectorsClient,
  ApiConnectorUpdate,
  ClientCertificateUpload,
  GraphError,
  ResponseInfo,
} from "../../src/index.js";
import {
  createApiConnectorsClient,
  GRAPH_DEFAULT_SCOPE,
  isBasicAuthentication,
  isClientCertificateAuthentication,
  isPkcs12Certificate,
} from "../../src/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

const basic = { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u", password: "p" } as const;

// ---- request bodies: what must not compile ----

export const ok: ApiConnectorCreate = {
  displayName: "a",
  targetUrl: "https://x.example",
  authenticationConfiguration: basic,
};
export const okWithoutHash: ApiConnectorCreate = {
  displayName: "a",
  targetUrl: "https://x.example",
  authenticationConfiguration: { "@odata.type": "microsoft.graph.basicAuthentication", username: "u", password: "p" },
};

export const wrongTag: ApiConnectorCreate = {
  displayName: "a",
  targetUrl: "https://x.example",
  // @ts-expect-error an @odata.type the union does not have
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuth", username: "u", password: "p" },
};

export const wrongCase: ApiConnectorCreate = {
  displayName: "a",
  targetUrl: "https://x.example",
  // @ts-expect-error the match is case-sensitive
  authenticationConfiguration: { "@odata.type": "#Microsoft.Graph.BasicAuthentication", username: "u", password: "p" },
};

export const abstractBase: ApiConnectorCreate = {
  displayName: "a",
  targetUrl: "https://x.example",
  // @ts-expect-error the abstract base type is never a valid value
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.apiAuthenticationConfigurationBase" },
};

export const withId: ApiConnectorCreate = {
  // @ts-expect-error id is assigned by the server
  id: "45715bb8-13f9-4bf6-927f-ef96c102d394",
  displayName: "a",
  targetUrl: "https://x.example",
  authenticationConfiguration: basic,
};

export const missingPassword: ApiConnectorCreate = {
  displayName: "a",
  targetUrl: "https://x.example",
  // @ts-expect-error basic authentication needs a password
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u" },
};

export const missingCertificatePassword: ApiConnectorCreate = {
  displayName: "a",
  targetUrl: "https://x.example",
  // @ts-expect-error a PKCS #12 certificate needs its password ("" when it has none)
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.pkcs12Certificate", pkcs12Value: "MII=" },
};

export const responseTypeInRequest: ApiConnectorCreate = {
  displayName: "a",
  targetUrl: "https://x.example",
  authenticationConfiguration: {
    // @ts-expect-error clientCertificateAuthentication is what Graph returns, never what it accepts
    "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
    certificateList: [],
  },
};

// @ts-expect-error displayName, targetUrl and authenticationConfiguration are required
export const missingRequired: ApiConnectorCreate = { displayName: "a" };

// @ts-expect-error an undeclared property (Graph answers 400)
export const undeclaredInUpdate: ApiConnectorUpdate = { displayName: "a", description: "b" };

// @ts-expect-error uploadClientCertificate needs the password too
export const uploadWithoutPassword: ClientCertificateUpload = { pkcs12Value: "MII=" };

// ---- helpers: argument and result types ----

export async function helpers(client: ApiConnectorsClient): Promise<void> {
  await client.createApiConnector({
    // @ts-expect-error id in a create body, through the helper
    id: "x",
    displayName: "a",
    targetUrl: "https://x.example",
    authenticationConfiguration: basic,
  });
  // @ts-expect-error a certificate upload without its password
  await client.uploadClientCertificate("id", { pkcs12Value: "MII=" });
  // @ts-expect-error $select names only the connector's properties
  await client.listApiConnectors({ $select: ["password"] });
  // @ts-expect-error $top is a number
  await client.listApiConnectors({ $top: "10" });

  const created = await client.createApiConnector(ok);
  assertType<Equal<typeof created, ApiConnector>>();
  const id: string = created.id; // id is always present on a response
  void id;
  assertType<Equal<Awaited<ReturnType<ApiConnectorsClient["updateApiConnector"]>>, ResponseInfo>>();
  assertType<Equal<Awaited<ReturnType<ApiConnectorsClient["deleteApiConnector"]>>, ResponseInfo>>();

  for await (const connector of client.iterateApiConnectors({ $filter: "displayName eq 'Test API'" })) {
    assertType<Equal<typeof connector, ApiConnector>>();
  }

  // uploadClientCertificate always answers with client-certificate authentication: no narrowing needed
  const uploaded = await client.uploadClientCertificate("id", { pkcs12Value: "MII=", password: "" });
  const thumbprint = uploaded.authenticationConfiguration.certificateList[0]?.thumbprint;
  void thumbprint;
}

// ---- responses narrow on @odata.type ----

export function narrowByTag(connector: ApiConnector): void {
  const config = connector.authenticationConfiguration;
  if (!config) return;
  // @ts-expect-error certificateList exists only on the client-certificate branch
  void config.certificateList;
  if (config["@odata.type"] === "#microsoft.graph.clientCertificateAuthentication") {
    for (const certificate of config.certificateList) {
      const active: boolean = certificate.isActive;
      const notAfter: number = certificate.notAfter;
      void active;
      void notAfter;
    }
  } else {
    assertType<Equal<(typeof config)["@odata.type"], "#microsoft.graph.basicAuthentication">>();
    const username: string | null | undefined = config.username;
    void username;
    // @ts-expect-error not on the basic branch
    void config.certificateList;
  }
  switch (config["@odata.type"]) {
    case "#microsoft.graph.basicAuthentication":
      void config.username;
      break;
    case "#microsoft.graph.clientCertificateAuthentication":
      void config.certificateList;
      break;
    default: {
      const exhaustive: never = config; // a response holds only these two
      void exhaustive;
    }
  }
}

export function narrowByGuard(connector: ApiConnector, request: ApiConnectorCreate): void {
  const config = connector.authenticationConfiguration;
  if (isClientCertificateAuthentication(config)) void config.certificateList;
  if (isBasicAuthentication(config)) {
    // @ts-expect-error the basic branch has no certificateList
    void config.certificateList;
    void config.password; // masked, if present
  }
  // a response never holds a PKCS #12 certificate: the guard narrows to never
  if (isPkcs12Certificate(config)) assertType<Equal<typeof config, never>>();

  const sent = request.authenticationConfiguration;
  if (isPkcs12Certificate(sent)) {
    const value: string = sent.pkcs12Value;
    void value;
  }
  if (isBasicAuthentication(sent)) {
    const password: string = sent.password; // required on the request side
    void password;
  }
}

// ---- the raw openapi-fetch client: data goes through 0.17's Readable<T>, which broke
// discriminator narrowing for some schemas (openapi-typescript #2620). Prove it still
// narrows for ours, and that openapi-fetch's `error` carries the OData code.

export async function rawNarrowing(client: ApiConnectorsClient): Promise<void> {
  const { data, error } = await client.raw.GET("/identity/apiConnectors/{identityApiConnectorId}", {
    params: { path: { identityApiConnectorId: "id" } },
  });
  if (error) {
    const code: string = error.error.code;
    const requestId: string | null | undefined = error.error.innerError?.["request-id"];
    void code;
    void requestId;
    return;
  }
  const config = data.authenticationConfiguration;
  if (config?.["@odata.type"] === "#microsoft.graph.clientCertificateAuthentication") {
    const first = config.certificateList[0];
    const thumbprint: string | null | undefined = first?.thumbprint;
    void thumbprint;
  } else if (config) {
    // @ts-expect-error narrowed to basic authentication
    void config.certificateList;
  }
  assertType<Equal<typeof data, ApiConnector>>();

  const listed = await client.raw.GET("/identity/apiConnectors", {
    params: { query: { $select: ["id", "displayName"], $top: 10 } },
  });
  if (listed.data) {
    const nextLink: string | undefined = listed.data["@odata.nextLink"];
    void nextLink;
  }

  await client.raw.POST("/identity/apiConnectors", {
    body: {
      displayName: "a",
      targetUrl: "https://x.example",
      authenticationConfiguration: {
        // @ts-expect-error the raw client rejects the same wrong bodies
        "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
        certificateList: [],
      },
    },
  });
}

// ---- errors carry Graph's code ----

export function errorFields(error: GraphError): void {
  assertType<Equal<GraphError["code"], string>>();
  assertType<Equal<GraphError["status"], number>>();
  assertType<Equal<GraphError["retryAfterMs"], number | undefined>>();
  const requestId: string | undefined = error.requestId;
  const clientRequestId: string = error.clientRequestId;
  const innerRequestId: string | null | undefined = error.innerError?.["request-id"];
  void requestId;
  void clientRequestId;
  void innerRequestId;
}

// ---- getToken takes @azure/identity's TokenCredential as it is typed (issue: it resolves
// to `AccessToken | null`, which once did not compile) ----

export function withTokenCredential(credential: TokenCredential): ApiConnectorsClient {
  return createApiConnectorsClient({ getToken: () => credential.getToken(GRAPH_DEFAULT_SCOPE) });
}

export function tokenSources(): void {
  createApiConnectorsClient({ getToken: () => "token" });
  createApiConnectorsClient({ getToken: async () => ({ token: "t", expiresOnTimestamp: 0 }) });
  // @ts-expect-error a number is no token
  createApiConnectorsClient({ getToken: () => 42 });
}

// ---- user flows: an expanded step is an ApiConnector or null; a step not expanded is not there ----

export async function userFlowNarrowing(client: ApiConnectorsClient): Promise<void> {
  const configuration = await client.getApiConnectorConfiguration("B2X_1_x", { expand: ["postFederationSignup"] });
  assertType<Equal<typeof configuration.postFederationSignup, ApiConnector | null>>();
  // @ts-expect-error postAttributeCollection was not expanded
  void configuration.postAttributeCollection;
  // @ts-expect-error not a step of a user flow
  await client.getApiConnectorConfiguration("B2X_1_x", { expand: ["preTokenIssuance"] });
  // @ts-expect-error not a step of a user flow
  await client.attachApiConnector("B2X_1_x", "postSignIn", "id");
  // @ts-expect-error the kind is b2x or b2c
  await client.listUserFlows(undefined, { kind: "b2b" });
  const info: ResponseInfo = await client.detachApiConnector("B2X_1_x", "postAttributeCollection");
  void info;
}
