// toIssues over what ajv reports for schema shapes this spec does not have (yet): a nullable
// whose first alternative is an inline type, a null alternative after ten others, a oneOf of
// its own, keywords without a wording of their own, a discriminator of an unknown schema.
// The errors come from ajv itself (strict, allErrors, as generated/validators-all-errors.js is built),
// so each case is what the validators would hand over for such a schema.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { CompiledValidatorError } from "../../generated/validators.js";
import { toIssues } from "../../src/validate/issues.js";

type Issue = [pointer: string, keyword: string, message: string];

function issuesOf(schema: object, data: unknown, options: { messages?: boolean } = {}): Issue[] {
  const validate = new Ajv2020({ allErrors: true, discriminator: true, strict: true, ...options }).compile(schema);
  expect(validate(data)).toBe(false);
  const errors = (validate.errors ?? []) as CompiledValidatorError[];
  return toIssues(errors, data, "notASpecSchema").map(({ pointer, keyword, message }) => [pointer, keyword, message]);
}

const objectWith = (properties: Record<string, object>) => ({ type: "object", properties });

describe("toIssues on ajv's findings", () => {
  it("a nullable whose first alternative is an inline type reports that type, not the null branch", () => {
    const schema = objectWith({ x: { oneOf: [{ type: "string" }, { type: "null" }] } });
    expect(issuesOf(schema, { x: 5 })).toEqual([["/x", "type", "must be string, got integer"]]);
  });

  it("a null alternative after ten others is still the null branch (a two-digit index)", () => {
    const others = Array.from({ length: 10 }, (_, minLength) => ({ type: "string", minLength }));
    const schema = objectWith({ x: { oneOf: [...others, { type: "null" }] } });
    // Ten alternatives say the same thing: it is reported once.
    expect(issuesOf(schema, { x: 5 })).toEqual([["/x", "type", "must be string, got integer"]]);
  });

  it("a oneOf without a null alternative keeps its own finding beside its alternatives'", () => {
    const schema = objectWith({
      x: {
        oneOf: [
          { type: "string", minLength: 5 },
          { type: "string", pattern: "^a" },
        ],
      },
    });
    expect(issuesOf(schema, { x: "b" })).toEqual([
      ["/x", "minLength", "must be at least 5 characters long"],
      ["/x", "pattern", 'must match the pattern /^a/, got "b"'],
      ["/x", "oneOf", "must match exactly one of the allowed types"],
    ]);
  });

  it("a nullable whose first alternative fails only by matching two of its own keeps the oneOf finding", () => {
    // 1 is both an integer and a number, so the inner oneOf fails with nothing under it to explain why:
    // dropping the outer oneOf as noise would leave /x with no finding at all. /y's finding elsewhere
    // explains nothing about /x.
    const schema = objectWith({
      x: { oneOf: [{ oneOf: [{ type: "integer" }, { type: "number" }] }, { type: "null" }] },
      y: { type: "string" },
    });
    expect(issuesOf(schema, { x: 1, y: 5 })).toEqual([
      ["/x", "oneOf", "must match exactly one of the allowed types"],
      ["/y", "type", "must be string, got integer"],
    ]);
  });

  it("counts the properties wanted in the plural", () => {
    expect(issuesOf({ type: "object", minProperties: 2 }, { a: 1 })).toEqual([
      ["", "minProperties", "must have at least 2 properties"],
    ]);
  });

  it("a keyword without a wording of its own keeps ajv's message, or names the keyword when there is none", () => {
    const schema = { type: "object", maxProperties: 1 };
    expect(issuesOf(schema, { a: 1, b: 2 })).toEqual([["", "maxProperties", "must NOT have more than 1 properties"]]);
    expect(issuesOf(schema, { a: 1, b: 2 }, { messages: false })).toEqual([
      ["", "maxProperties", 'fails "maxProperties"'],
    ]);
  });

  it("a discriminator of a schema the spec does not describe asks for a known type", () => {
    const schema = {
      type: "object",
      discriminator: { propertyName: "kind" },
      properties: { kind: { type: "string" } },
      required: ["kind"],
      oneOf: [{ properties: { kind: { const: "a" } } }, { properties: { kind: { const: "b" } } }],
    };
    expect(issuesOf(schema, { kind: "c" })).toEqual([["/kind", "discriminator", 'must be a known type, got "c"']]);
  });
});
