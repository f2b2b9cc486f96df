// bench/cli: the built `apiconnectors validate` as a whole process, against bare Node doing
// the least the same job needs, each measured as child processes in this same run:
//   - a 100,000-line NDJSON file of create bodies, against a bare loop that reads the file
//     and JSON.parses each line (target: within 2x);
//   - one create body in one file, against `node -e 0` (target: within 3x).
// Runs alternate (baseline, CLI, baseline, …) so that load from other work hits both alike;
// figures are medians. Inputs are generated into a temporary directory.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "dist/cli/main.js");
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

const ndjson = path.join(dir, "create.ndjson");
writeFileSync(ndjson, `${Array.from({ length: LINES }, (_, index) => JSON.stringify(createBody(index))).join("\n")}\n`);
const ndjsonFailing = path.join(dir, "create-1pct-invalid.ndjson");
writeFileSync(
  ndjsonFailing,
  `${Array.from({ length: LINES }, (_, index) => JSON.stringify(createBody(index, index % 100 !== 0))).join("\n")}\n`,
);
const single = path.join(dir, "create.json");
writeFileSync(single, JSON.stringify(createBody(1), null, 2));

const BARE_LOOP = `const fs = require("node:fs");
const text = fs.readFileSync(process.argv[1], "utf8");
let count = 0;
for (const line of text.split("\\n")) if (line.trim() !== "") { JSON.parse(line); count++; }
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

function timeOnce(args: Command): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });
  const elapsed = performance.now() - started;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr.toString()}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface Row {
  case: string;
  baseline: string;
  baselineMs: number;
  cliMs: number;
  target?: number;
}

function compare(
  label: string,
  baselineLabel: string,
  baseline: Command,
  command: Command,
  runs: number,
  target?: number,
): Row {
  timeOnce(baseline); // warm the file cache and the disk's idea of both
  timeOnce(command);
  const base: number[] = [];
  const ours: number[] = [];
  for (let run = 0; run < runs; run++) {
    base.push(timeOnce(baseline));
    ours.push(timeOnce(command));
  }
  return {
    case: label,
    baseline: baselineLabel,
    baselineMs: median(base),
    cliMs: median(ours),
    ...(target === undefined ? {} : { target }),
  };
}

try {
  const rows = [
    compare(
      `NDJSON, ${LINES.toLocaleString("en-US")} valid create bodies`,
      "read + JSON.parse each line",
      ["-e", BARE_LOOP, ndjson],
      cli(ndjson),
      7,
      2,
    ),
    compare(
      "NDJSON, same, 1% invalid (text report)",
      "read + JSON.parse each line",
      ["-e", BARE_LOOP, ndjsonFailing],
      cli(ndjsonFailing),
      5,
    ),
    compare(
      "NDJSON, same, 1% invalid, --format json",
      "read + JSON.parse each line",
      ["-e", BARE_LOOP, ndjsonFailing],
      cli(ndjsonFailing, "--format", "json"),
      5,
    ),
    compare("one create body, one file", "node -e 0", ["-e", "0"], cli(single), 15, 3),
  ];
  console.log("| case | baseline | baseline ms | validate ms | ratio | target |");
  console.log("| --- | --- | ---: | ---: | ---: | --- |");
  for (const row of rows) {
    const ratio = row.cliMs / row.baselineMs;
    const verdict = row.target === undefined ? "" : `≤ ${row.target}× ${ratio <= row.target ? "met" : "NOT met"}`;
    console.log(
      `| ${row.case} | ${row.baseline} | ${row.baselineMs.toFixed(0)} | ${row.cliMs.toFixed(0)} | **${ratio.toFixed(2)}×** | ${verdict} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
