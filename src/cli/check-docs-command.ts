// apiconnectors check-docs FILE.md... [--format FORMAT]

import { parseCommandArgs } from "./args.js";
import { checkMarkdownFile } from "./check/check-markdown.js";
import type { PayloadResult } from "./check/model.js";
import { expandInputs, unreadableInputResult } from "./input/inputs.js";
import { readInputBytes } from "./input/read-input.js";
import type { ProcessIO } from "./io.js";
import { terminalText } from "./report/terminal-text.js";
import { EXIT_OK, UsageError } from "./usage-error.js";
import { formatOption, REPORT_FLAGS, reportOptions, writeReport } from "./write-report.js";

export const CHECK_DOCS_USAGE = `Usage: apiconnectors check-docs FILE.md... [--format FORMAT] [--fail-on-empty]

Checks the examples of Graph-docs-style Markdown pages against the apiConnectors contract.
An example is a code block (\`\`\`http) preceded by its metadata comment:

  <!-- { "blockType": "request", "name": "create_identityapiconnector" } -->

Each request's operation comes from its method and path; each response is paired with the
request before it and checked against that operation and its status line; a request's query
string is checked against the operation's query parameters. A response whose metadata says
"truncated": true may leave members out, but what it shows must be right. A docs placeholder
in a body ("https://graph.microsoft.com/v1.0/identity/apiConnectors/{id}") is checked with an
id stood in for it, so the rest of the value must be right. An example of an operation outside
the contract (a user flow's identityProviders) is skipped, but the objects in it whose
"@odata.type" is a contract type (an expanded connector, its authenticationConfiguration) are
checked.

  FILE.md              a Markdown page, "-" for stdin, a directory (its .md files) or a quoted glob
  --format, -f FORMAT  text (default), json, github (workflow annotations; alias github-actions),
                       junit (XML) or sarif (SARIF 2.1.0, for code scanning)
  --output FILE        write the report to FILE and the text report to stdout (one run, two audiences)
  --verbose            the text format lists passing examples too
  --fail-on-empty      exit 1 when nothing was checked (no example of a contract operation)
  --quiet              report errors only, not warnings
  --max-problems N     report at most N findings (the exit code still counts them all)
  --no-color, --color  colours off or on, whatever the terminal, NO_COLOR or FORCE_COLOR say
  --version            the package's version
  --help, -h           this help

Exit codes: 0 every example conforms (or nothing was checked: reported as such, exit 1 with
--fail-on-empty), 1 at least one does not, 2 the command could not run as asked.`;

function parse(argv: readonly string[]) {
  return parseCommandArgs(
    "check-docs",
    argv,
    {
      ...REPORT_FLAGS,
      "fail-on-empty": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    true,
  );
}

export async function runCheckDocs(argv: string[], io: ProcessIO): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(`${CHECK_DOCS_USAGE}\n`);
    return EXIT_OK;
  }
  const format = formatOption(values.format);
  if (positionals.length === 0)
    throw new UsageError('give the Markdown pages to check (FILE.md...), or "-" to read stdin');
  const files = await expandInputs(positionals, { extensions: ["md", "markdown"] });
  const results: PayloadResult[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readInputBytes(file, io);
    } catch (error) {
      results.push(unreadableInputResult(error, io)); // a finding; the other pages are still checked
      continue;
    }
    const found = checkMarkdownFile(file, bytes);
    if (found.length === 0)
      io.stderr(terminalText`apiconnectors: warning: ${file.display} has no request or response example\n`);
    results.push(...found);
  }
  const failOnEmpty = values["fail-on-empty"] === true;
  return writeReport(
    { command: "check-docs", results, ...(failOnEmpty ? { failOnEmpty } : {}) },
    format,
    io,
    reportOptions(values),
  );
}
