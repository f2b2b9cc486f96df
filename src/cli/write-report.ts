// The end of every checking command: the report flags every checking command shares, the
// report rendered in the asked format, and the exit code (0 every payload conforms, 1 at least
// one does not, or nothing was checked under --fail-on-empty).
import { writeFileSync } from "node:fs";
import { type PayloadResult, type Report, runFailed } from "./check/model.js";
import type { ProcessIO } from "./io.js";
import { shouldColor } from "./report/color.js";
import { FORMAT_ALIASES, FORMAT_NAMES, type FormatName, loadFormatter, resolveFormatName } from "./report/formats.js";
import { terminalText } from "./report/terminal-text.js";
import { didYouMean } from "./suggest.js";
import { EXIT_INVALID, EXIT_OK, UsageError } from "./usage-error.js";

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

/** The report as shown: warnings left out under --quiet, findings cut at --max-problems. */
function shown(report: Report, options: ReportOptions): { report: Report; hidden: number } {
  let budget = options.maxProblems ?? Number.POSITIVE_INFINITY;
  if (!options.quiet && budget === Number.POSITIVE_INFINITY) return { report, hidden: 0 };
  let hidden = 0;
  const results: PayloadResult[] = report.results.map((result) => {
    const kept = options.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
    const room = Math.max(0, Math.min(kept.length, budget));
    budget -= room;
    hidden += kept.length - room;
    return kept.length === result.findings.length && room === kept.length
      ? result
      : { ...result, findings: kept.slice(0, room) };
  });
  return { report: { ...report, results }, hidden };
}

export async function writeReport(
  full: Report,
  format: FormatName,
  io: ProcessIO,
  options: ReportOptions,
): Promise<number> {
  const { report, hidden } = shown(full, options);
  const formatter = await loadFormatter(format);
  const color = options.color ?? shouldColor(io);
  if (options.output === undefined) {
    io.stdout(formatter(report, { color, verbose: options.verbose }));
  } else {
    try {
      writeFileSync(options.output, formatter(report, { color: false, verbose: options.verbose }));
    } catch (error) {
      throw new UsageError(
        terminalText`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    const text = format === "text" ? formatter : await loadFormatter("text");
    io.stdout(text(report, { color, verbose: options.verbose }));
  }
  if (hidden > 0) {
    io.stderr(
      `apiconnectors: ${hidden} more problem${hidden === 1 ? "" : "s"} not shown (--max-problems ${options.maxProblems})\n`,
    );
  }
  return runFailed(full) ? EXIT_INVALID : EXIT_OK;
}
