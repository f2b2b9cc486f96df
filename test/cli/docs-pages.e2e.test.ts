// `apiconnectors docs-pages` as a docs writer runs it: pages written into a folder, which
// `apiconnectors check-docs` then passes; bad flags are usage errors (exit 2) that say why.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-docs-pages-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("apiconnectors docs-pages", () => {
  it("writes one version's pages, which check-docs passes", async () => {
    const out = path.join(scratch, "v1");
    const run = await runCli(["docs-pages", "--out", out, "--graph-version", "v1.0", "--author", "docs-writer"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("wrote 12 pages");
    expect(readdirSync(out)).toEqual(["v1.0"]);
    expect(readdirSync(path.join(out, "v1.0", "api"))).toContain("identityapiconnector-create.md");
    expect(readdirSync(path.join(out, "v1.0", "resources"))).toContain("identityapiconnector.md");
    const check = await runCli(["check-docs", path.join(out, "v1.0", "api")]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    // 9 examples (create 2, list 2, get, update 2, delete, upload), each a request and a response.
    expect(check.stdout).toMatch(/\b18 passed, 0 failed\b/);
  });

  it("writes both versions by default", async () => {
    const out = path.join(scratch, "both");
    expect((await runCli(["docs-pages", "-o", out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["beta", "v1.0"]);
  });

  it.each([
    [["docs-pages"], "give the folder to write into: --out DIR"],
    [["docs-pages", "--out", "x", "--graph-version", "v2"], '--graph-version must be v1.0 or beta, got "v2"'],
    [["docs-pages", "--out", "x", "--author", "a b"], "--author must be a GitHub name"],
    [["docs-pages", "--out", "x", "--bogus"], 'run "apiconnectors docs-pages --help"'],
  ])("refuses %j with a usage error", async (args, message) => {
    const run = await runCli(args, { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(scratch, "x"))).toBe(false);
  });

  it("says so when the folder cannot be written (a file is in the way)", async () => {
    const file = path.join(scratch, "a-file");
    writeFileSync(file, "");
    const run = await runCli(["docs-pages", "--out", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^apiconnectors: cannot write into .*a-file: (ENOTDIR|EEXIST)/);
  });

  it("escapes control characters of the folder name it reports (no forged workflow command)", async () => {
    const file = path.join(scratch, "in-the-way");
    writeFileSync(file, "");
    const run = await runCli(["docs-pages", "--out", `${file}/x\n::error::forged`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("x\\u000a::error::forged");
    expect(run.stderr.split("\n").filter((line) => line.startsWith("::"))).toEqual([]);
  });

  it("has a --help", async () => {
    const run = await runCli(["docs-pages", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: apiconnectors docs-pages --out DIR");
  });
});
