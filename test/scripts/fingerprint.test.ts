// generated/manifest.json's input fingerprint: it must change with every file the generator
// reads (or the fast drift check would pass a stale generated/), and with nothing else.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INPUTS, inputsFingerprint } from "../../scripts/lib/fingerprint.js";
import { repoRoot } from "../support/repo.js";

const copy = mkdtempSync(path.join(tmpdir(), "apiconnectors-fingerprint-"));
for (const entry of INPUTS) cpSync(path.join(repoRoot, entry), path.join(copy, entry), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("inputsFingerprint", () => {
  it("is the same for a copy of the inputs", () => {
    expect(inputsFingerprint(copy)).toBe(inputsFingerprint(repoRoot));
  });

  it.each([
    "spec/components/schemas/identityApiConnector.yaml",
    "redocly.yaml",
    "lint/plugin.ts",
    "scripts/lib/operations.ts",
    "src/diff/consumer/generated-types.ts",
    "package-lock.json",
  ])("changes when %s changes", (file) => {
    const before = inputsFingerprint(copy);
    writeFileSync(path.join(copy, file), "\n", { flag: "a" });
    expect(inputsFingerprint(copy)).not.toBe(before);
  });

  it("changes when a spec file is added, and not for a file outside the inputs", () => {
    const before = inputsFingerprint(copy);
    writeFileSync(path.join(copy, "README.md"), "not an input\n");
    expect(inputsFingerprint(copy)).toBe(before);
    writeFileSync(path.join(copy, "spec/paths/new.yaml"), "{}\n");
    expect(inputsFingerprint(copy)).not.toBe(before);
  });
});
