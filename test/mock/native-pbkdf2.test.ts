// PBES2 keys of a PFX are derived with Node's native PBKDF2 instead of node-forge's JavaScript
// one (src/mock/native-pbkdf2.ts): both must give the same key for every input forge can pass.
import fc from "fast-check";
import forge from "node-forge";
import { describe, expect, it } from "vitest";
import { useNativePbkdf2 } from "../../src/mock/native-pbkdf2.js";

const pure = forge.pkcs5.pbkdf2;
useNativePbkdf2(forge);
const patched = forge.pkcs5.pbkdf2;
const digests = { sha1: forge.md.sha1, sha256: forge.md.sha256, sha384: forge.md.sha384, sha512: forge.md.sha512 };
const bytes = fc.string({
  unit: fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});

describe("PBKDF2 for PKCS #12", () => {
  it("is replaced, once", () => {
    expect(patched).not.toBe(pure);
    useNativePbkdf2(forge);
    expect(forge.pkcs5.pbkdf2).toBe(patched);
  });

  it("gives forge's key for byte-string passwords and salts, with each common digest", () => {
    fc.assert(
      fc.property(
        bytes,
        bytes,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 80 }),
        fc.constantFrom(...(Object.keys(digests) as (keyof typeof digests)[])),
        (password, salt, iterations, keySize, name) => {
          const native = patched(password, salt, iterations, keySize, digests[name].create());
          return native === pure(password, salt, iterations, keySize, digests[name].create());
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("leaves to forge what the native function would read differently", () => {
    // A char code above 255: forge keys its HMAC with the code itself, Buffer's latin1 would cut it.
    const password = "pässwörd-Ω";
    expect(patched(password, "salt", 10, 32, forge.md.sha256.create())).toBe(
      pure(password, "salt", 10, 32, forge.md.sha256.create()),
    );
    expect(patched("p", "salt", 10, 32, forge.md.md5.create())).toBe(pure("p", "salt", 10, 32, forge.md.md5.create()));
  });
});
