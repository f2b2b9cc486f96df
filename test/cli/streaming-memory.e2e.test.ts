// The CLI reports each NDJSON payload as it is checked and drops it, and reads the file a
// chunk at a time: its peak memory does not grow with the number of lines. Measured as a
// ratio in the CLI's own process (getrusage's peak RSS, through a --require hook), never as
// an absolute figure: 10,000,000 lines must peak within 1.5× of 100,000 (issue: 3,000,000
// lines used to exhaust the heap).
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./support/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-streaming-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The smallest payload that conforms (a response needs its id): a failing line would be
// reported, and the test would then measure its own pipe, not the CLI.
const LINE = '{"id":"a"}\n';

function ndjson(name: string, lines: number): string {
  const file = path.join(dir, name);
  const block = Buffer.from(LINE.repeat(100_000));
  const fd = openSync(file, "w");
  for (let written = 0; written < lines; written += 100_000) writeSync(fd, block);
  closeSync(fd);
  return file;
}

async function peakRss(file: string, lines: number, jobs: string): Promise<number> {
  const report = `${file}.${jobs}.rss`;
  const run = await runCli(["validate", file, "-o", "getIdentityApiConnector", "--response", "200", "--jobs", jobs], {
    env: {
      NODE_OPTIONS: `--require ${path.join(ROOT, "test/cli/support/report-peak-rss.cjs")}`,
      APICONNECTORS_PEAK_RSS_FILE: report,
    },
  });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(`${lines} passed, 0 failed\n`);
  return Number(readFileSync(report, "utf8"));
}

describe("validate on a long NDJSON file", () => {
  const large = ndjson("large.ndjson", 10_000_000);

  it("peaks at the same memory for 10,000,000 lines as for 100,000, within 1.5× (one thread)", {
    timeout: 600_000,
  }, async () => {
    const small = await peakRss(ndjson("small.ndjson", 100_000), 100_000, "1");
    const big = await peakRss(large, 10_000_000, "1");
    expect(small).toBeGreaterThan(0);
    expect(big / small).toBeLessThanOrEqual(1.5);
  });

  // On workers the main thread reads line ranges ahead of them: a bounded number in flight, their
  // memory reused, so the peak is that of a run just large enough to start the workers.
  it("peaks at the same memory for 10,000,000 lines as for 1,000,000 on 2 workers, within 1.5×", {
    timeout: 600_000,
  }, async () => {
    const medium = await peakRss(ndjson("medium.ndjson", 1_000_000), 1_000_000, "2");
    const big = await peakRss(large, 10_000_000, "2");
    expect(medium).toBeGreaterThan(0);
    expect(big / medium).toBeLessThanOrEqual(1.5);
  });
});
