// validate --jobs N: a large run is checked on worker threads, and its report is byte for byte
// the report of --jobs 1 (results in input order) in every format, with the same stderr and
// exit code, --max-problems and --quiet included. The inputs mix passing, failing, unreadable
// and empty files with an NDJSON file large enough to be sent to the workers as several line
// ranges (a byte order mark, CRLF lines, blank lines, broken JSON, duplicate keys, a line that
// is not UTF-8, no final line feed). Whether workers ran is read from the CLI's own process
// (Node's `worker` event, through a --require hook), never from timing.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { WORKERS_FROM_FILES, WORKERS_FROM_NDJSON_BYTES } from "../../src/cli/validate-jobs.js";
import { type CliRun, ROOT, runCli } from "./support/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-jobs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOOK = path.join(ROOT, "test/cli/support/count-workers.cjs");
/** What `--import tsx` resolves to from the repository (the runs here start in a scratch directory). */
const TSX_LOADER = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

function body(index: number, valid: boolean) {
  return {
    displayName: `Connector ${index} ✓`,
    targetUrl: valid ? `https://api${index}.contoso.com/hooks/signup` : `http://api${index}.contoso.com/hooks/signup`,
    authenticationConfiguration: {
      "@odata.type": "#microsoft.graph.basicAuthentication",
      username: `svc-${index}`,
      password: `jobs-password-${index}`,
    },
  };
}

/** An NDJSON file over the workers' threshold, with every kind of line. */
function largeNdjson(file: string): void {
  const parts: Buffer[] = [Buffer.from([0xef, 0xbb, 0xbf])];
  let size = 3;
  for (let index = 0; size < WORKERS_FROM_NDJSON_BYTES + 512 * 1024; index++) {
    let line = JSON.stringify(body(index, index % 997 !== 0));
    if (index % 5003 === 1) line = '{"displayName":"a","displayName":"b"}';
    if (index % 7001 === 3) line = "{not json";
    if (index % 3001 === 7) line = "   ";
    const bytes = Buffer.from(`${line}${index % 2 === 1 ? "\r\n" : "\n"}`);
    parts.push(bytes);
    size += bytes.length;
    if (index % 9001 === 11) parts.push(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x0a])); // {"\xC3("} : not UTF-8
  }
  parts.push(Buffer.from(JSON.stringify(body(0, false)))); // no final line feed
  writeFileSync(file, Buffer.concat(parts));
}

const mixed = path.join(dir, "mixed");
mkdirSync(mixed);
largeNdjson(path.join(mixed, "large.ndjson"));
for (let index = 0; index < 12; index++) {
  const text = index === 5 ? "{oops" : JSON.stringify(body(index, index % 4 !== 0), null, 2);
  writeFileSync(path.join(mixed, `body-${String(index).padStart(2, "0")}.json`), text);
}
writeFileSync(path.join(mixed, "empty.ndjson"), "");
writeFileSync(path.join(mixed, "small.ndjson"), `${JSON.stringify(body(1, true))}\n{"displayName":1}\n`);
const MIXED_ARGS = [
  "large.ndjson",
  "body-*.json",
  "missing.json",
  "empty.ndjson",
  "small.ndjson",
  "-o",
  "createIdentityApiConnector",
  "--request",
];

async function counted(args: readonly string[], cwd: string): Promise<CliRun & { workers: number }> {
  const file = path.join(dir, `workers-${Math.random().toString(36).slice(2)}`);
  const run = await runCli(["validate", ...args], {
    cwd,
    env: { NODE_OPTIONS: `--require ${HOOK}`, APICONNECTORS_WORKERS_FILE: file },
  });
  return { ...run, workers: Number(readFileSync(file, "utf8")) };
}

