// A run of passing payloads added at once (ReportSink.addPasses, what the --jobs runner does
// with a worker's passing lines): only counted when no stream of the report lists passing
// payloads, and then the same report, byte for byte, as adding them one by one.
import { describe, expect, it } from "vitest";
import { NO_FINDINGS } from "../../src/cli/check/check-payload.js";
import { type PayloadResult, resultOf, Tally } from "../../src/cli/check/model.js";
import { detachedIO, type ProcessIO } from "../../src/cli/io.js";
import type { FormatName } from "../../src/cli/report/formats.js";
import { openReport, type ReportOptions } from "../../src/cli/write-report.js";

function io(): ProcessIO & { out: string[] } {
  const out: string[] = [];
  return { ...detachedIO({ stdout: (text) => void out.push(text) }), out };
}

const header = { command: "validate", operation: "createIdentityApiConnector", direction: "request" } as const;
const pass = (line: number): PayloadResult =>
  resultOf({ file: "big.ndjson", line, operation: header.operation, direction: "request" }, NO_FINDINGS);
const failing: PayloadResult = resultOf({ file: "big.ndjson", line: 4, operation: header.operation }, [
  { pointer: "/targetUrl", keyword: "pattern", severity: "error", message: "must be https", line: 4, column: 1 },
]);

/** The report with passing lines 1–3 and 5–9 added one by one, or as two runs. */
async function report(format: FormatName, options: ReportOptions, runs: boolean) {
  const output = io();
  const made: number[] = [];
  const sink = await openReport(header, format, output, options);
  const nth = (start: number) => (index: number) => {
    made.push(start + index);
    return pass(start + index);
  };
  if (runs) sink.addPasses(pass(1), 3, nth(1));
  else for (let line = 1; line <= 3; line++) sink.add(pass(line));
  sink.add(failing);
  if (runs) sink.addPasses(pass(5), 5, nth(5));
  else for (let line = 5; line <= 9; line++) sink.add(pass(line));
  const code = sink.finish();
  return { text: output.out.join(""), code, made };
}

describe("ReportSink.addPasses", () => {
  it.each<[FormatName, ReportOptions]>([
    ["text", { verbose: false }],
    ["text", { verbose: true }],
    ["json", { verbose: false }],
    ["junit", { verbose: false }],
    ["github", { verbose: false }],
    ["sarif", { verbose: false }],
  ])("writes the report of one-by-one adds: %s %j", async (format, options) => {
    const one = await report(format, options, false);
    const runs = await report(format, options, true);
    expect(runs.text).toBe(one.text);
    expect(runs.code).toBe(1);
    expect(one.text).toMatch(format === "text" || format === "github" ? /8 passed, 1 failed/ : /big\.ndjson/);
  });

  it("makes no result for a run when no stream lists passing payloads, and each one when one does", async () => {
    expect((await report("text", { verbose: false }, true)).made).toEqual([]);
    expect((await report("github", { verbose: false }, true)).made).toEqual([]);
    expect((await report("text", { verbose: true }, true)).made).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);
    // --output: the file's JSON lists them, though stdout's text does not.
    expect((await report("json", { verbose: false, output: "/dev/null" }, true)).made).toHaveLength(8);
  });
});

describe("Tally.addRun", () => {
  it("counts a run as that many adds of its result", () => {
    const skipped = { ...pass(1), skipped: "not in the contract" };
    const warned = resultOf({ file: "a.json" }, [
      { pointer: "", keyword: "x", severity: "warning", message: "w", line: 1, column: 1 },
    ]);
    const unreadable: PayloadResult = { ...pass(1), unreadable: true, valid: false };
    for (const result of [pass(1), failing, skipped, warned, unreadable]) {
      const one = new Tally();
      const run = new Tally();
      for (let i = 0; i < 4; i++) one.add(result);
      run.addRun(result, 4);
      expect(run.summary()).toEqual(one.summary());
    }
    const none = new Tally();
    none.addRun(pass(1), 0);
    expect(none.summary()).toEqual(new Tally().summary());
  });
});
