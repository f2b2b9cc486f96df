// The mock's TLS identity for `--tls`: a self-signed certificate made at start-up, so a client
// that insists on https (the classic Graph JS client treats only https:// links as absolute)
// can talk to it unchanged once it trusts this certificate. Node has no X.509 builder, so
// node-forge (already a dependency, for PKCS #12) signs it; the key comes from node:crypto.
import { generateKeyPair, type KeyObject, randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { promisify } from "node:util";

export interface TlsIdentity {
  /** PEM of the certificate: give it to a client as its trusted CA (it is its own issuer). */
  certificate: string;
  /** PEM (PKCS #8) of the private key; only the server needs it. */
  privateKey: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** An RSA key takes about a second to make; one per process serves every TLS mock it starts. */
let keyPair: Promise<{ publicKey: KeyObject; privateKey: KeyObject }> | undefined;
const processKeyPair = () => (keyPair ??= promisify(generateKeyPair)("rsa", { modulusLength: 2048 }));

/** Names the certificate is valid for: localhost, both loopback addresses and the bound host. */
function subjectAltNames(host: string): { type: number; value?: string; ip?: string }[] {
  const names = new Set(["localhost", "127.0.0.1", "::1", host.replace(/^\[|\]$/g, "")]);
  // RFC 5280 §4.2.1.6: dNSName is type 2, iPAddress type 7.
  return [...names].filter(Boolean).map((name) => (isIP(name) ? { type: 7, ip: name } : { type: 2, value: name }));
}

export async function selfSignedIdentity(host: string, nowMs: number = Date.now()): Promise<TlsIdentity> {
  const forge = (await import("node-forge")).default;
  const keys = await processKeyPair();
  const privateKey = keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(keys.publicKey.export({ type: "spki", format: "pem" }).toString());
  // A positive serial (RFC 5280 §4.1.2.2): 16 random bytes with the top bit cleared.
  certificate.serialNumber = `7${randomBytes(15).toString("hex")}`;
  certificate.validity.notBefore = new Date(nowMs - DAY_MS);
  certificate.validity.notAfter = new Date(nowMs + 30 * DAY_MS);
  const subject = [{ name: "commonName", value: "apiconnectors mock" }];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", critical: true, digitalSignature: true, keyEncipherment: true },
    { name: "extKeyUsage", serverAuth: true },
    { name: "subjectAltName", altNames: subjectAltNames(host) },
  ]);
  certificate.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  // forge ends PEM lines with CRLF; the files people open and paste use LF.
  return { certificate: forge.pki.certificateToPem(certificate).replace(/\r\n/g, "\n"), privateKey };
}
