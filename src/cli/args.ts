// Flag parsing shared by the commands: node:util parseArgs in strict mode, with its errors
// (unknown flag, missing value) rewritten as usage errors (exit 2) that name the flag, offer
// the closest known one and point at --help; parseArgs' own text is not shown.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { terminalText } from "./report/terminal-text.js";
import { didYouMean } from "./suggest.js";
import { UsageError } from "./usage-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
/** What parseArgs returns for these options (spelled out: declaration files must name it). */
type Parsed<T extends Options, P extends boolean> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: P; strict: true }>
>;

/** Every spelling of the options: --name and -x. */
function spellings(options: Options): string[] {
  return Object.entries(options).flatMap(([name, option]) => [
    `--${name}`,
    ...(option.short ? [`-${option.short}`] : []),
  ]);
}

/** The first flag on the command line that is not one of the options. */
function unknownFlag(argv: readonly string[], options: Options): string | undefined {
  const known = new Set(spellings(options));
  for (const arg of argv) {
    if (arg === "--") return undefined;
    if (!arg.startsWith("-") || arg === "-") continue;
    const flag = arg.startsWith("--") ? (arg.split("=")[0] ?? arg) : arg.slice(0, 2);
    if (!known.has(flag)) return flag;
  }
  return undefined;
}

function explain(error: Error & { code?: string }, argv: readonly string[], options: Options): string {
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = unknownFlag(argv, options);
    if (flag) return `${terminalText`unknown flag ${flag}`}${didYouMean(flag, spellings(options), false)}`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = /--([\w-]+)/.exec(error.message)?.[1];
    if (name && options[name]?.type === "string") return `--${name} needs a value`;
    if (name) return `--${name} takes no value`;
  }
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const arg = /'([^']*)'/.exec(error.message)?.[1];
    return terminalText`unexpected argument ${JSON.stringify(arg ?? "")}: this command takes no files`;
  }
  return terminalText`${error.message}`;
}

export function parseCommandArgs<T extends Options, P extends boolean>(
  command: string,
  argv: readonly string[],
  options: T,
  allowPositionals: P,
): Parsed<T, P> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(`${explain(error as Error, argv, options)}; run "apiconnectors ${command} --help"`);
  }
}
