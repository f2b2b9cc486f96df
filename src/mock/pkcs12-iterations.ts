// The iteration counts a PKCS #12 file asks for, read from its ASN.1 before any key derivation
// runs (issue 10): node-forge runs the MAC's and each encryption's KDF for as many rounds as
// the file says, so one 3.4 KB PFX asking for 2^31 - 1 rounds held the mock for ~50 minutes.
//
// Where the counts are (RFC 7292): the MAC's in `MacData.iterations` (§4, "PFX ::= SEQUENCE
// { version, authSafe ContentInfo, macData MacData OPTIONAL }", "MacData ::= SEQUENCE { mac,
// macSalt, iterations INTEGER DEFAULT 1 }"); each encryption's in the parameters of its
// AlgorithmIdentifier: PKCS #12 PBE (Appendix C, "pkcs-12PbeParams ::= SEQUENCE { salt,
// iterations INTEGER }"), PBES1 and PBKDF2 (RFC 8018 A.2/A.3: "{ salt, iterationCount, … }",
// PBKDF2 nested in PBES2's parameters). Those sit on the encrypted SafeContents (an
// EncryptedData's contentEncryptionAlgorithm) and on each shrouded key bag, inside OCTET
// STRINGs that hold DER; the walk below opens those OCTET STRINGs a few levels deep. A count
// hidden inside encrypted content cannot be read before decrypting: the worker's time bound
// (certificate-thread.ts) covers that case.
import type { asn1 as Asn1Namespace } from "node-forge";

type Forge = typeof import("node-forge");
type Asn1 = Asn1Namespace.Asn1;

/**
 * The most rounds a PFX may ask for, per MAC or per encryption: 20,000. OpenSSL 3 writes 2,048
 * (PKCS12_DEFAULT_ITER) and Java's keytool 10,000, the highest default of the common writers;
 * this is twice that. node-forge derives keys in JavaScript (about 20 ms per 1,000 rounds for
 * the MAC on a loaded 2-core machine), so a file at the limit takes about a second.
 */
export const MAX_PKCS12_ITERATIONS = 20_000;

/** The most rounds of all derivations of one file together (a file may hold many key bags). */
export const MAX_PKCS12_TOTAL_ITERATIONS = 5 * MAX_PKCS12_ITERATIONS;

/** How deep OCTET STRINGs holding DER are opened: PFX → AuthenticatedSafe → SafeContents → bag. */
const MAX_NESTING = 4;

/** PKCS #12 PBE (1.2.840.113549.1.12.1.x), PBES1 (1.5.1-11) and PBKDF2 (1.5.12); not PBES2 itself (1.5.13). */
function countsRounds(oid: string): boolean {
  if (oid.startsWith("1.2.840.113549.1.12.1.")) return true;
  const pkcs5 = /^1\.2\.840\.113549\.1\.5\.(\d+)$/.exec(oid);
  return pkcs5 !== null && pkcs5[1] !== "13";
}

const children = (node: Asn1 | undefined): Asn1[] => (node && Array.isArray(node.value) ? node.value : []);

/** A DER INTEGER's value (Infinity beyond 2^53). */
function integerValue(forge: Forge, node: Asn1 | undefined): number | undefined {
  const { Class, Type } = forge.asn1;
  if (!node || node.tagClass !== Class.UNIVERSAL || node.type !== Type.INTEGER || typeof node.value !== "string")
    return undefined;
  let value = 0;
  for (let at = 0; at < node.value.length; at++) value = value * 256 + node.value.charCodeAt(at);
  return Number.isSafeInteger(value) ? value : Number.POSITIVE_INFINITY;
}

/** The bytes of an OCTET STRING, whether primitive or (BER) constructed of pieces. */
function octets(node: Asn1): string | undefined {
  if (typeof node.value === "string") return node.value;
  const pieces = children(node).map((piece) => (typeof piece.value === "string" ? piece.value : ""));
  return pieces.join("");
}

/** Every iteration count in the PFX: its MAC's and every visible encryption's. */
export function iterationCounts(forge: Forge, pfx: Asn1): number[] {
  const { Class, Type } = forge.asn1;
  const counts: number[] = [];
  const mac = children(pfx)[2];
  if (mac && mac.type === Type.SEQUENCE) counts.push(integerValue(forge, children(mac)[2]) ?? 1); // DEFAULT 1
  const walk = (node: Asn1, nesting: number): void => {
    const parts = children(node);
    if (node.tagClass === Class.UNIVERSAL && node.type === Type.SEQUENCE && parts[0]?.type === Type.OID) {
      const oid = typeof parts[0].value === "string" ? forge.asn1.derToOid(parts[0].value) : "";
      if (countsRounds(oid)) {
        const count = integerValue(forge, children(parts[1])[1]);
        if (count !== undefined) counts.push(count);
      }
    }
    if (node.tagClass === Class.UNIVERSAL && node.type === Type.OCTETSTRING) {
      const bytes = octets(node);
      if (bytes === undefined || nesting >= MAX_NESTING) return;
      let inner: Asn1;
      try {
        inner = forge.asn1.fromDer(bytes, true); // strict, all bytes parsed
      } catch {
        return; // not DER: a salt, a digest or encrypted bytes
      }
      walk(inner, nesting + 1);
      return;
    }
    for (const part of parts) walk(part, nesting);
  };
  walk(pfx, 0);
  return counts;
}
