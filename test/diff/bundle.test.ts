// The diff's own reader of a multi-file spec lays it out as `redocly bundle` does, so that
// JSON pointers name the same places whichever side is YAML and whichever is bundled JSON.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundle, SpecSourceError, specSource } from "../../src/diff/index.js";
import { repoRoot } from "../support/repo.js";

describe("bundle", () => {
  it("reads spec/openapi.yaml into exactly the document redocly bundles (generated/openapi.json)", () => {
    const { "x-generated": _, ...redocly } = JSON.parse(
      readFileSync(path.join(repoRoot, "generated/openapi.json"), "utf8"),
    );
    expect(bundle(specSource("spec/openapi.yaml", repoRoot)).document).toStrictEqual(redocly);
  });

  it("reads a bundled JSON document as it is", () => {
    const bundled = bundle(specSource("generated/openapi.json", repoRoot));
    expect(bundled.label).toBe("generated/openapi.json");
    expect(bundled.document).toHaveProperty(["components", "schemas", "identityApiConnector"]);
  });

  it("reads a side from a commit with git show", () => {
    const fromGit = bundle(specSource("git:HEAD:generated/openapi.json", repoRoot));
    expect(fromGit.label).toBe("git:HEAD:generated/openapi.json");
    expect(fromGit.document.openapi).toBe("3.1.0");
  });

  it("refuses a remote reference, naming the file", () => {
    const source = {
      label: "root.yaml",
      root: "/virtual/root.yaml",
      read: (file: string) =>
        file === "/virtual/root.yaml" ? "paths:\n  /x:\n    $ref: 'https://example.com/x.yaml'\n" : undefined,
    };
    expect(() => bundle(source)).toThrow(SpecSourceError);
    expect(() => bundle(source)).toThrow(/remote reference "https:\/\/example\.com\/x\.yaml" is not supported/);
  });

  it("names a reference that does not resolve", () => {
    const files: Record<string, string> = {
      "/v/root.yaml": "components:\n  schemas:\n    a:\n      $ref: ./components/schemas/missing.yaml\n",
    };
    expect(() => bundle({ label: "root.yaml", root: "/v/root.yaml", read: (file) => files[file] })).toThrow(
      /missing\.yaml: cannot be read/,
    );
  });
});
