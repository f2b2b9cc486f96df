// Typed payloads shared by the client tests, shaped like Graph's documented examples.
import type { ApiConnector, ApiConnectorCreate, ApiConnectorPage, ODataError } from "../../../src/index.js";

export const CONNECTOR_ID = "45715bb8-13f9-4bf6-927f-ef96c102d394";
export const BASIC_PASSWORD = "MyPassword-s3cr3t";
export const PKCS12_VALUE = "MIIKPAIBAzCCCfYGCSqGSIb3DQEHAaCCCecEggnjMIIJ3zCCBgAGCSqGSIb3";
export const PKCS12_PASSWORD = "CertificatePassword-s3cr3t";

export const basicCreate: ApiConnectorCreate = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "MyUsername",
    password: BASIC_PASSWORD,
  },
};

export const certificateCreate: ApiConnectorCreate = {
  displayName: "Test API",
  targetUrl: "https://someotherapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.pkcs12Certificate",
    pkcs12Value: PKCS12_VALUE,
    password: PKCS12_PASSWORD,
  },
};

export const basicConnector: ApiConnector = {
  "@odata.context": "https://graph.microsoft.com/beta/$metadata#identity/apiConnectors/$entity",
  id: CONNECTOR_ID,
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "MyUsername",
    password: "******",
  },
};

export const certificateConnector: ApiConnector = {
  id: CONNECTOR_ID,
  displayName: "Test API",
  targetUrl: "https://someotherapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
    certificateList: [
      {
        thumbprint: "0EB255CC895477798BA418B378255204304897AD",
        notAfter: 1666350522,
        notBefore: 1508670522,
        isActive: true,
      },
    ],
  },
};

export function page(ids: string[], nextLink?: string): ApiConnectorPage {
  return {
    "@odata.context": "https://graph.microsoft.com/beta/$metadata#identity/apiConnectors",
    value: ids.map((id) => ({ ...basicConnector, id })),
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
  };
}

export function odataError(code: string, message: string, requestId = "req-inner-1"): ODataError {
  return { error: { code, message, innerError: { "request-id": requestId, date: "2021-11-30T12:17:46" } } };
}
