// POST /identity/apiConnectors/{id}/uploadClientCertificate → 200 with the connector (Graph docs,
// "identityApiConnector: uploadClientCertificate"). The certificate joins the connector's
// list (a basic configuration is replaced); uploading a thumbprint again moves it to the end,
// making it the most recent upload, rather than listing it twice (the mock's choice).
import type { components } from "../../../generated/schema.js";
import { readCertificate } from "../authentication.js";
import { badRequest, notFound } from "../errors.js";
import { connectorResource, contextUrl } from "../representation.js";
import { type HandlerContext, MAX_CERTIFICATES, type MockResult, routeId } from "./context.js";

type UploadRequest = components["schemas"]["uploadClientCertificateRequest"];

export async function uploadCertificate(context: HandlerContext): Promise<MockResult> {
  const id = routeId(context);
  if (!context.store.has(id)) throw notFound(id);
  const request = context.body as UploadRequest;
  const certificate = await readCertificate(request.pkcs12Value, request.password, "");

  const current = context.store.get(id);
  if (!current) throw notFound(id); // deleted while the certificate was being read
  const earlier =
    current.authentication?.kind === "clientCertificateAuthentication" ? current.authentication.certificates : [];
  const certificates = [...earlier.filter((known) => known.thumbprint !== certificate.thumbprint), certificate];
  if (certificates.length > MAX_CERTIFICATES) {
    throw badRequest(
      `The connector already has ${MAX_CERTIFICATES} certificates, the most the contract allows; this mock does not remove old ones.`,
    );
  }
  const updated = context.store.update(id, {
    authentication: { kind: "clientCertificateAuthentication", certificates },
  });
  if (!updated) throw notFound(id);
  return {
    status: 200,
    body: connectorResource(updated, {
      nowSeconds: context.nowSeconds,
      context: contextUrl(context.contextOrigin, context.route.version, "entity"),
    }),
  };
}
