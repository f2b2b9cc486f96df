// Turns the authenticationConfiguration a client sends into what the store keeps:
// basicAuthentication without its password, or a pkcs12Certificate read into the public facts
// of its certificate (Graph then shows it as clientCertificateAuthentication).
import type { components } from "../../generated/schema.js";
import { CertificateError } from "./certificate.js";
import { readPkcs12OffThread } from "./certificate-thread.js";
import { badRequest } from "./errors.js";
import type { StoredAuthentication, StoredCertificate } from "./store.js";

type AuthenticationRequest = components["schemas"]["apiAuthenticationConfigurationRequest"];
type BasicAuthentication = components["schemas"]["basicAuthentication"];

/** The `#` is optional on input (Graph's OData reader accepts both spellings). */
const isBasic = (request: AuthenticationRequest): request is BasicAuthentication =>
  request["@odata.type"].replace(/^#/, "") === "microsoft.graph.basicAuthentication";

/** Reads a PFX; a bad one is a 400 pointing at the request's pkcs12Value or password. */
export async function readCertificate(pkcs12Value: string, password: string, at: string): Promise<StoredCertificate> {
  try {
    return await readPkcs12OffThread(pkcs12Value, password);
  } catch (error) {
    if (!(error instanceof CertificateError)) throw error;
    const target = `${at}/${error.problem === "wrongPassword" ? "password" : "pkcs12Value"}`;
    throw badRequest(`The PKCS #12 certificate could not be read: ${error.message}.`, [
      { code: error.problem, message: error.message, target },
    ]);
  }
}

/** `at` is the JSON pointer of the configuration in the request body, for error details. */
export async function storedAuthentication(request: AuthenticationRequest, at: string): Promise<StoredAuthentication> {
  if (isBasic(request)) return { kind: "basicAuthentication", username: request.username, passwordSet: true };
  const certificate = await readCertificate(request.pkcs12Value, request.password, at);
  return { kind: "clientCertificateAuthentication", certificates: [certificate] };
}
