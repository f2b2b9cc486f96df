#!/usr/bin/env node
// The `apiconnectors` command. Every failure ends in a one-line message and an exit code,
// never a stack trace: 0 conforms, 1 does not conform, 2 could not run as asked, 3 a bug.
import { runValidate, VALIDATE_USAGE } from "./validate-command.js";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UsageError } from "./usage-error.js";

const USAGE = `Usage: apiconnectors <command> [options]

Commands:
  validate   validate request or response payloads against the contract

Run "apiconnectors <command> --help" for a command's options.

${VALIDATE_USAGE}`;

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
};

function run(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case "validate":
      return runValidate(rest, io);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout(`${USAGE}\n`);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    default:
      throw new UsageError(`unknown command "${command}"; run "apiconnectors --help"`);
  }
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    io.stderr(`apiconnectors: ${error.message}\n`);
    process.exitCode = EXIT_USAGE;
  } else {
    // A bug of ours: say so in one line rather than print a stack trace.
    io.stderr(`apiconnectors: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_INTERNAL;
  }
}
