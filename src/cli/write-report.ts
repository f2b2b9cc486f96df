// The end of every checking command: the report flags every checking command shares, the
// report in the asked format, written as results are produced, and the exit code (0 every
// payload conforms, 1 at least one does not, or nothing was checked under --fail-on-empty).
// Results are dropped once written; only counts are kept (docs/benchmarks.md, "CLI").
import { closeSync, openSync, writeSync } from "node:fs";
import { type PayloadResult, type Report, runFailed, Tally } from "./check/model.js";
import type { ProcessIO } from "./io.js";
import { shouldColor } from "./report/color.js";
import {
  FORMAT_ALIASES,
  FORMAT_NAMES,
  type FormatName,
  loadFormat,
  type ReportHeader,
  type ReportStream,
  resolveFormatName,
} from "./report/formats.js";
import { terminalText } from "./report/terminal-text.js";
import { didYouMean } from "./suggest.js";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError } from "./usage-error.js";

export function formatOption(value: string | undefined): FormatName {
  const name = value ?? "text";
  const format = resolveFormatName(name);
  if (format === undefined) {
    const known = [...FORMAT_NAMES, ...Object.keys(FORMAT_ALIASES)];
    throw new UsageError(
      `--format must be one of ${FORMAT_NAMES.join(", ")} (or github-actions), ${terminalText`got ${JSON.stringify(name)}`}${didYouMean(name, known)}`,
    );
  }
  return format;
}

/** The flags of every checking command (validate, check-docs), for their parseArgs options. */
export const REPORT_FLAGS = {
  format: { type: "string", short: "f", default: "text" },
  output: { type: "string" },
  verbose: { type: "boolean", default: false },
  quiet: { type: "boolean", default: false },
  "max-problems": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
} as const;

export interface ReportOptions {
  verbose: boolean;
  /** Write the report to this file; stdout then gets the text report, for the job's log. */
  output?: string;
  /** Leave warnings out of the report (they never fail a run anyway). */
  quiet?: boolean;
  /** Report at most this many findings; the exit code still counts them all. */
  maxProblems?: number;
  /** --color / --no-color: overrides the terminal and NO_COLOR/FORCE_COLOR decision. */
  color?: boolean;
  /** Write each result as soon as it is added (a long-running command: the proxy), not per 64 KiB. */
  live?: boolean;
}

interface ReportFlagValues {
  output?: string | undefined;
  verbose?: boolean | undefined;
  quiet?: boolean | undefined;
  "max-problems"?: string | undefined;
  color?: boolean | undefined;
  "no-color"?: boolean | undefined;
}

/** ReportOptions from the parsed REPORT_FLAGS. */
export function reportOptions(values: ReportFlagValues): ReportOptions {
  const options: ReportOptions = { verbose: values.verbose ?? false, quiet: values.quiet ?? false };
  if (values.output !== undefined) options.output = values.output;
  const max = values["max-problems"];
  if (max !== undefined) {
    if (!/^[0-9]+$/.test(max)) throw new UsageError(`--max-problems takes a whole number, got ${JSON.stringify(max)}`);
    options.maxProblems = Number(max);
  }
  if (values.color && values["no-color"]) throw new UsageError("give --color or --no-color, not both");
  if (values.color) options.color = true;
  if (values["no-color"]) options.color = false;
  return options;
}

/** Collects small writes into one of about this size: one write call per 64 KiB, not per line. */
const FLUSH_CHARS = 64 * 1024;

class BufferedOutput {
  private pending = "";
  constructor(private readonly write: (text: string) => void) {}
  add(text: string): void {
    if (text === "") return;
    this.pending += text;
    if (this.pending.length >= FLUSH_CHARS) this.flush();
  }
  flush(): void {
    if (this.pending === "") return;
    const text = this.pending;
    this.pending = "";
    this.write(text);
  }
}

