// The generated validators check `pkcs12Value` with Node's base64 decoder instead of the
// spec's regular expression (scripts/lib/native-patterns.ts). Both must give the same
// verdict on every string: fast-check generates strings from every edge class (padding,
// length mod 4, the URL-safe alphabet, whitespace, misplaced "=", non-ASCII that a decoder
// could read by its low byte, lone surrogates) and compares with the spec's own pattern.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as firstErrorValidators from "../../generated/validators.js";
import * as allErrorValidators from "../../generated/validators-all-errors.js";
import { NATIVE_PATTERNS, nativePatternFunctions } from "../../scripts/lib/native-patterns.js";
import { bundledSpec } from "../support/spec.js";

const schema = bundledSpec.components.schemas.pkcs12Value as { pattern: string; minLength: number; maxLength: number };
// The spec's pattern as ajv compiles it (unicode mode).
const specPattern = new RegExp(schema.pattern, "u");
const native = nativePatternFunctions()[NATIVE_PATTERNS[schema.pattern] ?? ""];

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Characters a base64 decoder treats specially, or that are one bit or one byte away from the alphabet. */
const EDGE_CHARACTERS = [
  "=",
  "-",
  "_", // RFC 4648 §5, which Node's decoder also accepts
  " ",
  "\n",
  "\r",
  "\t",
  "\f",
  "\v",
  "\u0000",
  ".",
  ",",
  "*",
  "\\",
  "\u0080",
  "\u00c1", // Latin-1 (one-byte strings in V8)
  "\u00ff",
  "\u0141",
  "\u0161", // low byte "A" / "a": a truncating decoder would read them as the alphabet
  "\u012b", // low byte "+"
  "\u2028",
  "\ufeff",
  "\uff21", // fullwidth "A"
  "\ud83d\ude00", // astral
  "\ud800", // lone surrogates
  "\udfff",
];

const alphabetChar = fc.constantFrom(...ALPHABET);
const edgeChar = fc.constantFrom(...EDGE_CHARACTERS);
const anyChar = fc.oneof({ weight: 6, arbitrary: alphabetChar }, { weight: 1, arbitrary: edgeChar });

/** Real base64 of random bytes: every length mod 3 of the input, so every padding. */
const encoded = fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString("base64"));

/** Encoded text with one to three edits: replace, insert or delete a character anywhere. */
const edited = fc
  .tuple(
    encoded,
    fc.array(fc.tuple(fc.constantFrom("replace", "insert", "delete"), fc.nat(), anyChar), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([text, edits]) => {
    let result = text;
    for (const [kind, at, char] of edits) {
      const position = result.length === 0 ? 0 : at % (result.length + (kind === "insert" ? 1 : 0));
      if (kind === "insert") result = result.slice(0, position) + char + result.slice(position);
      else if (kind === "replace") result = result.slice(0, position) + char + result.slice(position + 1);
      else result = result.slice(0, position) + result.slice(position + 1);
    }
    return result;
  });

/** Alphabet text of any length followed by zero to four "=": the padding rules. */
const padded = fc
  .tuple(fc.array(alphabetChar, { maxLength: 24 }), fc.nat({ max: 4 }))
  .map(([chars, pads]) => chars.join("") + "=".repeat(pads));

/** Wholly random strings over the alphabet and the edge characters. */
const random = fc.array(anyChar, { maxLength: 40 }).map((chars) => chars.join(""));

/** Any string fast-check can build, full Unicode included. */
const unicode = fc.string({ unit: "binary", maxLength: 24 });

const candidates = fc.oneof(encoded, edited, padded, random, unicode);

const upload = (pkcs12Value: string) => ({ pkcs12Value, password: "" });
const withinBounds = (value: string) => value.length >= schema.minLength && value.length <= schema.maxLength;

describe("pkcs12Value: the native base64 check", () => {
  it("exists for the spec's current pattern (a changed pattern needs its native check changed too)", () => {
    expect(NATIVE_PATTERNS[schema.pattern]).toBe("base64");
    expect(typeof native).toBe("function");
  });

  it.each([
    ["", true],
    ["QQ==", true],
    ["QUI=", true],
    ["QUJD", true],
    ["QR==", true], // non-zero bits after the data: the pattern does not look at them
    ["QUJDRA==", true],
    ["QUJ", false],
    ["QUJDR", false],
    ["Q===", false],
    ["====", false],
    ["QQ=A", false],
    ["QQ==QQ==", false],
    ["QUJD====", false],
    ["QU-D", false],
    ["QU_D", false],
    ["QUJD\n", false],
    ["QU JD", false],
    ["QUJ\u0000", false],
    ["QUJ\u0141", false],
    ["\u0141\u0141\u0141\u0141", false],
    ["QUJ\u00c1", false],
    ["QU\ud800D", false],
    ["QUJD\u2028", false],
  ])("%j → %s, as the pattern says", (value, expected) => {
    expect(specPattern.test(value)).toBe(expected);
    expect(native?.(value)).toBe(expected);
  });

  it("agrees with the spec's pattern on 100,000 generated strings, in both builds of the validator", () => {
    const validators = [
      firstErrorValidators.uploadClientCertificateRequest,
      allErrorValidators.uploadClientCertificateRequest,
    ];
    let accepted = 0;
    fc.assert(
      fc.property(candidates, (value) => {
        // Plain comparisons: an expect() per run would cost more than the checks themselves.
        const expected = specPattern.test(value);
        if (expected) accepted++;
        const verdict = expected && withinBounds(value);
        return native?.(value) === expected && validators.every((validate) => validate(upload(value)) === verdict);
      }),
      { numRuns: 100_000 },
    );
    // Both verdicts are well represented, so the agreement is not one-sided.
    expect(accepted).toBeGreaterThan(10_000);
    expect(accepted).toBeLessThan(90_000);
  });

  it("agrees on a full-size value and on values past the bound", () => {
    const full = Buffer.alloc((schema.maxLength / 4) * 3, 0xa5).toString("base64");
    expect(full.length).toBe(schema.maxLength);
    for (const value of [full, `${full.slice(0, -1)}-`, `${full.slice(0, -4)}QQ==`, `${full}QUJD`, `${full}\u0141`])
      expect(native?.(value)).toBe(specPattern.test(value));
    // The reused scratch buffer must not carry one verdict into the next.
    expect(native?.(`${full.slice(0, 8)}`)).toBe(true);
    expect(native?.("QQ==QQ==")).toBe(false);
  });
});
