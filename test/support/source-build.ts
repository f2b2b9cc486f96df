// The e2e suites spawn the CLI as a user would (a child `node` process), but from the SOURCE
// being tested, not from a `dist/` that may be stale: this bundles `src/cli/` with esbuild (no
// type check) into `.test-build/bin/`, exactly as `npm run build` bundles the shipped command
// (scripts/lib/bundle-cli.ts), so the suites run the command in the form it ships in.
// `.test-build/generated` and `package.json` are links to the real ones, so that the paths
// the runtime reads relative to its modules resolve as they do in the package.
// vitest's global setup calls it once per run (and again on every watch re-run).
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { bundleCli, CLI_BUNDLE_ENTRY } from "../../scripts/lib/bundle-cli.js";
import { repoRoot } from "./repo.js";

export const SOURCE_BUILD = path.join(repoRoot, ".test-build");
/** The CLI entry of the source build: what e2e suites run with `node`. */
export const CLI_MAIN = path.join(SOURCE_BUILD, "bin", CLI_BUNDLE_ENTRY);

export async function buildSource(): Promise<void> {
  rmSync(SOURCE_BUILD, { recursive: true, force: true });
  mkdirSync(SOURCE_BUILD, { recursive: true });
  for (const linked of ["generated", "package.json"]) {
    symlinkSync(path.join(repoRoot, linked), path.join(SOURCE_BUILD, linked));
  }
  await bundleCli({ outdir: path.join(SOURCE_BUILD, "bin"), sourcemap: true });
}
