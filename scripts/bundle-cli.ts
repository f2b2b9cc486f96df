// npm run build, after tsc: bundles the command into dist/bin/ (scripts/lib/bundle-cli.ts).
import { rmSync } from "node:fs";
import { bundleCli, CLI_BUNDLE_DIR } from "./lib/bundle-cli.js";

rmSync(CLI_BUNDLE_DIR, { recursive: true, force: true });
await bundleCli({ outdir: CLI_BUNDLE_DIR });
