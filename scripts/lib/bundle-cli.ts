// The `apiconnectors` command as the package ships it: one esbuild bundle of src/cli/main.ts
// (with the two worker entries), split at each command's dynamic import(), instead of the
// ~50 modules tsc emits. Node's ES module loader resolves, reads and links each module on
// its own, about 0.5 ms apiece on the project's machine: the bundle starts about 20–30 ms
// sooner, a fifth of validate's start-up (docs/benchmarks.md, "CLI"). npm packages stay
// imports (`packages: "external"`), so the optional peers are still looked up where they are
// installed.
//
// The output lies two levels below the package root, like dist/cli/ did, with every chunk
// beside the entries: the runtime's `new URL("./validate-worker.js", import.meta.url)`,
// `./certificate-worker.js` and `../../generated/openapi.json` resolve from any chunk as
// they do from src/.
import path from "node:path";
import { build, type Metafile } from "esbuild";
import { repoRoot } from "./paths.js";

/** Where `npm run build` writes the bundle; package.json's `bin` points at its entry. */
export const CLI_BUNDLE_DIR = path.join(repoRoot, "dist", "bin");
/** The entry's file name in the bundle directory. */
export const CLI_BUNDLE_ENTRY = "apiconnectors.js";

const ENTRY_POINTS = {
  apiconnectors: "src/cli/main.ts",
  // Started by path from the chunks (src/cli/validate-jobs.ts, src/mock/certificate-thread.ts).
  "validate-worker": "src/cli/validate-worker.ts",
  "certificate-worker": "src/mock/certificate-worker.ts",
};

export interface CliBundleOptions {
  /** Output directory, two levels below a directory that holds (or links) generated/. */
  outdir: string;
  /** Inline source maps, for the tests' build. */
  sourcemap?: boolean;
}

/** Bundles the command from src/ into `outdir`; returns esbuild's metafile. */
export async function bundleCli(options: CliBundleOptions): Promise<Metafile> {
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: ENTRY_POINTS,
    outdir: options.outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20.19",
    packages: "external",
    sourcemap: options.sourcemap ? "inline" : false,
    metafile: true,
    logLevel: "error",
    banner: { js: "// Bundled from src/ by scripts/lib/bundle-cli.ts (npm run build): do not edit." },
  });
  return result.metafile;
}
