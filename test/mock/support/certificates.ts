// The PKCS #12 fixtures (test/mock/fixtures) and the two complete certificates of the spec's
// examples, with the facts an independent reader found in each.
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../../support/repo.js";
import { specExamples } from "../../support/spec.js";

export interface CertificateFixture {
  name: string;
  pkcs12Value: string;
  password: string;
  thumbprint: string;
  notBefore: number;
  notAfter: number;
}

const fixtures = path.join(repoRoot, "test", "mock", "fixtures");
const facts = JSON.parse(readFileSync(path.join(fixtures, "certificates.json"), "utf8")) as Record<
  string,
  Omit<CertificateFixture, "name" | "pkcs12Value">
>;

export function fixture(file: string): CertificateFixture {
  const known = facts[file];
  if (!known) throw new Error(`no facts for ${file} in certificates.json`);
  return { name: file, pkcs12Value: readFileSync(path.join(fixtures, file)).toString("base64"), ...known };
}

function specCertificate(operationId: string, name: string): { pkcs12Value: string; password: string } {
  const example = specExamples().find(
    (found) => found.operationId === operationId && found.direction === "request" && found.name === name,
  );
  const configuration = (
    example?.value as { authenticationConfiguration?: { pkcs12Value: string; password: string } } | undefined
  )?.authenticationConfiguration;
  if (!configuration) throw new Error(`the spec has no ${operationId} request example "${name}" with a certificate`);
  return { pkcs12Value: configuration.pkcs12Value, password: configuration.password };
}

/** The create example's certificate (CN=api.contoso.com); facts as given in the brief and the upload response example. */
export const specCreateCertificate: CertificateFixture = {
  name: "spec create example",
  ...specCertificate("createIdentityApiConnector", "pkcs12Certificate"),
  thumbprint: "8BC9B4EB5A2663BF146449BB09B0D831699F279B",
  notBefore: 1795832569,
  notAfter: 2111192569,
};

/** The update example's certificate: a PFX without a password. */
export const specUpdateCertificate = specCertificate("updateIdentityApiConnector", "pkcs12Certificate");

export const pkcs12Configuration = (certificate: Pick<CertificateFixture, "pkcs12Value" | "password">) => ({
  "@odata.type": "#microsoft.graph.pkcs12Certificate",
  pkcs12Value: certificate.pkcs12Value,
  password: certificate.password,
});
