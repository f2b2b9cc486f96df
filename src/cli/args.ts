// Flag parsing shared by the commands: node:util parseArgs in strict mode, with its errors
// (unknown flag, missing value) turned into usage errors (exit 2) that point at --help.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { terminalText } from "./report/terminal-text.js";
import { UsageError } from "./usage-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
/** What parseArgs returns for these options (spelled out: declaration files must name it). */
type Parsed<T extends Options, P extends boolean> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: P; strict: true }>
>;

export function parseCommandArgs<T extends Options, P extends boolean>(
  command: string,
  argv: readonly string[],
  options: T,
  allowPositionals: P,
): Parsed<T, P> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(terminalText`${(error as Error).message}; run "apiconnectors ${command} --help"`);
  }
}
