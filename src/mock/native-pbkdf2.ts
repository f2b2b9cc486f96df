// node-forge derives PBES2 keys (how OpenSSL 3 encrypts a PFX by default) with its own
// pure-JavaScript PBKDF2 whenever the PRF is a digest object, which it always is inside PKCS #12:
// that was 70 % of the time to read a PFX (CPU profile, docs/benchmarks.md). Node's
// crypto.pbkdf2Sync computes the same RFC 8018 function natively; forge's own Node.js path
// uses it too, but only for digest names. This sends digest objects of the common hashes to
// it, with forge's byte semantics ("binary" strings); anything else stays with forge.
// test/mock/native-pbkdf2.test.ts checks both give the same keys.
import { pbkdf2Sync } from "node:crypto";

type Forge = typeof import("node-forge");
type Pbkdf2 = Forge["pkcs5"]["pbkdf2"];

const NATIVE_DIGESTS = new Set(["sha1", "sha256", "sha384", "sha512"]);
/** forge reads a string's char codes as bytes; Buffer's latin1 agrees only below 256. */
const BYTES = /^[\0-\xff]*$/;
const patched = new WeakSet<object>();

/** The digest name Node knows, when forge's arguments can be computed natively with the same result. */
function nativeDigest(args: unknown[]): string | undefined {
  const [password, salt, iterations, keySize, digest, callback] = args;
  if (callback !== undefined || typeof password !== "string" || typeof salt !== "string") return undefined;
  if (!Number.isInteger(iterations) || !Number.isInteger(keySize)) return undefined;
  const name =
    typeof digest === "object" && digest !== null ? (digest as { algorithm?: unknown }).algorithm : undefined;
  if (typeof name !== "string" || !NATIVE_DIGESTS.has(name)) return undefined;
  return BYTES.test(password) && BYTES.test(salt) ? name : undefined;
}

/** Makes forge.pkcs5.pbkdf2 (which PKCS #12 reading calls) native for the common digests. */
export function useNativePbkdf2(forge: Forge): void {
  if (patched.has(forge.pkcs5)) return;
  const pure = forge.pkcs5.pbkdf2 as (...args: unknown[]) => unknown;
  const pbkdf2 = (...args: unknown[]): unknown => {
    const digest = nativeDigest(args);
    if (digest === undefined) return pure(...args);
    const [password, salt, iterations, keySize] = args as [string, string, number, number];
    return pbkdf2Sync(
      Buffer.from(password, "latin1"),
      Buffer.from(salt, "latin1"),
      iterations,
      keySize,
      digest,
    ).toString("latin1");
  };
  forge.pkcs5.pbkdf2 = pbkdf2 as Pbkdf2;
  patched.add(forge.pkcs5);
}
