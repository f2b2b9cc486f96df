// The e2e suites spawn the CLI as a user would (a child `node` process), but from the SOURCE
// being tested, not from a `dist/` that may be stale: this transpiles `src/` with esbuild
// (no type check, one output file per input, the same relative layout) into `.test-build/`,
// where `generated/` and `package.json` are links to the real ones so that the relative
// imports and the version lookup of `src/` resolve as they do in the package.
// vitest's global setup calls it once per run (and again on every watch re-run).
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { glob } from "tinyglobby";
import { repoRoot } from "./repo.js";

export const SOURCE_BUILD = path.join(repoRoot, ".test-build");
/** The CLI entry of the source build: what e2e suites run with `node`. */
export const CLI_MAIN = path.join(SOURCE_BUILD, "src/cli/main.js");

export async function buildSource(): Promise<void> {
  rmSync(SOURCE_BUILD, { recursive: true, force: true });
  mkdirSync(SOURCE_BUILD, { recursive: true });
  for (const linked of ["generated", "package.json"]) {
    symlinkSync(path.join(repoRoot, linked), path.join(SOURCE_BUILD, linked));
  }
  const entryPoints = await glob("src/**/*.ts", { cwd: repoRoot, absolute: true, ignore: ["**/*.d.ts"] });
  await build({
    entryPoints,
    outbase: repoRoot,
    outdir: SOURCE_BUILD,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "inline",
    logLevel: "error",
  });
}
