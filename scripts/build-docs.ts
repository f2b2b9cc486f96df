// npm run docs: generated/openapi.json → dist/docs/index.html, one HTML file that works from
// file:// or any static host with no network (see scripts/docs/). --out writes elsewhere.
import path from "node:path";
import { parseArgs } from "node:util";
import { buildDocs, defaultOutput, repoRoot } from "./docs/build.js";

try {
  const { values } = parseArgs({ options: { out: { type: "string", default: defaultOutput } } });
  const { output, bytes } = buildDocs({ output: path.resolve(values.out) });
  console.log(`wrote ${path.relative(repoRoot, output) || output} (${Math.ceil(bytes / 1024)} KiB, self-contained)`);
} catch (error) {
  console.error(`docs build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
