// npm pack / npm publish (prepack): empties dist/ before the fresh build, so a module deleted
// from src/ cannot ship as a stale file. dist/docs/ (npm run docs, not packed) is kept: packing
// and building the docs page must not undo each other.
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./lib/paths.js";

const dist = path.join(repoRoot, "dist");
const KEEP = new Set(["docs"]);

let entries: string[] = [];
try {
  entries = readdirSync(dist);
} catch {
  // no dist/ yet: nothing to clean
}
for (const entry of entries) {
  if (!KEEP.has(entry)) rmSync(path.join(dist, entry), { recursive: true, force: true });
}