describe("validate --jobs", () => {
  it.each([["text"], ["json"], ["junit"], ["github"], ["sarif"]])(
    "writes the --jobs 1 report on 2 workers: %s",
    { timeout: 120_000 },
    async (format) => {
      const one = await counted([...MIXED_ARGS, "--format", format, "--jobs", "1"], mixed);
      const two = await counted([...MIXED_ARGS, "--format", format, "--jobs", "2"], mixed);
      expect(one.workers).toBe(0);
      expect(two.workers).toBe(2);
      expect(one.code).toBe(2); // missing.json cannot be read
      expect(one.stderr).toContain("missing.json");
      expect(one.stderr).toContain("empty.ndjson holds no payload");
      expect(two.code).toBe(one.code);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
    },
  );

  it("honours --max-problems and --quiet on workers as on one thread", { timeout: 120_000 }, async () => {
    for (const extra of [["--max-problems", "7"], ["--quiet"], ["--quiet", "--max-problems", "0", "--verbose"]]) {
      const one = await counted([...MIXED_ARGS, ...extra, "--jobs", "1"], mixed);
      const two = await counted([...MIXED_ARGS, ...extra, "--jobs", "2"], mixed);
      expect(two.workers).toBe(2);
      expect([two.code, two.stderr, two.stdout]).toEqual([one.code, one.stderr, one.stdout]);
    }
  });

  it("exits 0 on workers when every payload conforms, as on one thread", { timeout: 120_000 }, async () => {
    const valid = path.join(dir, "valid");
    mkdirSync(valid);
    const lines: string[] = [];
    for (let size = 0, index = 0; size < WORKERS_FROM_NDJSON_BYTES + 1024; index++) {
      const line = JSON.stringify(body(index, true));
      lines.push(line);
      size += line.length + 1;
    }
    writeFileSync(path.join(valid, "all.ndjson"), `${lines.join("\n")}\n`);
    const args = ["all.ndjson", "-o", "createIdentityApiConnector", "--request"];
    const one = await counted([...args, "--jobs", "1"], valid);
    const two = await counted([...args, "--jobs", "2"], valid);
    expect(two.workers).toBe(2);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(`${lines.length} passed, 0 failed\n`);
    expect([two.code, two.stderr, two.stdout]).toEqual([one.code, one.stderr, one.stdout]);
  });

  it(`spreads ${WORKERS_FROM_FILES.toLocaleString("en-US")} small files over the workers, in order`, {
    timeout: 120_000,
  }, async () => {
    const many = path.join(dir, "many");
    mkdirSync(path.join(many, "nested"), { recursive: true });
    for (let index = 0; index < WORKERS_FROM_FILES; index++) {
      const name = path.join(many, index % 3 === 0 ? "nested" : "", `c${String(index).padStart(5, "0")}.json`);
      writeFileSync(name, JSON.stringify(body(index, index % 250 !== 0)));
    }
    const args = ["**/*.json", "-o", "createIdentityApiConnector", "--request", "--format", "json"];
    const one = await counted([...args, "--jobs", "1"], many);
    const two = await counted([...args, "--jobs", "2"], many);
    expect(two.workers).toBe(2);
    expect(one.code).toBe(1);
    expect([two.code, two.stderr, two.stdout]).toEqual([one.code, one.stderr, one.stdout]);
  });

  it("starts no worker for a small run, whatever --jobs says", async () => {
    const run = await counted(
      ["small.ndjson", "body-01.json", "-o", "createIdentityApiConnector", "--request", "--jobs", "8"],
      mixed,
    );
    expect(run.workers).toBe(0);
    expect(run.code).toBe(1);
  });

  it("runs its workers from src/ through tsx as from the build", { timeout: 180_000 }, async () => {
    // The command as a contributor runs it: `node --import tsx src/cli/main.ts`. tsx starts
    // threads of its own: on Node 20 its loader thread, and on a cold cache esbuild's worker for
    // synchronous transforms (Node 22 and 24 start the loader thread without the event). So the
    // count is compared with --jobs 1's, after a first run that fills tsx's cache.
    const fromSource = async (jobs: string) => {
      const file = path.join(dir, `workers-tsx-${jobs}`);
      const child = spawn(
        process.execPath,
        [
          "--require",
          HOOK,
          "--import",
          TSX_LOADER,
          path.join(ROOT, "src/cli/main.ts"),
          "validate",
          ...MIXED_ARGS,
          "--jobs",
          jobs,
        ],
        {
          cwd: mixed,
          env: { ...process.env, NO_COLOR: "1", APICONNECTORS_WORKERS_FILE: file, NODE_OPTIONS: "" },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
      });
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString("utf8");
      });
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      return { code, stdout, stderr, workers: Number(readFileSync(file, "utf8")) };
    };
    const built = await counted([...MIXED_ARGS, "--jobs", "1"], mixed);
    await fromSource("1");
    const one = await fromSource("1");
    const two = await fromSource("2");
    expect(two.workers - one.workers, `${one.workers} ${two.workers} ${two.stderr}`).toBe(2);
    expect([one.code, one.stderr, one.stdout]).toEqual([built.code, built.stderr, built.stdout]);
    expect([two.code, two.stderr, two.stdout]).toEqual([built.code, built.stderr, built.stdout]);
  });

  it("is in validate --help, with its default and its threshold", async () => {
    const run = await runCli(["validate", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /--jobs, -j N {9}worker threads for a large run \(2,000 inputs or more, or 8 MiB of NDJSON\);/,
    );
    expect(run.stdout).toContain("default: the idle cores (cores less the load average) for 64 MiB of NDJSON");
    expect(run.stdout).toContain(
      "or more, else one thread (below that workers do not repay their start-up); 1: one thread.",
    );
  });

  it("starts no worker without --jobs below the default's threshold, though above --jobs N's", async () => {
    // The mixed inputs hold more than WORKERS_FROM_NDJSON_BYTES of NDJSON, less than the default's 64 MiB.
    const run = await counted(MIXED_ARGS, mixed);
    expect(run.workers).toBe(0);
    expect(run.code).toBe(2);
  });

  it.each([["0"], ["two"], ["65"]])("refuses --jobs %s with a usage error", async (value) => {
    const run = await runCli(
      ["validate", "small.ndjson", "-o", "createIdentityApiConnector", "--request", "--jobs", value],
      {
        cwd: mixed,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--jobs takes a whole number from 1 to 64, got "${value}"`);
  });
});
