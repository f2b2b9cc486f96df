// generated/ must be exactly what the spec produces now: the drift check CI relies on.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/repo.js";

const run = promisify(execFile);
const tsx = path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs");
const generate = (...args: string[]) =>
  run(process.execPath, [tsx, path.join(repoRoot, "scripts", "generate.ts"), ...args], { cwd: repoRoot });
const scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-drift-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("drift check (npm run generate -- --check)", () => {
  it("generated/ is up to date with spec/", async () => {
    const { stdout } = await generate("--check");
    // Every file in generated/ is one the generator writes and checks: none is left over.
    const files = readdirSync(path.join(repoRoot, "generated")).length;
    expect(stdout).toContain(`generated/ is up to date (${files} files)`);
  });

  it("fails, naming the file, when a generated file was edited by hand", async () => {
    const copy = path.join(scratch, "generated");
    cpSync(path.join(repoRoot, "generated"), copy, { recursive: true });
    const types = path.join(copy, "schema.d.ts");
    writeFileSync(types, readFileSync(types, "utf8").replace("displayName", "name"));
    const failure = await generate("--check", "--out", copy).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/stale: .*schema\.d\.ts/);
    expect(failure.stderr).not.toMatch(/stale: .*openapi\.json/);
  });
});
