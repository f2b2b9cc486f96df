// What a command may touch of the process: its output streams, stdin, the environment and
// whether each stream is a terminal. Commands take it as a parameter so that tests and other
// hosts can run them without a real process.
import { isatty } from "node:tty";

/** The minimum a command needs: somewhere to write results and diagnostics. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** What `main.ts` hands every command. */
export interface ProcessIO extends CommandIO {
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Stdin's chunks (read asynchronously, so a non-blocking pipe never fails with EAGAIN). */
  stdin: () => AsyncIterable<Uint8Array>;
}

/** A command: parses its own arguments and returns its exit code. */
export type CommandRun = (argv: string[], io: ProcessIO) => number | Promise<number>;

/**
 * A ProcessIO with no process behind it: it writes nothing, no stream is a terminal, and its
 * stdin cannot be read, unless `overrides` say otherwise (a validate worker's; tests').
 */
export function detachedIO(overrides: Partial<ProcessIO> = {}): ProcessIO {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    stdin: () => {
      throw new Error("this command reads no stdin here");
    },
    ...overrides,
  };
}

export function processIO(): ProcessIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    // isatty(0) rather than process.stdin.isTTY, which creates stdin's stream (5 ms of every
    // run's start-up) though most runs read files.
    stdinIsTTY: isatty(0),
    stdin: () => process.stdin,
  };
}
