// apiconnectors diff OLD NEW [--format FORMAT] [--fail-on breaking|warning] [--output FILE]
import { writeFileSync } from "node:fs";
import {
  bundle,
  checkConsumer,
  compareDocuments,
  type DiffReport,
  type Level,
  reaches,
  SpecSourceError,
  specSource,
} from "../diff/index.js";
import { parseCommandArgs } from "./args.js";
import { DIFF_FORMAT_NAMES, type DiffFormatName, isDiffFormatName, loadDiffFormatter } from "./diff-report/formats.js";
import type { ProcessIO } from "./io.js";
import { shouldColor } from "./report/color.js";
import { EXIT_INVALID, EXIT_OK, UsageError } from "./usage-error.js";

export const DIFF_USAGE = `Usage: apiconnectors diff OLD NEW [--format FORMAT] [--fail-on breaking|warning] [--output FILE] [--consumer DIR]

Compares two versions of the contract and levels each change by what it does to a client:
breaking, warning or info (the checks and their rules: docs/evolution.md).

  OLD, NEW             a spec: the YAML root (spec/openapi.yaml, its $refs followed), a bundled
                       JSON or YAML document, or git:REF[:PATH] read with \`git show\` from the
                       repository in the current directory (PATH defaults to spec/openapi.yaml)
  --format, -f FORMAT  text (default), json, markdown (a pull-request comment), github
                       (workflow annotations) or junit (XML)
  --fail-on LEVEL      breaking (default) or warning: the level that makes the exit code 1
  --output FILE        write the report to FILE and the text report to stdout
  --consumer DIR       also type-check the TypeScript in DIR (its tsconfig.json, if any) against
                       the types generated from OLD and from NEW: each error only NEW causes is
                       breaking (needs the typescript and openapi-typescript packages)
  --help, -h           this help

Exit codes: 0 no change at the --fail-on level, 1 at least one, 2 the command could not run as asked.`;

function levelOption(value: string): Level {
  if (value === "breaking" || value === "warning") return value;
  throw new UsageError(`--fail-on must be breaking or warning, got ${JSON.stringify(value)}`);
}

function formatOption(value: string): DiffFormatName {
  if (!isDiffFormatName(value))
    throw new UsageError(`--format must be one of ${DIFF_FORMAT_NAMES.join(", ")}, got ${JSON.stringify(value)}`);
  return value;
}

function load(argument: string) {
  try {
    return bundle(specSource(argument));
  } catch (error) {
    if (error instanceof SpecSourceError) throw new UsageError(error.message);
    throw error;
  }
}

async function consumerFindings(
  before: ReturnType<typeof load>,
  after: ReturnType<typeof load>,
  folder: string,
): Promise<DiffReport["findings"]> {
  try {
    return await checkConsumer(before, after, folder);
  } catch (error) {
    if (error instanceof SpecSourceError) throw new UsageError(error.message);
    throw error;
  }
}

export async function runDiff(argv: string[], io: ProcessIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "diff",
    argv,
    {
      format: { type: "string", short: "f", default: "text" },
      "fail-on": { type: "string", default: "breaking" },
      output: { type: "string" },
      consumer: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    true,
  );
  if (values.help) {
    io.stdout(`${DIFF_USAGE}\n`);
    return EXIT_OK;
  }
  const format = formatOption(values.format);
  const failOn = levelOption(values["fail-on"]);
  if (positionals.length !== 2)
    throw new UsageError(`give two specs, OLD and NEW (got ${positionals.length}); run "apiconnectors diff --help"`);
  const [oldArgument = "", newArgument = ""] = positionals;
  const before = load(oldArgument);
  const after = load(newArgument);
  const report = compareDocuments(before, after);
  if (values.consumer !== undefined) report.findings.push(...(await consumerFindings(before, after, values.consumer)));
  const color = shouldColor(io);
  const formatter = await loadDiffFormatter(format);
  if (values.output === undefined) {
    io.stdout(formatter(report, { color, failOn }));
  } else {
    try {
      writeFileSync(values.output, formatter(report, { color: false, failOn }));
    } catch (error) {
      throw new UsageError(
        `cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    io.stdout((await loadDiffFormatter("text"))(report, { color, failOn }));
  }
  return report.findings.some((finding) => reaches(finding.level, failOn)) ? EXIT_INVALID : EXIT_OK;
}
