// npm run check:breaking [-- DIFF OPTIONS]: `apiconnectors diff` from the last release tag to
// the working tree's spec. The tag is `v<version>` (package.json's version, the one last
// released until `npm run release:version` bumps it), else the newest `v*` tag reachable from
// HEAD. Exit codes as `apiconnectors diff`; with no release tag yet there is nothing a
// consumer could depend on, which is said, and the exit code is 0.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { runDiff } from "../src/cli/diff-command.js";
import { processIO } from "../src/cli/io.js";
import { EXIT_INTERNAL, EXIT_USAGE, UsageError } from "../src/cli/usage-error.js";

function git(args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

function releaseTag(): string | undefined {
  const { version } = JSON.parse(readFileSync(path.resolve("package.json"), "utf8")) as { version: string };
  const exact = `v${version}`;
  if (git(["rev-parse", "--verify", "--quiet", `refs/tags/${exact}`])) return exact;
  return git(["describe", "--tags", "--abbrev=0", "--match", "v[0-9]*"]);
}

async function main(): Promise<number> {
  const tag = releaseTag();
  if (!tag) {
    process.stderr.write(
      "check:breaking: no release tag (v<version>) in this repository: nothing released to compare with\n",
    );
    return 0;
  }
  process.stderr.write(`check:breaking: git:${tag} → spec/openapi.yaml\n`);
  return runDiff([`git:${tag}`, "spec/openapi.yaml", ...process.argv.slice(2)], processIO());
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`check:breaking: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? EXIT_USAGE : EXIT_INTERNAL;
  },
);
