// How the mock writes a connector in a response, as Graph does: the basic password masked
// (the docs' examples show "******"), a certificate as clientCertificateAuthentication with
// only its public facts, and `isActive` worked out at the time of the response.
import type { components } from "../../generated/schema.js";
import type { StoredAuthentication, StoredCertificate, StoredConnector } from "./store.js";

export type ConnectorResource = components["schemas"]["identityApiConnector"];
type AuthenticationResource = components["schemas"]["apiAuthenticationConfigurationResponse"];
type CertificateInformation = components["schemas"]["pkcs12CertificateInformation"];

/** The properties `$select` can name, in the order Graph writes them. */
export const CONNECTOR_PROPERTIES = ["id", "displayName", "targetUrl", "authenticationConfiguration"] as const;
export type ConnectorProperty = (typeof CONNECTOR_PROPERTIES)[number];

export const PASSWORD_MASK = "******";

/**
 * Graph docs (uploadClientCertificate): the active certificate is the most recently uploaded
 * one that has not expired and whose notBefore is in the past. Returns its index, or -1.
 */
export function activeCertificateIndex(certificates: readonly StoredCertificate[], nowSeconds: number): number {
  for (let index = certificates.length - 1; index >= 0; index--) {
    const certificate = certificates[index];
    if (certificate && certificate.notBefore <= nowSeconds && nowSeconds < certificate.notAfter) return index;
  }
  return -1;
}

function authenticationResource(authentication: StoredAuthentication, nowSeconds: number): AuthenticationResource {
  if (authentication.kind === "basicAuthentication") {
    return {
      "@odata.type": "#microsoft.graph.basicAuthentication",
      username: authentication.username,
      password: authentication.passwordSet ? PASSWORD_MASK : null,
    };
  }
  const active = activeCertificateIndex(authentication.certificates, nowSeconds);
  const certificateList: CertificateInformation[] = authentication.certificates.map((certificate, index) => ({
    thumbprint: certificate.thumbprint,
    notAfter: certificate.notAfter,
    notBefore: certificate.notBefore,
    isActive: index === active,
  }));
  return { "@odata.type": "#microsoft.graph.clientCertificateAuthentication", certificateList };
}

export interface RepresentationOptions {
  nowSeconds: number;
  /** `$select`: the properties to include; `id` is always included, as Graph does. */
  select?: readonly ConnectorProperty[];
  /** `@odata.context`, for a single entity; omitted inside a collection's `value`. */
  context?: string;
}

export function connectorResource(connector: StoredConnector, options: RepresentationOptions): ConnectorResource {
  const wanted = (property: ConnectorProperty) =>
    !options.select || property === "id" || options.select.includes(property);
  return {
    ...(options.context !== undefined ? { "@odata.context": options.context } : {}),
    id: connector.id,
    ...(wanted("displayName") ? { displayName: connector.displayName } : {}),
    ...(wanted("targetUrl") ? { targetUrl: connector.targetUrl } : {}),
    ...(wanted("authenticationConfiguration")
      ? {
          authenticationConfiguration:
            connector.authentication && authenticationResource(connector.authentication, options.nowSeconds),
        }
      : {}),
  };
}

/** The origin of `@odata.context` when the mock's public URL is not known, as in recorded answers. */
export const GRAPH_ORIGIN = "https://graph.microsoft.com";

/**
 * `https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors/$entity`, with the
 * selected properties in parentheses when `$select` was given, as Graph writes it. `origin` is
 * the service's public origin (and path prefix).
 */
export function contextUrl(
  origin: string,
  version: string,
  kind: "entity" | "collection",
  select?: readonly ConnectorProperty[],
): string {
  const projection = select ? `(${select.join(",")})` : "";
  return `${origin}/${version}/$metadata#identity/apiConnectors${projection}${kind === "entity" ? "/$entity" : ""}`;
}
