// bench/cli: the built `apiconnectors validate` as a whole process, against bare Node doing
// the least the same job needs, each measured as child processes in this same run:
//   - a 100,000-line NDJSON file of create bodies on one thread (--jobs 1), against a bare loop
//     that reads the file and JSON.parses each line (targets: 1.3x the time, 1.15x the peak
//     memory); the same file with the default --jobs (the machine's cores);
//   - 1,000,000 lines with --jobs 2 against the same bare loop, single-threaded (target 0.8x);
//   - 1,000 small files through a quoted glob, against a bare loop that lists the directory and
//     reads and parses each file (target 1.6x);
//   - 1% invalid lines in the text and json formats, for what failures and a large report cost;
//   - one create body in one file, against `node -e 0` (target: within 3x).
// Runs alternate (baseline, CLI, baseline, …) so that load from other work hits both alike;
// a ratio is the median of the rounds' ratios (each round's two runs back to back), shown with
// their range; times and peak RSS (Linux VmHWM, through a --require hook) are medians.
// Inputs are generated into a temporary directory.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "dist/bin/apiconnectors.js");
if (!existsSync(bin)) {
  console.error(`${bin} is missing: run "npm run build" first`);
  process.exit(2);
}

const LINES = 100_000;
const dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-cli-bench-"));

function createBody(index: number, valid = true) {
  return {
    displayName: `Connector ${index}`,
    targetUrl: valid ? `https://api${index}.contoso.com/hooks/signup` : `http://api${index}.contoso.com/hooks/signup`,
    authenticationConfiguration: {
      "@odata.type": "#microsoft.graph.basicAuthentication",
      username: `svc-${index}`,
      password: `bench-password-${index}`,
    },
  };
}

const lines = (count: number, valid: (index: number) => boolean) =>
  `${Array.from({ length: count }, (_, index) => JSON.stringify(createBody(index, valid(index)))).join("\n")}\n`;

const ndjson = path.join(dir, "create.ndjson");
writeFileSync(
  ndjson,
  lines(LINES, () => true),
);
const ndjsonMillion = path.join(dir, "create-1m.ndjson");
{
  const block = readFileSync(ndjson);
  const fd = openSync(ndjsonMillion, "w");
  for (let copy = 0; copy < 10; copy++) writeSync(fd, block);
  closeSync(fd);
}
const ndjsonFailing = path.join(dir, "create-1pct-invalid.ndjson");
writeFileSync(
  ndjsonFailing,
  lines(LINES, (index) => index % 100 !== 0),
);
// Just over the size at which workers start (WORKERS_FROM_NDJSON_BYTES, 8 MiB): 40,000 lines.
const ndjsonThreshold = path.join(dir, "create-threshold.ndjson");
writeFileSync(
  ndjsonThreshold,
  lines(40_000, () => true),
);
const thresholdFiles = path.join(dir, "threshold-files");
mkdirSync(thresholdFiles);
for (let index = 0; index < 2000; index++) {
  writeFileSync(
    path.join(thresholdFiles, `c${String(index).padStart(4, "0")}.json`),
    JSON.stringify(createBody(index), null, 2),
  );
}
const single = path.join(dir, "create.json");
writeFileSync(single, JSON.stringify(createBody(1), null, 2));
const smallFiles = path.join(dir, "files");
mkdirSync(smallFiles);
for (let index = 0; index < 1000; index++) {
  writeFileSync(
    path.join(smallFiles, `c${String(index).padStart(4, "0")}.json`),
    JSON.stringify(createBody(index), null, 2),
  );
}

// Peak RSS of a child at its exit: Linux's VmHWM, which starts afresh with the child's own
// memory; getrusage's maxRSS survives exec, so a child would start at this process's peak.
const rssHook = path.join(dir, "peak-rss.cjs");
writeFileSync(
  rssHook,
  `process.on("exit", () => {
  const fs = require("node:fs");
  let kib = process.resourceUsage().maxRSS;
  try { kib = Number(/VmHWM:\\s*(\\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"))[1]); } catch {}
  fs.writeFileSync(process.env.BENCH_RSS_FILE, String(kib));
});`,
);

const BARE_LOOP = `const fs = require("node:fs");
const text = fs.readFileSync(process.argv[1], "utf8");
let count = 0;
for (const line of text.split("\\n")) if (line.trim() !== "") { JSON.parse(line); count++; }
process.stdout.write(count + " parsed\\n");`;

const BARE_FILES = `const fs = require("node:fs");
const path = require("node:path");
const dir = process.argv[1];
let count = 0;
for (const name of fs.readdirSync(dir, { recursive: true }).sort()) {
  if (!name.endsWith(".json")) continue;
  JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
  count++;
}
process.stdout.write(count + " parsed\\n");`;

type Command = string[];
const cli = (file: string, ...extra: string[]): Command => [
  bin,
  "validate",
  file,
  "--operation",
  "createIdentityApiConnector",
  "--request",
  ...extra,
];

interface Sample {
  ms: number;
  rssKiB: number;
}

