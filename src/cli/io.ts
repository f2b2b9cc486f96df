// What a command may touch of the process: its output streams, stdin, the environment and
// whether each stream is a terminal. Commands take it as a parameter so that tests and other
// hosts can run them without a real process.

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

export function processIO(): ProcessIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    stdin: () => process.stdin,
  };
}
