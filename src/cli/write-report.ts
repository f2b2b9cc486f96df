// The end of every checking command: render the report in the asked format and choose the
// exit code (0 every payload conforms, 1 at least one does not, or nothing was checked under
// --fail-on-empty).
import { writeFileSync } from "node:fs";
import { type Report, runFailed } from "./check/model.js";
import type { ProcessIO } from "./io.js";
import { shouldColor } from "./report/color.js";
import { FORMAT_NAMES, type FormatName, isFormatName, loadFormatter } from "./report/formats.js";
import { terminalText } from "./report/terminal-text.js";
import { EXIT_INVALID, EXIT_OK, UsageError } from "./usage-error.js";

export function formatOption(value: string | undefined): FormatName {
  const name = value ?? "text";
  if (!isFormatName(name))
    throw new UsageError(terminalText`--format must be one of ${FORMAT_NAMES.join(", ")}, got ${JSON.stringify(name)}`);
  return name;
}

export interface ReportOptions {
  verbose: boolean;
  /** Write the report to this file; stdout then gets the text report, for the job's log. */
  output?: string;
}

export async function writeReport(
  report: Report,
  format: FormatName,
  io: ProcessIO,
  options: ReportOptions,
): Promise<number> {
  const formatter = await loadFormatter(format);
  const color = shouldColor(io);
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
  return runFailed(report) ? EXIT_INVALID : EXIT_OK;
}
