// validateRequest / validateResponse never throw on bad data, whatever its shape.
import { describe, expect, it } from "vitest";
import { MAX_ISSUES, validateRequest, validateResponse } from "../../src/validate/index.js";

function deeplyNested(depth: number): unknown {
  let value: Record<string, unknown> = {};
  const root = value;
  for (let i = 0; i < depth; i++) value = value.displayName = {} as Record<string, unknown>;
  return root;
}

const circular: Record<string, unknown> = { displayName: "x", targetUrl: "https://x.com" };
circular.authenticationConfiguration = circular;

const hostile: { name: string; body: unknown; want: { pointer: string; keyword: string }[] }[] = [
  { name: "a number", body: 42, want: [{ pointer: "", keyword: "type" }] },
  { name: "a string", body: "{}", want: [{ pointer: "", keyword: "type" }] },
  { name: "an array of arrays", body: [[[]]], want: [{ pointer: "", keyword: "type" }] },
  {
    name: "10,000 levels of nesting",
    body: deeplyNested(10_000),
    want: [
      { pointer: "/targetUrl", keyword: "required" },
      { pointer: "/authenticationConfiguration", keyword: "required" },
      { pointer: "/displayName", keyword: "type" },
    ],
  },
  {
    name: "a circular object",
    body: circular,
    want: [{ pointer: "/authenticationConfiguration/@odata.type", keyword: "discriminator" }],
  },
  {
    name: "__proto__ and constructor keys from JSON.parse",
    body: JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{}}}'),
    want: [
      { pointer: "/displayName", keyword: "required" },
      { pointer: "/targetUrl", keyword: "required" },
      { pointer: "/authenticationConfiguration", keyword: "required" },
      { pointer: "/__proto__", keyword: "additionalProperties" },
      { pointer: "/constructor", keyword: "additionalProperties" },
    ],
  },
  {
    name: "a 1 MB displayName",
    body: {
      displayName: "x".repeat(1 << 20),
      targetUrl: "https://x.com",
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        username: "u",
        password: "p",
      },
    },
    want: [{ pointer: "/displayName", keyword: "maxLength" }],
  },
];

describe("the validation API on hostile input", () => {
  it.each(hostile)("$name: reported, not thrown", ({ body, want }) => {
    const result = validateRequest("createIdentityApiConnector", body);
    expect(result.valid).toBe(false);
    expect(result.issues.map(({ pointer, keyword }) => ({ pointer, keyword }))).toEqual(want);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  /** A conforming create body with `count` undeclared properties: one finding each. */
  const withExtras = (count: number) =>
    validateRequest("createIdentityApiConnector", {
      ...Object.fromEntries(Array.from({ length: count }, (_, i) => [`extra${i}`, i])),
      displayName: "x",
      targetUrl: "https://x.com",
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        username: "u",
        password: "p",
      },
    });

  it(`reports at most ${MAX_ISSUES} issues, then says how many more`, () => {
    const result = withExtras(500);
    expect(result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(result.issues.at(-1)).toEqual({ pointer: "", keyword: "maxIssues", message: "400 more issues not shown" });
  });

  it(`shows all of exactly ${MAX_ISSUES} issues`, () => {
    const { issues } = withExtras(MAX_ISSUES);
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues.every((issue) => issue.keyword === "additionalProperties")).toBe(true);
  });

  it("says one more issue in the singular", () => {
    const { issues } = withExtras(MAX_ISSUES + 1);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toEqual({ pointer: "", keyword: "maxIssues", message: "1 more issue not shown" });
  });

  it("a result's issues belong to the caller", () => {
    const first = validateResponse("deleteIdentityApiConnector", 204, undefined);
    first.issues.push({ pointer: "", keyword: "x", message: "x" });
    expect(validateResponse("deleteIdentityApiConnector", 204, undefined)).toEqual({ valid: true, issues: [] });
  });
});
