// npm run bench [NAME...]: runs every bench/*.bench.ts (or the named ones) one after the
// other, each in its own process so one benchmark's warm-up and garbage cannot skew the next.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.bench\.ts$/, "")))
  .sort();

if (benches.length === 0) {
  console.error(`no benchmark matches ${wanted.join(", ")}`);
  process.exit(2);
}

let failed = 0;
for (const bench of benches) {
  console.log(`\n## ${bench.replace(/\.bench\.ts$/, "")}\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(here, bench)], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