function runOnce(args: Command): Sample {
  const rssFile = path.join(dir, "rss");
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--require", rssHook, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 30,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  const ms = performance.now() - started;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr.toString()}`);
  return { ms, rssKiB: Number(readFileSync(rssFile, "utf8")) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface Row {
  case: string;
  baseline: string;
  baselineMs: number;
  cliMs: number;
  baselineMiB: number;
  cliMiB: number;
  /** The median of the per-round ratios (CLI / baseline, run back to back), and their range. */
  ratio: number;
  ratioRange: [number, number];
  memoryRatio: number;
  target?: string;
  met?: boolean;
}

function compare(
  label: string,
  baselineLabel: string,
  baseline: Command,
  command: Command,
  runs: number,
  target?: { time?: number; memory?: number },
): Row {
  runOnce(baseline); // warm the file cache and the disk's idea of both
  runOnce(command);
  const base: Sample[] = [];
  const ours: Sample[] = [];
  for (let run = 0; run < runs; run++) {
    // Interleaved, and the order flipped every round: a change of load hits both alike.
    if (run % 2 === 0) {
      base.push(runOnce(baseline));
      ours.push(runOnce(command));
    } else {
      ours.push(runOnce(command));
      base.push(runOnce(baseline));
    }
  }
  // Paired: each round's two runs are back to back, so a slow spell of the shared machine
  // stretches both; the median of the rounds' ratios is steadier than a ratio of medians.
  const ratios = ours.map((sample, index) => sample.ms / (base[index] as Sample).ms);
  const row: Row = {
    case: label,
    baseline: baselineLabel,
    baselineMs: median(base.map((sample) => sample.ms)),
    cliMs: median(ours.map((sample) => sample.ms)),
    baselineMiB: median(base.map((sample) => sample.rssKiB)) / 1024,
    cliMiB: median(ours.map((sample) => sample.rssKiB)) / 1024,
    ratio: median(ratios),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    memoryRatio: median(ours.map((sample, index) => sample.rssKiB / (base[index] as Sample).rssKiB)),
  };
  if (target) {
    const parts: string[] = [];
    let met = true;
    if (target.time !== undefined) {
      parts.push(`time ≤ ${target.time}×`);
      met &&= row.ratio <= target.time;
    }
    if (target.memory !== undefined) {
      parts.push(`memory ≤ ${target.memory}×`);
      met &&= row.memoryRatio <= target.memory;
    }
    row.target = parts.join(", ");
    row.met = met;
  }
  return row;
}

try {
  const load = loadavg()[0]?.toFixed(1);
  const rows = [
    compare(
      `NDJSON, ${LINES.toLocaleString("en-US")} valid create bodies, --jobs 1`,
      "read + JSON.parse each line",
      ["-e", BARE_LOOP, ndjson],
      cli(ndjson, "--jobs", "1"),
      15,
      { time: 1.3, memory: 1.15 },
    ),
    compare(
      `NDJSON, same, no --jobs (the default: one thread below 64 MiB; ${availableParallelism()} cores)`,
      "read + JSON.parse each line",
      ["-e", BARE_LOOP, ndjson],
      cli(ndjson),
      7,
    ),
    compare(
      "NDJSON, 1,000,000 valid create bodies, --jobs 2",
      "read + JSON.parse each line",
      ["-e", BARE_LOOP, ndjsonMillion],
      cli(ndjsonMillion, "--jobs", "2"),
      7,
      { time: 0.8 },
    ),
    compare(
      "NDJSON, same, --jobs 1",
      "read + JSON.parse each line",
      ["-e", BARE_LOOP, ndjsonMillion],
      cli(ndjsonMillion, "--jobs", "1"),
      3,
    ),
    compare(
      "1,000 small files through a glob",
      "list + read + JSON.parse each file",
      ["-e", BARE_FILES, smallFiles],
      cli(`${smallFiles}/*.json`),
      15,
      { time: 1.6 },
    ),
    compare(
      "NDJSON, 100,000, 1% invalid (text report), --jobs 1",
      "read + JSON.parse each line",
      ["-e", BARE_LOOP, ndjsonFailing],
      cli(ndjsonFailing, "--jobs", "1"),
      5,
    ),
    compare(
      "NDJSON, same, 1% invalid, --format json, --jobs 1",
      "read + JSON.parse each line",
      ["-e", BARE_LOOP, ndjsonFailing],
      cli(ndjsonFailing, "--format", "json", "--jobs", "1"),
      5,
    ),
    compare("one create body, one file", "node -e 0", ["-e", "0"], cli(single), 15, { time: 3 }),
    // The thresholds: where workers start, --jobs 2 against --jobs 1 of the same run.
    compare(
      "NDJSON, 40,000 lines (9.3 MB, just over the threshold), --jobs 2",
      "the same, --jobs 1",
      cli(ndjsonThreshold, "--jobs", "1"),
      cli(ndjsonThreshold, "--jobs", "2"),
      7,
    ),
    compare(
      "2,000 small files (the threshold) through a glob, --jobs 2",
      "the same, --jobs 1",
      cli(`${thresholdFiles}/*.json`, "--jobs", "1"),
      cli(`${thresholdFiles}/*.json`, "--jobs", "2"),
      7,
    ),
  ];
  console.log(
    `Node ${process.version}, ${availableParallelism()} cores, load average ${load} at the start, ${loadavg()[0]?.toFixed(1)} at the end`,
  );
  console.log(
    "| case | baseline | baseline ms | validate ms | time ratio (rounds' range) | baseline peak MiB | validate peak MiB | memory ratio | target |",
  );
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const row of rows) {
    const verdict = row.target === undefined ? "" : `${row.target}: ${row.met ? "met" : "NOT met"}`;
    console.log(
      `| ${row.case} | ${row.baseline} | ${row.baselineMs.toFixed(0)} | ${row.cliMs.toFixed(0)} | **${row.ratio.toFixed(2)}×** (${row.ratioRange.map((value) => value.toFixed(2)).join("–")}) | ${row.baselineMiB.toFixed(0)} | ${row.cliMiB.toFixed(0)} | ${row.memoryRatio.toFixed(2)}× | ${verdict} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
