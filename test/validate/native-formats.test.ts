// The generated validators declare the `format` definitions they use themselves
// (scripts/lib/native-formats.ts) instead of importing ajv-formats at run time. Each must
// give ajv-formats' verdict on every value: fast-check compares them on numbers and strings
// from every edge class, and the generated modules are checked to import nothing.

import { readFileSync } from "node:fs";
import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatsUsed,
  NATIVE_FORMATS,
  nativeFormatDefinitions,
  nativeFormatsDeclaration,
} from "../../scripts/lib/native-formats.js";
import { importSpecifiers } from "../package/imports.js";

type Definition = RegExp | { type?: string; validate: ((value: unknown) => boolean) | RegExp };

/** ajv's reading of a format definition: a regex tests strings; an object checks its `type` first. */
function verdict(definition: Definition, value: unknown): boolean {
  if (definition instanceof RegExp) return typeof value !== "string" || definition.test(value);
  const type = definition.type ?? "string";
  if (typeof value !== type) return true;
  return definition.validate instanceof RegExp ? definition.validate.test(value as string) : definition.validate(value);
}

const edgeNumbers = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  0.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  -(2 ** 63),
  2 ** 64,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
);
const hex = fc.constantFrom(..."0123456789abcdefABCDEFgG-");
const uuidLike = fc
  .tuple(
    fc.constantFrom("", "urn:uuid:", "URN:UUID:", "urn:uuid"),
    fc.uuid(),
    fc.array(fc.tuple(fc.nat(40), hex), { maxLength: 2 }),
  )
  .map(([prefix, uuid, edits]) => {
    const chars = [...uuid];
    for (const [at, char] of edits) chars.splice(at % (chars.length + 1), at % 3 === 0 ? 0 : 1, char);
    return prefix + chars.join("");
  });
const values = fc.oneof(
  edgeNumbers,
  fc.double(),
  fc.integer(),
  fc.maxSafeInteger(),
  uuidLike,
  fc.string(),
  fc.constantFrom(null, true, "", "12", [], {}),
);

describe("the generated validators' format definitions", () => {
  const definitions = nativeFormatDefinitions();

  it.each(Object.keys(NATIVE_FORMATS))("%s gives ajv-formats' verdict on every value", (name) => {
    const reference = (fullFormats as Record<string, Definition>)[name];
    expect(reference, `ajv-formats has no format "${name}"`).toBeDefined();
    const native = definitions[name] as Definition;
    fc.assert(
      fc.property(values, (value) => verdict(native, value) === verdict(reference as Definition, value)),
      { numRuns: 20_000, seed: 20261202 },
    );
  });

  it("tells ajv-formats' verdicts apart where they differ (the comparison can fail)", () => {
    const int32 = definitions.int32 as Definition;
    const uuid = definitions.uuid as Definition;
    expect([verdict(int32, 2 ** 31 - 1), verdict(int32, 2 ** 31), verdict(int32, 1.5)]).toEqual([true, false, false]);
    expect(verdict(uuid, "urn:uuid:123e4567-e89b-12d3-a456-426614174000")).toBe(true);
    expect(verdict(uuid, "123e4567-e89b-12d3-a456-42661417400g")).toBe(false);
  });

  it("finds the formats a module's code refers to, and names one it does not define", () => {
    expect(formatsUsed('const f = nativeFormats.int64; g(nativeFormats["date-time"]); nativeFormats.int64')).toEqual([
      "date-time",
      "int64",
    ]);
    expect(nativeFormatsDeclaration("validate(data)")).toBe("");
    expect(nativeFormatsDeclaration("nativeFormats.int64")).toMatch(/^const nativeFormats = \{ "int64": /);
    expect(() => nativeFormatsDeclaration('nativeFormats["date-time"]')).toThrow(
      /format "date-time", which scripts\/lib\/native-formats\.ts does not define/,
    );
  });

  it.each(["validators.js", "validators-all-errors.js"])("generated/%s imports nothing", (file) => {
    const source = readFileSync(new URL(`../../generated/${file}`, import.meta.url), "utf8");
    expect(importSpecifiers(source)).toEqual([]);
    expect(source).toContain("const nativeFormats = {");
  });
});
