// The end of every checking command: render the report in the asked format and choose the
// exit code (0 every payload conforms, 1 at least one does not).
import type { Report } from "./check/model.js";
import type { ProcessIO } from "./io.js";
import { shouldColor } from "./report/color.js";
import { FORMAT_NAMES, isFormatName, loadFormatter, type FormatName } from "./report/formats.js";
import { EXIT_INVALID, EXIT_OK, UsageError } from "./usage-error.js";

export function formatOption(value: string | undefined): FormatName {
  const name = value ?? "text";
  if (!isFormatName(name)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(", ")}, got ${JSON.stringify(name)}`);
  return name;
}

export async function writeReport(report: Report, format: FormatName, io: ProcessIO, verbose: boolean): Promise<number> {
  const formatter = await loadFormatter(format);
  io.stdout(formatter(report, { color: shouldColor(io), verbose }));
  return report.results.every((result) => result.valid) ? EXIT_OK : EXIT_INVALID;
}