export interface ReportSink {
  add(result: PayloadResult): void;
  /**
   * `count` payloads that pass with no finding: `at(i)` is the i-th, `like` any of them. They
   * are only counted when no stream lists passing payloads (text without --verbose, github).
   */
  addPasses(like: PayloadResult, count: number, at: (index: number) => PayloadResult): void;
  /** Writes the ends of the report and returns the exit code. */
  finish(): number;
}

function cannotWrite(path: string, error: unknown): UsageError {
  return new UsageError(
    terminalText`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
  );
}

/**
 * The result as shown: warnings left out under --quiet, findings cut once --max-problems is
 * spent (`budget` is what is left of it). `valid` stays the full result's.
 */
function shown(result: PayloadResult, options: ReportOptions, budget: { left: number; hidden: number }): PayloadResult {
  if (!options.quiet && budget.left === Number.POSITIVE_INFINITY) return result;
  const kept = options.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  const room = Math.max(0, Math.min(kept.length, budget.left));
  budget.left -= room;
  budget.hidden += kept.length - room;
  return kept.length === result.findings.length && room === kept.length
    ? result
    : { ...result, findings: kept.slice(0, room) };
}

export async function openReport(
  header: ReportHeader,
  format: FormatName,
  io: ProcessIO,
  options: ReportOptions,
): Promise<ReportSink> {
  const color = options.color ?? shouldColor(io);
  const formatOptions = { color, verbose: options.verbose };
  const outputs: Array<{ stream: ReportStream; out: BufferedOutput }> = [];
  let file: number | undefined;
  if (options.output === undefined) {
    outputs.push({ stream: (await loadFormat(format))(header, formatOptions), out: new BufferedOutput(io.stdout) });
  } else {
    const target = options.output;
    const stream = (await loadFormat(format))(header, { ...formatOptions, color: false });
    const text = (await loadFormat("text"))(header, formatOptions);
    try {
      file = openSync(target, "w");
    } catch (error) {
      throw cannotWrite(target, error);
    }
    const fd = file;
    const write = (chunk: string) => {
      try {
        writeSync(fd, chunk);
      } catch (error) {
        throw cannotWrite(target, error);
      }
    };
    outputs.push({ stream, out: new BufferedOutput(write) }, { stream: text, out: new BufferedOutput(io.stdout) });
  }
  for (const { stream, out } of outputs) out.add(stream.start());
  const tally = new Tally();
  const budget = { left: options.maxProblems ?? Number.POSITIVE_INFINITY, hidden: 0 };
  const listsPasses = outputs.some(({ stream }) => stream.listsPasses);
  const add = (full: PayloadResult) => {
    const result = shown(full, options, budget);
    tally.add(result);
    for (const { stream, out } of outputs) {
      out.add(stream.result(result));
      if (options.live) out.flush();
    }
  };
  return {
    add,
    addPasses(like, count, at) {
      if (!listsPasses && like.valid && like.findings.length === 0 && !like.unreadable) {
        tally.addRun(like, count);
        return;
      }
      for (let index = 0; index < count; index++) add(at(index));
    },
    finish() {
      const summary = tally.summary();
      for (const { stream, out } of outputs) {
        out.add(stream.end(summary));
        out.flush();
      }
      if (file !== undefined) closeSync(file);
      if (budget.hidden > 0) {
        io.stderr(
          `apiconnectors: ${budget.hidden} more problem${budget.hidden === 1 ? "" : "s"} not shown (--max-problems ${options.maxProblems})\n`,
        );
      }
      // A file that could not be read: the run did not do all it was asked (docs/ci.md, exit codes).
      if (summary.unreadable) return EXIT_USAGE;
      // Shown results keep their `valid`: the failed count and so the exit code are the full run's.
      return runFailed(header, summary) ? EXIT_INVALID : EXIT_OK;
    },
  };
}

/** A report whose results are all known already (check-docs). */
export async function writeReport(
  report: Report,
  format: FormatName,
  io: ProcessIO,
  options: ReportOptions,
): Promise<number> {
  const { results, ...header } = report;
  const sink = await openReport(header, format, io, options);
  for (const result of results) sink.add(result);
  return sink.finish();
}
