// Packs the package as `npm publish` would and installs the tarball into a fresh project,
// once per test file: what another team's machine gets, not what this checkout has.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../support/repo.js";

const execFileAsync = promisify(execFile);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment for the npm commands these tests run. `npm publish --dry-run` runs
 * `prepublishOnly` (npm test) with `npm_config_dry_run=true` in the environment, which every
 * nested npm inherits: `npm pack` would then write no tarball and `npm install` install nothing.
 * The tests' own npm runs are real, so that setting is removed for them.
 */
export function childEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^npm_config_dry[-_]run$/i.test(name)));
}

/** Runs a command and returns its exit code and output instead of throwing on a non-zero exit. */
export async function run(
  command: string,
  args: string[],
  cwd: string,
  timeout = 120_000,
  env: NodeJS.ProcessEnv = {},
): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd,
      timeout,
      maxBuffer: 32 * 1024 * 1024,
      env: { ...childEnv(), ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    if (typeof e.code !== "number") throw new Error(`${command} ${args.join(" ")} could not run: ${e.message}`);
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

function ok(result: Run, what: string): Run {
  if (result.code !== 0) throw new Error(`${what} exited ${result.code}:\n${result.stderr || result.stdout}`);
  return result;
}

export interface Packed {
  /** The .tgz file. */
  tarball: string;
  /** Paths inside the package, as npm lists them. */
  files: string[];
}

/**
 * `npm pack` of the working tree. Lifecycle scripts are skipped: `npm test` has just built
 * dist/, and a second tsc here would race the other suites that read it.
 */
export async function pack(into: string): Promise<Packed> {
  if (!existsSync(path.join(repoRoot, "dist", "index.js"))) {
    throw new Error("dist/ is not built: run `npm run build` (npm test does) before the package tests");
  }
  const { stdout } = ok(
    await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", into], repoRoot),
    "npm pack",
  );
  const [report] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (!report) throw new Error(`npm pack printed no report:\n${stdout}`);
  return { tarball: path.join(into, report.filename), files: report.files.map((f) => f.path).sort() };
}

/** A new project, outside this repository, with the tarball (and its dependencies) installed. */
export async function installInFreshProject(
  tarball: string,
  files: Record<string, string>,
  alongside: string[] = [],
): Promise<string> {
  const project = mkdtempSync(path.join(tmpdir(), "apiconnectors-consumer-"));
  writeFileSync(
    path.join(project, "package.json"),
    `${JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }, null, 2)}\n`,
  );
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, name)), { recursive: true });
    writeFileSync(path.join(project, name), content);
  }
  // The registry is reachable here and in CI; --prefer-offline takes what `npm ci` cached.
  ok(
    await run(
      "npm",
      ["install", tarball, ...alongside, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"],
      project,
      300_000,
    ),
    `npm install ${path.basename(tarball)}`,
  );
  return project;
}
