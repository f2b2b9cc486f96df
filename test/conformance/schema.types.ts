// Type-level tests of the generated types (checked by `tsc -p tsconfig.json` in `npm test`;
// an unused @ts-expect-error fails the build). Bodies that break the contract must not
// compile, and narrowing on `@odata.type` must expose each branch's own members.
import { expectTypeOf } from "vitest";
import type { components, paths } from "../../generated/schema.js";

type Schemas = components["schemas"];
type CreateBody = paths["/identity/apiConnectors"]["post"]["requestBody"]["content"]["application/json"];
type Created = paths["/identity/apiConnectors"]["post"]["responses"][201]["content"]["application/json"];

expectTypeOf<CreateBody>().toEqualTypeOf<Schemas["identityApiConnectorCreate"]>();
expectTypeOf<Created>().toEqualTypeOf<Schemas["identityApiConnector"]>();

export const basic: CreateBody = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u", password: "p" },
};
export const unprefixed: CreateBody = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "microsoft.graph.pkcs12Certificate",
    pkcs12Value: "AAAA",
    password: "",
  },
};

export const wrongTag: CreateBody = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  // @ts-expect-error the abstract base type is not a request branch
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.apiAuthenticationConfigurationBase" },
};
export const responseTypeInRequest: CreateBody = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    // @ts-expect-error clientCertificateAuthentication is what Graph returns, never what it accepts
    "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
    certificateList: [],
  },
};
export const withId: CreateBody = {
  // @ts-expect-error id is assigned by the server
  id: "45715bb8-13f9-4bf6-927f-ef96c102d394",
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u", password: "p" },
};
export const noPassword: CreateBody = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  // @ts-expect-error basic authentication needs a password
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u" },
};
// @ts-expect-error targetUrl is required
export const noTargetUrl: CreateBody = {
  displayName: "Test API",
  authenticationConfiguration: basic.authenticationConfiguration,
};

export function certificates(connector: Created): number {
  const auth = connector.authenticationConfiguration;
  if (!auth) return 0;
  if (auth["@odata.type"] === "#microsoft.graph.clientCertificateAuthentication") {
    expectTypeOf(auth.certificateList).toEqualTypeOf<Schemas["pkcs12CertificateInformation"][]>();
    expectTypeOf(auth.certificateList[0]!.notAfter).toBeNumber();
    return auth.certificateList.length;
  }
  expectTypeOf(auth).toEqualTypeOf<Schemas["basicAuthenticationMasked"]>();
  // @ts-expect-error certificateList exists only on the client-certificate branch
  return auth.certificateList.length;
}

export const pkcs12InResponse: Schemas["apiAuthenticationConfigurationResponse"] = {
  // @ts-expect-error pkcs12Certificate is never a response branch
  "@odata.type": "#microsoft.graph.pkcs12Certificate",
};

type UploadBody =
  paths["/identity/apiConnectors/{identityApiConnectorId}/uploadClientCertificate"]["post"]["requestBody"]["content"]["application/json"];
// @ts-expect-error the upload action needs a password, "" when the PFX has none
export const uploadWithoutPassword: UploadBody = { pkcs12Value: "AAAA" };

type ErrorBody = paths["/identity/apiConnectors"]["post"]["responses"][429]["content"]["application/json"];
expectTypeOf<ErrorBody["error"]["code"]>().toBeString();
