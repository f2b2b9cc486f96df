// Runs docs/ci/gitlab-ci.yml's job for real with gitlab-ci-local (its shell executor: no Docker,
// needs git and rsync), in a throwaway project that has apiconnectors installed, one conforming
// and one non-conforming create request, and one docs page. docs/ci.md promises that both JUnit
// files are written even when validate fails; this checks it. `npm run test:gitlab` runs it, and
// so does test/docs/gitlab-job.e2e.test.ts within `npm test`.
//
// gitlab-ci-local needs Node 22 or later (Set.prototype.union). On an older Node the official
// Node 24 binary is taken from the npm registry's node-linux-<arch> package (as .ci/run does),
// kept in node_modules/.cache for the next run.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIXTURES = path.join(repoRoot, "test/cli/fixtures");

export interface GitlabJobRun {
  /** gitlab-ci-local's exit code: 1 when the job failed. */
  code: number | null;
  output: string;
  /** The apiconnectors-*.xml files the job left in the project. */
  reports: Record<string, string>;
}

/**
 * The environment for an npm that must really write: under `npm publish --dry-run` npm sets
 * npm_config_dry_run for every script, and a nested `npm pack` or `npm install` then writes
 * nothing.
 */
function realNpmEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const key of Object.keys(copy)) if (key.toLowerCase() === "npm_config_dry_run") delete copy[key];
  return copy;
}

/** A directory whose bin/node is Node 22 or later. */
export function node22OrLater(): string {
  const major = Number(process.versions.node.split(".")[0]);
  if (major >= 22) return path.dirname(process.execPath);
  const cache = path.join(repoRoot, "node_modules/.cache/apiconnectors-node24");
  const bin = path.join(cache, "package/bin");
  if (existsSync(path.join(bin, "node"))) return bin;
  mkdirSync(cache, { recursive: true });
  execFileSync("npm", ["pack", "--silent", "--pack-destination", cache, `node-linux-${process.arch}@24`], {
    stdio: ["ignore", "ignore", "inherit"],
    env: realNpmEnv(),
  });
  const tarball = readdirSync(cache).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack gave no node-linux tarball");
  execFileSync("tar", ["-xzf", path.join(cache, tarball), "-C", cache]);
  rmSync(path.join(cache, tarball));
  return bin;
}

/**
 * Runs the job of `jobFile` named `job`; `cli` is the apiconnectors entry the project's
 * node_modules/.bin/apiconnectors runs (the package's build by default).
 */
export function runGitlabJob(
  cli: string = path.join(repoRoot, "dist/bin/apiconnectors.js"),
  jobFile: string = path.join(repoRoot, "docs/ci/gitlab-ci.yml"),
  job = "validate-payloads",
): GitlabJobRun {
  const work = mkdtempSync(path.join(tmpdir(), "apiconnectors-gitlab-job-"));
  try {
    // The package as a user's npm ci installs it: a package whose bin runs `cli`.
    const pkg = path.join(work, "apiconnectors");
    mkdirSync(pkg);
    writeFileSync(
      path.join(pkg, "package.json"),
      JSON.stringify({ name: "apiconnectors", version: "0.0.0", type: "module", bin: { apiconnectors: "cli.js" } }),
    );
    writeFileSync(path.join(pkg, "cli.js"), `#!/usr/bin/env node\nimport ${JSON.stringify(cli)};\n`);
    const project = path.join(work, "project");
    mkdirSync(path.join(project, "payloads/create"), { recursive: true });
    mkdirSync(path.join(project, "docs/api"), { recursive: true });
    cpSync(path.join(FIXTURES, "payloads/create-basic.json"), path.join(project, "payloads/create/basic.json"));
    cpSync(path.join(FIXTURES, "payloads/create-stub.json"), path.join(project, "payloads/create/stub.json"));
    cpSync(
      path.join(FIXTURES, "create-identityapiconnector.md"),
      path.join(project, "docs/api/create-identityapiconnector.md"),
    );
    cpSync(jobFile, path.join(project, ".gitlab-ci.yml"));
    writeFileSync(
      path.join(project, "package.json"),
      JSON.stringify({ name: "user-project", private: true, devDependencies: { apiconnectors: `file:${pkg}` } }),
    );
    const nodeBin = node22OrLater();
    // The project's install must be real, or the job would find no apiconnectors.
    const env = realNpmEnv({ ...process.env, PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ""}` });
    const quiet = { cwd: project, env, stdio: "ignore" as const };
    execFileSync("npm", ["install", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], quiet);
    execFileSync("git", ["init", "-q"], quiet);
    execFileSync("git", ["add", "-A"], quiet);
    execFileSync("git", ["-c", "user.name=ci", "-c", "user.email=ci@example.invalid", "commit", "-qm", "job"], quiet);
    const gitlabCiLocal = createRequire(import.meta.url).resolve("gitlab-ci-local/dist/index.js");
    const run = spawnSync(path.join(nodeBin, "node"), [gitlabCiLocal, "--force-shell-executor", "--no-color", job], {
      cwd: project,
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    const reports: Record<string, string> = {};
    for (const name of readdirSync(project).filter((file) => /^apiconnectors-.*\.xml$/.test(file)))
      reports[name] = readFileSync(path.join(project, name), "utf8");
    return { code: run.status, output: `${run.stdout}${run.stderr}`, reports };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const run = runGitlabJob();
  process.stdout.write(run.output);
  const written = Object.keys(run.reports).sort();
  console.log(`\njob exit code ${run.code}; JUnit reports written: ${written.join(", ") || "none"}`);
  // The stub request fails validate, so the job must fail, and still write both reports.
  const ok = run.code === 1 && written.join(",") === "apiconnectors-docs.xml,apiconnectors-payloads.xml";
  console.log(ok ? "the GitLab job behaves as docs/ci.md says" : "the GitLab job does NOT behave as docs/ci.md says");
  process.exit(ok ? 0 : 1);
}
