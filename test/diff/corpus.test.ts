// Table tests of the mutation corpus: each pair (the real spec, the spec with one change)
// must give exactly the expected findings, and the spec against itself none.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundle, compareDocuments, specSource } from "../../src/diff/index.js";
import { repoRoot } from "../support/repo.js";
import { MUTATIONS } from "./corpus.js";

const spec = bundle(specSource("spec/openapi.yaml", repoRoot));

function pair(mutation: (typeof MUTATIONS)[number]) {
  const before = structuredClone(spec);
  mutation.before?.(before.document);
  const after = structuredClone(before);
  mutation.mutate(after.document);
  return compareDocuments({ ...before, label: "old" }, { ...after, label: "new" });
}

describe("the mutation corpus", () => {
  it("has at least 40 pairs, each with a distinct name", () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(MUTATIONS.map((m) => m.name)).size).toBe(MUTATIONS.length);
  });

  it("finds nothing between the spec and itself", () => {
    expect(compareDocuments(spec, structuredClone(spec)).findings).toEqual([]);
  });

  it.each(MUTATIONS.map((m) => [m.name, m] as const))("%s", (_name, mutation) => {
    const found = [...new Set(pair(mutation).findings.map((f) => `${f.level} ${f.rule}`))].sort();
    expect(found).toEqual([...new Set(mutation.expected.map(([level, rule]) => `${level} ${rule}`))].sort());
  });

  it("gives every finding an operation, a direction, a pointer on each side that has the place, and a one-line message", () => {
    for (const mutation of MUTATIONS)
      for (const finding of pair(mutation).findings) {
        expect(finding.operations.length, mutation.name).toBeGreaterThan(0);
        expect(finding.oldPointer ?? finding.newPointer, mutation.name).toBeDefined();
        expect(finding.message, mutation.name).not.toMatch(/\n/);
      }
  });
});

describe("docs/evolution.md", () => {
  const documented = [
    ...readFileSync(path.join(repoRoot, "docs/evolution.md"), "utf8").matchAll(
      /^\| (`[a-z][a-z0-9-]*`(?:, `[a-z][a-z0-9-]*`)*) \|/gm,
    ),
  ].flatMap((row) => [...(row[1] ?? "").matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]));
  const covered = new Set(MUTATIONS.flatMap((m) => m.expected.map(([, rule]) => rule)));

  it("documents every check the corpus exercises", () => {
    expect([...covered].filter((rule) => !documented.includes(rule))).toEqual([]);
  });

  it("has a mutation pair for every documented check", () => {
    expect(documented.length).toBeGreaterThan(80);
    expect(documented.filter((rule) => !covered.has(rule ?? ""))).toEqual([]);
  });
});
