// apiconnectors validate [FILE...] --operation OP (--request | --response STATUS) [--format FORMAT]
import { statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import {
  groupDigits,
  listOperations,
  type OperationEntry,
  resolveOperation,
  UnknownOperationError,
} from "../validate/index.js";
import { parseCommandArgs } from "./args.js";
import { INPUT_KINDS, type InputKind, inputKind, type OnPass, passingResult } from "./check/check-files.js";
import { type CheckContext, checkInput } from "./check/check-input.js";
import type { Target } from "./check/check-payload.js";
import type { PayloadResult } from "./check/model.js";
import { expandInputs, type InputFile, unreadableInputResult } from "./input/inputs.js";
import type { ProcessIO } from "./io.js";
import type { ReportHeader } from "./report/formats.js";
import { Progress } from "./report/progress.js";
import { terminalText } from "./report/terminal-text.js";
import { didYouMean } from "./suggest.js";
import { EXIT_OK, UsageError } from "./usage-error.js";
import {
  DEFAULT_WORKERS_FROM_NDJSON_BYTES,
  runOnWorkers,
  WORKERS_FROM_FILES,
  WORKERS_FROM_NDJSON_BYTES,
  wantsWorkers,
} from "./validate-jobs.js";
import { formatOption, openReport, REPORT_FLAGS, reportOptions } from "./write-report.js";

export type { CommandIO } from "./io.js";

export const VALIDATE_USAGE = `Usage: apiconnectors validate [FILE...] --operation OP (--request | --response STATUS) [--format FORMAT]

Validates payloads against the apiConnectors contract.

  FILE                 a JSON file; "-" for stdin (the default); a .ndjson (or .jsonl) file with one
                       payload per line; a .http transcript (request line, headers, body, or a status
                       line for a response), which names its own operation and status; a .har recording
                       (HAR 1.2: every entry's request and response, docs/traffic.md); a directory (its
                       .json, .ndjson, .jsonl, .http and .har files); or a quoted glob ("payloads/**/*.json")
  --input-type TYPE    read every input as json, ndjson, http or har, whatever its name (stdin: "-")
  --host HOST          HAR entries: check only requests to HOST (graph.microsoft.com, 127.0.0.1:8080); others are skipped
  --operation, -o OP   an operationId (createIdentityApiConnector) or "METHOD /path" ("POST /identity/apiConnectors");
                       for .http files, only the fallback for a response with no request before it
  --request            the payloads are request bodies
  --response STATUS    the payloads are response bodies of this HTTP status (an empty file is a body-less response)
  --format, -f FORMAT  text (default), json, github (workflow annotations; alias github-actions),
                       junit (XML) or sarif (SARIF 2.1.0, for code scanning)
  --output FILE        write the report to FILE and the text report to stdout (one run, two audiences)
  --verbose            the text format lists passing payloads too
  --quiet              report errors only, not warnings
  --max-problems N     report at most N findings (the exit code still counts them all)
  --jobs, -j N         worker threads for a large run (${groupDigits(WORKERS_FROM_FILES)} inputs or more, or ${WORKERS_FROM_NDJSON_BYTES / (1024 * 1024)} MiB of NDJSON);
                       default: the idle cores (cores less the load average) for ${DEFAULT_WORKERS_FROM_NDJSON_BYTES / (1024 * 1024)} MiB of NDJSON
                       or more, else one thread (below that workers do not repay their start-up); 1: one thread.
                       The report is the same whatever N: results in input order
  --no-color, --color  colours off or on, whatever the terminal, NO_COLOR or FORCE_COLOR say
  --version            the package's version
  --help, -h           this help

Exit codes: 0 every payload conforms, 1 at least one does not, 2 the command could not run as asked.
Colours: on when stdout is a terminal; NO_COLOR=1 turns them off, FORCE_COLOR=1 on.`;

/** Inputs that name their own operations (and so need no --operation). */
const SELF_DESCRIBING: ReadonlySet<InputKind> = new Set(["http", "har"]);

function inputTypeOption(value: string | undefined): InputKind | undefined {
  if (value === undefined) return undefined;
  if ((INPUT_KINDS as readonly string[]).includes(value)) return value as InputKind;
  throw new UsageError(
    `--input-type must be one of ${INPUT_KINDS.join(", ")}, ${terminalText`got ${JSON.stringify(value)}`}${didYouMean(value, INPUT_KINDS)}`,
  );
}

/** More threads than this only cost memory: each holds the validators and its share of the input. */
const MAX_JOBS = 64;

/**
 * --jobs N: worker threads for a large run. By default the machine's idle cores: its cores less
 * the 1-minute load average, at least 1 (0 on Windows, where Node reports no load). On a 2-core
 * machine already busy, workers only compete for the cores and make the run slower
 * (docs/benchmarks.md, "CLI").
 */
function jobsOption(value: string | undefined): number {
  if (value === undefined) return Math.max(1, Math.round(availableParallelism() - (loadavg()[0] ?? 0)));
  if (!/^[0-9]+$/.test(value) || Number(value) < 1 || Number(value) > MAX_JOBS)
    throw new UsageError(
      terminalText`--jobs takes a whole number from 1 to ${String(MAX_JOBS)}, got ${JSON.stringify(value)}`,
    );
  return Number(value);
}

function parse(argv: readonly string[]) {
  return parseCommandArgs(
    "validate",
    argv,
    {
      operation: { type: "string", short: "o" },
      request: { type: "boolean", default: false },
      response: { type: "string" },
      "input-type": { type: "string" },
      host: { type: "string" },
      jobs: { type: "string", short: "j" },
      ...REPORT_FLAGS,
      help: { type: "boolean", short: "h", default: false },
    },
    true,
  );
}

/** `--operation`'s value through the library's lookup; an unknown one is a usage error with a suggestion. */
function operationFromFlag(name: string): OperationEntry {
  try {
    return resolveOperation(name);
  } catch (error) {
    if (!(error instanceof UnknownOperationError)) throw error;
  }
  const operations = listOperations();
  const known = operations.map((op) => `  ${op.operationId}  (${op.method} ${op.path})`);
  const hint = didYouMean(name, [
    ...operations.map((op) => op.operationId),
    ...operations.map((op) => `${op.method} ${op.path}`),
  ]);
  throw new UsageError(
    `${terminalText`unknown operation ${JSON.stringify(name)}`}${hint}; known operations:\n${known.join("\n")}`,
  );
}

/** The target every JSON and NDJSON payload is checked against, from the flags. */
function targetFromFlags(
  values: ReturnType<typeof parse>["values"],
  operation: OperationEntry | undefined,
  needed: boolean,
): Target | undefined {
  const { request, response } = values;
  if (request && response !== undefined) throw new UsageError("give --request or --response STATUS, not both");
  if (response !== undefined && !/^[1-5][0-9][0-9]$/.test(response)) {
    throw new UsageError(terminalText`--response takes an HTTP status such as 201, got ${JSON.stringify(response)}`);
  }
  if (!needed) return undefined;
  if (!operation)
    throw new UsageError(
      "--operation is required (only .http transcripts and .har recordings name their own operations)",
    );
  if (!request && response === undefined) throw new UsageError("give --request or --response STATUS");
  return request
    ? { operation: operation.operationId, direction: "request" }
    : { operation: operation.operationId, direction: "response", status: response };
}

function totalBytes(files: readonly InputFile[]): number | undefined {
  let total = 0;
  for (const file of files) {
    if (file.path === "-") return undefined;
    try {
      total += statSync(file.path).size;
    } catch {
      // a file that cannot be read is reported when it is read
    }
  }
  return total;
}

export async function runValidate(argv: string[], io: ProcessIO): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(`${VALIDATE_USAGE}\n`);
    return EXIT_OK;
  }
  const format = formatOption(values.format);
  if (positionals.length === 0 && io.stdinIsTTY)
    throw new UsageError('give the files to validate, or "-" to read stdin');
  const files = await expandInputs(positionals.length > 0 ? positionals : ["-"], {
    extensions: ["json", "ndjson", "jsonl", "http", "har"],
  });
  const inputType = inputTypeOption(values["input-type"]);
  const jobs = jobsOption(values.jobs);
  const kindOf = (file: InputFile) => inputType ?? inputKind(file);
  const operation = values.operation === undefined ? undefined : operationFromFlag(values.operation);
  const target = targetFromFlags(
    values,
    operation,
    files.some((file) => !SELF_DESCRIBING.has(kindOf(file))),
  );

  const header: ReportHeader = {
    command: "validate",
    ...(target ? { operation: target.operation, direction: target.direction } : {}),
    ...(target?.status === undefined ? {} : { status: target.status }),
  };
  const report = await openReport(header, format, io, reportOptions(values));
  // Counts only: each result is written by the report and dropped.
  let payloads = 0;
  let failed = 0;
  let doneBytes = 0;
  // The total is only drawn: no stat per file when stderr is not a terminal (CI, a glob of 1,000 files).
  const progress = new Progress({
    write: io.stderr,
    enabled: io.stderrIsTTY,
    totalBytes: io.stderrIsTTY ? totalBytes(files) : undefined,
  });
  const add = (result: PayloadResult, fileDone: number) => {
    report.add(result);
    payloads++;
    if (!result.valid) failed++;
    progress.update(doneBytes + fileDone, payloads, failed);
  };
  // A conforming NDJSON line: counted, made into a result only for a report that lists it.
  const passes = (file: InputFile): OnPass => {
    const like = passingResult(file, undefined, target);
    return (line, fileDone) => {
      report.addPasses(like, 1, () => passingResult(file, line, target));
      payloads++;
      progress.update(doneBytes + fileDone, payloads, failed);
    };
  };

  const context: CheckContext = { target, operation, host: values.host };
  const empty = (file: InputFile) =>
    io.stderr(terminalText`apiconnectors: warning: ${file.display} holds no payload\n`);
  if (wantsWorkers(jobs, files, kindOf, values.jobs !== undefined)) {
    await runOnWorkers({
      files,
      kindOf,
      context,
      io,
      jobs,
      add: (result, done) => {
        report.add(result);
        payloads++;
        if (!result.valid) failed++;
        progress.update(done, payloads, failed);
      },
      addPasses: (like, count, at, done) => {
        report.addPasses(like, count, at);
        payloads += count;
        progress.update(done, payloads, failed);
      },
      addUnreadable: (result) => report.add(result),
      payloads: () => payloads,
      empty,
    });
    progress.finish();
    return report.finish();
  }
  for (const file of files) {
    const before = payloads;
    let size: number;
    try {
      size = await checkInput(file, kindOf(file), context, io, add, passes(file));
    } catch (error) {
      // A file that cannot be read is a finding of the report; the other files are still checked.
      report.add(unreadableInputResult(error, io));
      continue;
    }
    if (payloads === before) empty(file);
    doneBytes += size;
  }
  progress.finish();
  return report.finish();
}
