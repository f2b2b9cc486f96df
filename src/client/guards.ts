// Type guards for the `@odata.type` union, on either side (request or response). Graph's
// OData reader accepts the annotation with or without its leading `#`; the match is
// case-sensitive, so these guards are too.

type Tagged = { readonly "@odata.type": string };

const BASIC = "microsoft.graph.basicAuthentication";
const PKCS12 = "microsoft.graph.pkcs12Certificate";
const CLIENT_CERTIFICATE = "microsoft.graph.clientCertificateAuthentication";

type TagOf<Name extends string> = { readonly "@odata.type": Name | `#${Name}` };

function hasType(value: unknown, name: string): boolean {
  if (value === null || typeof value !== "object") return false;
  const tag = (value as Record<string, unknown>)["@odata.type"];
  return tag === `#${name}` || tag === name;
}

/** Basic authentication: `basicAuthentication` in a request, `basicAuthenticationMasked` in a response. */
export function isBasicAuthentication<T extends Tagged>(
  value: T | null | undefined,
): value is Extract<T, TagOf<typeof BASIC>> {
  return hasType(value, BASIC);
}

/** A PKCS #12 certificate with its password: request side only (create, update). */
export function isPkcs12Certificate<T extends Tagged>(
  value: T | null | undefined,
): value is Extract<T, TagOf<typeof PKCS12>> {
  return hasType(value, PKCS12);
}

/** The public information of uploaded certificates: response side only. */
export function isClientCertificateAuthentication<T extends Tagged>(
  value: T | null | undefined,
): value is Extract<T, TagOf<typeof CLIENT_CERTIFICATE>> {
  return hasType(value, CLIENT_CERTIFICATE);
}
