// Reads the public facts of the certificate in a PKCS #12 (PFX) file, the way Graph does on
// create, update and uploadClientCertificate: node-forge opens the PFX with its password,
// Node's X509Certificate reads the certificate. The PFX, its key and its password are not
// kept. node-forge is loaded on first use, so starting the mock does not pay for it.
import { X509Certificate } from "node:crypto";
import { groupDigits } from "../validate/summary.js";
import { useNativePbkdf2 } from "./native-pbkdf2.js";
import { iterationCounts, MAX_PKCS12_ITERATIONS, MAX_PKCS12_TOTAL_ITERATIONS } from "./pkcs12-iterations.js";
import type { StoredCertificate } from "./store.js";

export type CertificateProblem =
  | "wrongPassword"
  | "notPkcs12"
  | "noCertificate"
  | "noPrivateKey"
  | "tooManyIterations"
  | "tooSlow";

/** Why a PFX could not be read; the message never contains the password or the file. */
export class CertificateError extends Error {
  constructor(
    readonly problem: CertificateProblem,
    message: string,
  ) {
    super(message);
    this.name = "CertificateError";
  }
}

type Forge = typeof import("node-forge");
let forgeModule: Promise<Forge> | undefined;
const loadForge = (): Promise<Forge> =>
  (forgeModule ??= import("node-forge").then((module) => {
    useNativePbkdf2(module.default);
    return module.default;
  }));

interface Bag {
  cert?: unknown;
  asn1?: unknown;
  attributes?: { localKeyId?: string[] };
}

/** node-forge's messages for a MAC or a decryption that failed: the password is wrong. */
const WRONG_PASSWORD = /invalid password|wrong password|failed to decrypt|mac could not be verified/i;

const NOT_PKCS12 =
  "pkcs12Value is not a PKCS #12 (PFX) file that this password opens (its structure could not be read)";

function openPfx(forge: Forge, der: string, password: string) {
  let asn1: ReturnType<Forge["asn1"]["fromDer"]>;
  try {
    asn1 = forge.asn1.fromDer(der, false);
  } catch {
    throw new CertificateError("notPkcs12", NOT_PKCS12);
  }
  // Before any key derivation runs: each one costs as many rounds as the file asks for.
  const counts = iterationCounts(forge, asn1);
  const highest = Math.max(0, ...counts);
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (highest > MAX_PKCS12_ITERATIONS || total > MAX_PKCS12_TOTAL_ITERATIONS) {
    const [asked, limit, what] =
      highest > MAX_PKCS12_ITERATIONS
        ? [highest, MAX_PKCS12_ITERATIONS, "MAC or key-derivation iterations"]
        : [total, MAX_PKCS12_TOTAL_ITERATIONS, "iterations in all"];
    const count = Number.isFinite(asked) ? groupDigits(asked) : "more than 2^53";
    throw new CertificateError(
      "tooManyIterations",
      `the PKCS #12 file asks for ${count} ${what}; the mock reads at most ${groupDigits(limit)} (OpenSSL writes 2,048 per derivation)`,
    );
  }
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (WRONG_PASSWORD.test(message)) {
      throw new CertificateError(
        "wrongPassword",
        "the password does not open the PKCS #12 file (MAC check or decryption failed)",
      );
    }
    // A PFX without a MAC opened with the wrong password decrypts to garbage, which then
    // fails to parse: say both possibilities rather than guess.
    throw new CertificateError("notPkcs12", NOT_PKCS12);
  }
}

function certificateDer(forge: Forge, bag: Bag): Buffer {
  // forge parses RSA certificates itself; others (EC, Ed25519) it leaves as ASN.1.
  const asn1 = bag.cert
    ? forge.pki.certificateToAsn1(bag.cert as Parameters<Forge["pki"]["certificateToAsn1"]>[0])
    : (bag.asn1 as Parameters<Forge["asn1"]["toDer"]>[0]);
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}

/** Graph shows thumbprints as upper-case hex SHA-1 of the DER certificate. */
function facts(certificate: X509Certificate): StoredCertificate {
  const seconds = (text: string) => Math.floor(Date.parse(text) / 1000);
  return {
    thumbprint: certificate.fingerprint.replace(/:/g, "").toUpperCase(),
    notBefore: seconds(certificate.validFrom),
    notAfter: seconds(certificate.validTo),
  };
}

/**
 * The certificate that goes with the private key: the certificate bag whose localKeyId
 * matches a key bag's; failing that, the first end-entity (non-CA) certificate; failing
 * that, the first certificate.
 */
export async function readPkcs12(pkcs12Value: string, password: string): Promise<StoredCertificate> {
  const forge = await loadForge();
  const pfx = openPfx(forge, Buffer.from(pkcs12Value, "base64").toString("binary"), password);
  const oids = forge.pki.oids;
  const bagsOf = (type: string): Bag[] => (pfx.getBags({ bagType: type })[type] ?? []) as Bag[];
  const keyBags = [...bagsOf(oids.pkcs8ShroudedKeyBag ?? ""), ...bagsOf(oids.keyBag ?? "")];
  const certificateBags = bagsOf(oids.certBag ?? "");
  if (certificateBags.length === 0)
    throw new CertificateError("noCertificate", "the PKCS #12 file holds no certificate");
  if (keyBags.length === 0)
    throw new CertificateError(
      "noPrivateKey",
      "the PKCS #12 file holds no private key; export the certificate with its key",
    );

  let certificates: { bag: Bag; x509: X509Certificate }[];
  try {
    certificates = certificateBags.map((bag) => ({ bag, x509: new X509Certificate(certificateDer(forge, bag)) }));
  } catch {
    throw new CertificateError(
      "notPkcs12",
      "the PKCS #12 file holds a certificate that is not a readable X.509 certificate",
    );
  }
  const keyIds = new Set(keyBags.flatMap((bag) => bag.attributes?.localKeyId ?? []));
  const chosen =
    certificates.find(({ bag }) => (bag.attributes?.localKeyId ?? []).some((id) => keyIds.has(id))) ??
    certificates.find(({ x509 }) => !x509.ca) ??
    certificates[0];
  if (!chosen) throw new CertificateError("noCertificate", "the PKCS #12 file holds no certificate");
  return facts(chosen.x509);
}
