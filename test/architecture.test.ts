// ARCHITECTURE.md's import table, enforced: every relative import in src/ (static or dynamic)
// must stay inside its module or go to a module the table allows; nothing in src/ reaches
// scripts/, test/, bench/ or lint/.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/repo.js";

/** Module → the modules it may import (ARCHITECTURE.md, "Modules and what each may import"). */
const ALLOWED: Record<string, readonly string[]> = {
  validate: ["generated"],
  json: ["validate", "peers"],
  client: ["validate", "generated"],
  mock: ["validate", "json", "generated", "peers"],
  "standard-schema": ["validate", "generated"],
  "docs-pages": [],
  diff: ["validate"],
  traffic: ["validate", "json", "client", "generated"],
  proxy: ["validate", "json", "traffic", "client", "mock", "peers"],
  cli: [
    "validate",
    "json",
    "client",
    "mock",
    "proxy",
    "standard-schema",
    "docs-pages",
    "diff",
    "traffic",
    "generated",
    "peers",
  ],
  "index.ts": ["validate", "client"],
  peers: [],
};

const src = path.join(repoRoot, "src");
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)"(\.{1,2}\/[^"]+)"/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The top-level place an import lands in: a src/ module, or a root folder such as generated. */
function moduleOf(file: string): string {
  const fromRoot = path.relative(repoRoot, file).split(path.sep);
  if (fromRoot[0] !== "src") return fromRoot[0] ?? "";
  return fromRoot[1] ?? "";
}

const edges = filesUnder(src).flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(IMPORT)].map((match) => ({
    file: path.relative(repoRoot, file),
    from: moduleOf(file),
    to: moduleOf(path.resolve(path.dirname(file), match[1] ?? "")),
  })),
);

describe("the module layering of ARCHITECTURE.md", () => {
  it("finds the imports it checks", () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges).toContainEqual(expect.objectContaining({ from: "mock", to: "json" }));
  });

  it("has every src/ module in its table", () => {
    const modules = new Set(edges.map((edge) => edge.from));
    expect([...modules].filter((module) => !(module in ALLOWED))).toEqual([]);
  });

  it("has no import the table does not allow", () => {
    const refused = edges.filter((edge) => edge.to !== edge.from && !ALLOWED[edge.from]?.includes(edge.to));
    expect(refused).toEqual([]);
  });
});
