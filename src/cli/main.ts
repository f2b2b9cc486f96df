#!/usr/bin/env node
// The `apiconnectors` command. Every failure ends in a one-line message and an exit code,
// never a stack trace: 0 conforms, 1 does not conform, 2 could not run as asked, 3 a bug.
import { MissingPeerError, requirePeers } from "../peers/index.js";
import { COMMANDS } from "./commands.js";
import { processIO } from "./io.js";
import { terminalText } from "./report/terminal-text.js";
import { didYouMean } from "./suggest.js";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UsageError } from "./usage-error.js";

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: apiconnectors <command> [options]

Commands:
${lines.join("\n")}

Run "apiconnectors <command> --help" for a command's options.
Exit codes: 0 every payload conforms, 1 at least one does not, 2 the command could not run as asked.
`;
}

function beforeDoubleDash(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf("--");
  return end === -1 ? argv : argv.slice(0, end);
}

/** Whether the command line asks for GitHub workflow commands (--format github or github-actions). */
function wantsGithubFormat(argv: readonly string[]): boolean {
  const args = beforeDoubleDash(argv);
  return args.some((arg, i) => {
    const value = arg === "--format" || arg === "-f" ? args[i + 1] : /^(?:--format=|-f=?)(.+)$/.exec(arg)?.[1];
    return value === "github" || value === "github-actions";
  });
}

async function run(argv: string[]): Promise<number> {
  const io = processIO();
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    if (name === undefined) {
      io.stderr(usage());
      return EXIT_USAGE;
    }
    io.stdout(usage());
    return EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  // --version on any command (before a "--"), as in most CLIs; -v only on its own.
  const versionAsked = command && beforeDoubleDash(rest).includes("--version");
  if (name === "--version" || name === "-v" || versionAsked) {
    const { PACKAGE_VERSION } = await import("../client/version.js");
    io.stdout(`${PACKAGE_VERSION}\n`);
    return EXIT_OK;
  }
  if (!command) {
    const names = Object.keys(COMMANDS);
    throw new UsageError(
      `${terminalText`unknown command "${name}"`}${didYouMean(name, names)}; commands: ${names.join(", ")}`,
    );
  }
  requirePeers(command.peers, name);
  return (await command.load())(rest, io);
}

// A reader that goes away early (`apiconnectors validate … | head`) is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
  process.stderr.write(`apiconnectors: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(EXIT_INTERNAL);
});

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // A usage error, or a peer dependency the command needs that is not installed: exit 2.
  if (error instanceof UsageError || error instanceof MissingPeerError) {
    process.stderr.write(`apiconnectors: ${error.message}\n`);
    // Under --format github the job's annotations show the usage error too, not only its log.
    if (wantsGithubFormat(process.argv.slice(2))) {
      const { escapeData } = await import("./report/github.js");
      process.stdout.write(`::error title=apiconnectors::${escapeData(error.message)}\n`);
    }
    process.exitCode = EXIT_USAGE;
  } else {
    // A bug of ours: say so in one line rather than print a stack trace.
    process.stderr.write(
      terminalText`apiconnectors: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = EXIT_INTERNAL;
  }
}
