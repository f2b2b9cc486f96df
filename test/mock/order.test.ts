// $orderby compares display names with one cached Intl.Collator: the order must be exactly
// that of String.prototype.localeCompare with the same locale and options.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText, compareTextKeys, textKey } from "../../src/mock/text-order.js";

const reference = (left: string | null, right: string | null): number => {
  if (left === right) return 0;
  if (left === null) return -1;
  if (right === null) return 1;
  return left.localeCompare(right, "en", { sensitivity: "base" }) || (left < right ? -1 : 1);
};

const names = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("a", "A", "á", "Á", "b", "ß", "ss", "Zoë", "zoe", "Ω", "10", "9", " ", "-a", "ﬀ", "ff"),
);

describe("the $orderby text comparison", () => {
  it("orders as localeCompare(…, 'en', { sensitivity: 'base' }) does, ties broken ordinally", () => {
    fc.assert(
      fc.property(
        names,
        names,
        (left, right) => Math.sign(compareText(left, right)) === Math.sign(reference(left, right)),
      ),
      { numRuns: 20_000 },
    );
    expect(compareText("a", "A")).toBeGreaterThan(0); // equal ignoring case: "A" < "a" ordinally
    expect(compareText(null, "a")).toBeLessThan(0);
  });
});

describe("the prepared sort keys of $orderby", () => {
  // Names made only of ASCII letters, digits and spaces skip the collator: their order must still be its order.
  const plain = fc.string({ unit: fc.constantFrom(..."aAbBmMzZ0159 "), maxLength: 8 });
  const anyName = fc.oneof(
    names,
    plain,
    plain.map((text) => `${text}é`),
  );
  it("order as compareText does, on plain and other text", () => {
    fc.assert(
      fc.property(
        anyName,
        anyName,
        (left, right) =>
          Math.sign(compareTextKeys(textKey(left), textKey(right))) === Math.sign(reference(left, right)),
      ),
      { numRuns: 50_000 },
    );
    expect(textKey("Connector 01").plain).toBe("connector 01");
    expect(textKey("O'Brien").plain).toBeUndefined(); // punctuation: the collator decides
  });
});
