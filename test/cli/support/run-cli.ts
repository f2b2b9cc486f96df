// Runs the command in a child `node` process, as `npx apiconnectors` would, from the source
// build of this run (test/support/source-build.ts: what is in src/ now, never a stale dist/),
// and returns its exit code and output. Every output is checked for the fixtures' secrets here, so that
// no test of the suite can print one unnoticed.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CLI_MAIN } from "../../support/source-build.js";
import { secretsIn } from "./secrets.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const BIN = CLI_MAIN;
export const FIXTURES = path.join(ROOT, "test/cli/fixtures");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
}

/** Every run's output, for the suite-wide secret check. */
export const outputs: string[] = [];

export class SecretLeak extends Error {}

/** A running command: its child process, its output so far, and its end (secret-checked as runCli's). */
export interface RunningCli {
  child: ChildProcessWithoutNullStreams;
  output: { stdout: string; stderr: string };
  finished: Promise<CliRun>;
}

/** Starts the command and returns at once (for commands that run until stopped: mock, proxy). */
export function spawnCli(args: readonly string[], options: CliOptions = {}): RunningCli {
  if (!existsSync(BIN))
    throw new Error(`${BIN} is missing: vitest's global setup (test/support/global-setup.ts) builds it`);
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: "1",
    FORCE_COLOR: undefined,
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env: env as NodeJS.ProcessEnv,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => {
    stdout.push(chunk);
    output.stdout = Buffer.concat(stdout).toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr.push(chunk);
    output.stderr = Buffer.concat(stderr).toString("utf8");
  });
  child.stdin.on("error", () => undefined); // the command may exit before reading stdin
  if (options.stdin !== undefined) child.stdin.end(options.stdin);
  const finished = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  }).then((code) => {
    const run = {
      code,
      stdout: Buffer.concat(stdout).toString("utf8"),
      stderr: Buffer.concat(stderr).toString("utf8"),
    };
    outputs.push(run.stdout, run.stderr);
    const leaked = secretsIn(`${run.stdout}\n${run.stderr}`);
    if (leaked.length > 0)
      throw new SecretLeak(
        `apiconnectors ${args.join(" ")} printed a secret of the fixtures (${leaked.length} of them)`,
      );
    return run;
  });
  return { child, output, finished };
}

export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return spawnCli(args, { ...options, stdin: options.stdin ?? "" }).finished;
}
