// The output formats, each in its own module and loaded only when asked for. Each is a
// stream: text for the start, for each result as it is produced, and for the end, which
// gets the run's counts. A run therefore never keeps its results (the CLI's memory stays
// flat in the number of payloads); a format whose opening needs totals (JUnit) keeps its
// own rendered text until the end, and one written as a whole document (SARIF) its results.
import { type PayloadResult, type Report, type Summary, Tally } from "../check/model.js";

export const FORMAT_NAMES = ["text", "json", "github", "junit", "sarif"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Other names users know a format by: Redocly and Spectral call the annotations `github-actions`. */
export const FORMAT_ALIASES: Readonly<Record<string, FormatName>> = { "github-actions": "github" };

export interface FormatOptions {
  /** ANSI colours (text format only). */
  color: boolean;
  /** List the payloads that pass too (text format only). */
  verbose: boolean;
}

/** What a report says about the whole run, known before the first result. */
export type ReportHeader = Omit<Report, "results">;

export interface ReportStream {
  /**
   * Whether a payload that passes with no finding shows in the report. When no stream of a run
   * lists them, a run of such payloads is only counted (ReportSink.addPasses): a worker's
   * 1,000,000 passing lines are not made into 1,000,000 results on the reporting thread.
   */
  readonly listsPasses: boolean;
  /** Text before the first result. */
  start(): string;
  /** Text for one result ("" when the format shows nothing for it). */
  result(result: PayloadResult): string;
  /** Text after the last result. */
  end(summary: Summary): string;
}

export type StreamFormat = (header: ReportHeader, options: FormatOptions) => ReportStream;

export type Formatter = (report: Report, options: FormatOptions) => string;

/** A whole-document formatter as a stream: it keeps the results and renders them at the end. */
function buffered(formatter: Formatter): StreamFormat {
  return (header, options) => {
    const results: PayloadResult[] = [];
    return {
      listsPasses: true,
      start: () => "",
      result(result) {
        results.push(result);
        return "";
      },
      end: () => formatter({ ...header, results }, options),
    };
  };
}

const LOADERS: Readonly<Record<FormatName, () => Promise<StreamFormat>>> = {
  text: async () => (await import("./text.js")).textStream,
  json: async () => (await import("./json.js")).jsonStream,
  github: async () => (await import("./github.js")).githubStream,
  junit: async () => (await import("./junit.js")).junitStream,
  sarif: async () => buffered((await import("./sarif.js")).formatSarif),
};

/** The format a --format value names (an alias resolved), or undefined. */
export function resolveFormatName(name: string): FormatName | undefined {
  if ((FORMAT_NAMES as readonly string[]).includes(name)) return name as FormatName;
  return Object.hasOwn(FORMAT_ALIASES, name) ? FORMAT_ALIASES[name] : undefined;
}

export function loadFormat(name: FormatName): Promise<StreamFormat> {
  return LOADERS[name]();
}

/** A whole report through a stream format, as one string (tests, and whole-report callers). */
export function renderReport(format: StreamFormat, report: Report, options: FormatOptions): string {
  const { results, ...header } = report;
  const stream = format(header, options);
  const tally = new Tally();
  let out = stream.start();
  for (const result of results) {
    tally.add(result);
    out += stream.result(result);
  }
  return out + stream.end(tally.summary());
}
