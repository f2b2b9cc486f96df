// check-docs reads a `{id}` placeholder in an example's body the way Graph's docs mean it: a
// value the reader fills in. The value is checked with the placeholder stood in for, so what
// surrounds it must still be right, and a finding that remains names the value as written.
import { describe, expect, it } from "vitest";
import { checkHttpFile } from "../../src/cli/check/check-http-file.js";
import { checkMarkdownFile } from "../../src/cli/check/check-markdown.js";
import { hasPlaceholder, PLACEHOLDER_STAND_IN, standInPlaceholders } from "../../src/cli/check/docs-placeholders.js";

const PUT_REF =
  "PUT https://graph.microsoft.com/v1.0/identity/b2xUserFlows/B2X_1_flow/apiConnectorConfiguration/postFederationSignup/$ref";

function page(odataId: string): string {
  return [
    "# Enable a connector",
    "",
    '<!-- { "blockType": "request", "name": "enable" } -->',
    "``` http",
    PUT_REF,
    "Content-Type: application/json",
    "",
    "{",
    `    "@odata.id": ${JSON.stringify(odataId)}`,
    "}",
    "```",
    "",
  ].join("\n");
}

function check(text: string) {
  const file = "page.md";
  const [result] = checkMarkdownFile({ path: file, display: file }, Buffer.from(text));
  if (!result) throw new Error("no result");
  return result;
}

describe("docs placeholders in example bodies", () => {
  it("pass when the value is right around the placeholder, and are listed by pointer", () => {
    const result = check(page("https://graph.microsoft.com/v1.0/identity/apiConnectors/{id}"));
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.placeholders).toEqual(["/@odata.id"]);
  });

  it("take any placeholder name the docs use", () => {
    const result = check(page("https://graph.microsoft.com/beta/identity/apiConnectors/{api-connector_id2}"));
    expect(result.valid).toBe(true);
    expect(result.placeholders).toEqual(["/@odata.id"]);
  });

  it("still fail a value that is wrong elsewhere, with the message naming the value as written", () => {
    const result = check(page("https://graph.microsoft.com/v1.0/identity/apiConnector/{id}"));
    expect(result.valid).toBe(false);
    expect(result.placeholders).toBeUndefined();
    expect(result.findings.map((finding) => [finding.pointer, finding.keyword, finding.line])).toEqual([
      ["/@odata.id", "pattern", 9],
    ]);
    expect(result.findings[0]?.message).toContain('got "https://graph.microsoft.com/v1.0/identity/apiConnector/{id}"');
    expect(result.findings[0]?.message).not.toContain(PLACEHOLDER_STAND_IN);
  });

  it("still fail a value on a host that is not a Graph service root", () => {
    const result = check(page("https://graph.example.com/v1.0/identity/apiConnectors/{id}"));
    expect(result.valid).toBe(false);
    expect(result.findings.map((finding) => finding.pointer)).toEqual(["/@odata.id"]);
  });

  it("are not a docs convention outside Markdown: a .http transcript keeps the finding", () => {
    const http = [
      PUT_REF,
      "Content-Type: application/json",
      "",
      '{"@odata.id": "https://graph.microsoft.com/v1.0/identity/apiConnectors/{id}"}',
      "",
    ].join("\n");
    const results = checkHttpFile({ path: "t.http", display: "t.http" }, Buffer.from(http), undefined);
    expect(results.map((result) => [result.valid, result.placeholders])).toEqual([[false, undefined]]);
  });

  it("are only braces around a name: other braces are text", () => {
    expect(hasPlaceholder("{id}")).toBe(true);
    expect(hasPlaceholder("a{user-flow-id}b")).toBe(true);
    expect(hasPlaceholder("{}")).toBe(false);
    expect(hasPlaceholder("{1d}")).toBe(false);
    expect(hasPlaceholder("{a b}")).toBe(false);
    expect(hasPlaceholder(`{${"x".repeat(65)}}`)).toBe(false);
    expect(hasPlaceholder(42)).toBe(false);
  });

  it("stand in on a copy, only at the failing pointers that hold one", () => {
    const body = { a: "x/{id}", b: ["{id}", "y"], c: "{id}" };
    const stood = standInPlaceholders(body, ["/a", "/b/0", "/b/1", ""]);
    expect(stood?.at).toEqual(["/a", "/b/0"]);
    expect(stood?.body).toEqual({ a: `x/${PLACEHOLDER_STAND_IN}`, b: [PLACEHOLDER_STAND_IN, "y"], c: "{id}" });
    expect(body).toEqual({ a: "x/{id}", b: ["{id}", "y"], c: "{id}" });
    expect(standInPlaceholders(body, ["/b/1"])).toBeUndefined();
  });
});
