// bench/generate: `npm run generate -- --check` when nothing changed (the fast path through
// generated/manifest.json) against a full `npm run generate` (into a scratch directory, so
// generated/ is untouched), and against the full check (`--check --full`), each as a child
// process in this same run. Target (issue 13): the fast check ≤ 0.3× a full generate.
// Runs alternate so that load from other work hits both alike; figures are medians.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
const scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-generate-bench-"));
const ROUNDS = 5;

function timed(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [tsx, path.join(root, "scripts/generate.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`generate ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const cases = {
  full: () => timed(["--out", scratch]),
  fastCheck: () => timed(["--check"]),
  fullCheck: () => timed(["--check", "--full"]),
};
const samples: Record<keyof typeof cases, number[]> = { full: [], fastCheck: [], fullCheck: [] };
try {
  for (const run of Object.values(cases)) run(); // warm-up: file cache, tsx's cache
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, run] of Object.entries(cases)) samples[name as keyof typeof cases].push(run());
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const full = median(samples.full);
console.log("| case | median ms | against a full generate |");
console.log("| --- | ---: | ---: |");
for (const [name, values] of Object.entries(samples))
  console.log(`| ${name} | ${median(values).toFixed(0)} | **${(median(values) / full).toFixed(2)}×** |`);
