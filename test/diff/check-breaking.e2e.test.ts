// `npm run check:breaking` in a scratch clone of this repository with a temporary release
// tag (no tag is ever created here): nothing to report at the tag, exit 1 with the finding
// after a breaking spec change, and a clear note (exit 0) where nothing was released yet.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/repo.js";

let clone: string;
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], {
    cwd: clone,
    stdio: "pipe",
    encoding: "utf8",
  });
const checkBreaking = (...args: string[]) => {
  const run = spawnSync("npm", ["run", "--silent", "check:breaking", "--", ...args], {
    cwd: clone,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};
const version = () =>
  (JSON.parse(readFileSync(path.join(clone, "package.json"), "utf8")) as { version: string }).version;

beforeAll(() => {
  clone = mkdtempSync(path.join(tmpdir(), "apiconnectors-release-"));
  execFileSync("git", ["clone", "-q", "--no-hardlinks", repoRoot, clone], { stdio: "pipe" });
  // The clone has the committed tree; the scripts run with this checkout's tools.
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(clone, "node_modules"));
  // Whatever tags this repository has, the clone starts with none.
  for (const tag of git("tag", "--list").split("\n").filter(Boolean)) git("tag", "-d", tag);
  // What is under test is the working tree's (it may not be committed yet): copy it over the
  // clone's committed files, and commit that as the release.
  for (const part of ["spec", "src", "scripts", "generated", "package.json"]) {
    rmSync(path.join(clone, part), { recursive: true, force: true });
    execFileSync("cp", ["-R", path.join(repoRoot, part), clone]);
  }
  git("add", "-A");
  git("commit", "-q", "--allow-empty", "-m", "release");
}, 120_000);

afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe("npm run check:breaking", () => {
  it("says there is nothing to compare with before the first release tag", () => {
    const run = checkBreaking();
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("no release tag");
  }, 60_000);

  it("compares git:v<version> with the working tree: exit 0 unchanged, exit 1 with a breaking change", () => {
    git("tag", `v${version()}`);
    const unchanged = checkBreaking();
    expect(unchanged.stderr).toContain(`git:v${version()} → spec/openapi.yaml`);
    expect(unchanged.code, unchanged.stdout + unchanged.stderr).toBe(0);

    const create = path.join(clone, "spec/components/schemas/identityApiConnectorCreate.yaml");
    writeFileSync(create, readFileSync(create, "utf8").replace("required:\n", "required:\n  - '@odata.type'\n"));
    const broken = checkBreaking("--format", "markdown");
    expect(broken.code, broken.stderr).toBe(1);
    expect(broken.stdout).toContain("### Breaking changes");
    expect(broken.stdout).toContain("request-property-required");
  }, 120_000);
});
