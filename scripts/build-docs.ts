// npm run docs: generated/openapi.json → dist/docs/index.html, one HTML file that works from
// file:// or any static host with no network (see scripts/docs/), and the Graph-docs Markdown
// pages → dist/docs/graph-docs/{v1.0,beta}/ (see docs/docs-pages.md). --out writes the HTML
// elsewhere; the pages go next to it.
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeDocsPages } from "../src/docs-pages/index.js";
import { buildDocs, defaultOutput, repoRoot } from "./docs/build.js";

try {
  const { values } = parseArgs({ options: { out: { type: "string", default: defaultOutput } } });
  const { output, bytes } = buildDocs({ output: path.resolve(values.out) });
  console.log(`wrote ${path.relative(repoRoot, output) || output} (${Math.ceil(bytes / 1024)} KiB, self-contained)`);
  const pagesDir = path.join(path.dirname(output), "graph-docs");
  rmSync(pagesDir, { recursive: true, force: true }); // no page of a removed operation stays behind
  const pages = writeDocsPages(pagesDir);
  console.log(`wrote ${pages.length} Graph-docs pages into ${path.relative(repoRoot, pagesDir) || pagesDir}`);
} catch (error) {
  console.error(`docs build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
