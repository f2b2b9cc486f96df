// --pid-file and --ready-file of a command that runs until it is stopped (mock, proxy): a CI script
// starts it in the background, waits for the ready file, reads the base URL from it and stops
// the server by the PID in the pid file (its own, not that of npm exec or a shell wrapper).
// Each file is written whole under a temporary name and renamed (rename(2) is atomic within a
// directory), so a reader polling for it never sees half a line; both go when the server stops.
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { terminalText } from "./report/terminal-text.js";
import { UsageError } from "./usage-error.js";

export interface RunFiles {
  /** Written with this process's PID once the server listens. */
  pidFile?: string | undefined;
  /** Written with the base URL once the server listens, after the pid file. */
  readyFile?: string | undefined;
}

function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(terminalText`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? "unwritable"}`);
  }
}

/** Writes the pid file, then the ready file; returns what removes them. A file that cannot be written is a usage error. */
export function writeRunFiles(files: RunFiles, baseUrl: string): () => void {
  const written: string[] = [];
  const remove = () => {
    for (const file of written) rmSync(file, { force: true });
  };
  try {
    if (files.pidFile !== undefined) {
      writeWhole(files.pidFile, `${process.pid}\n`);
      written.push(files.pidFile);
    }
    if (files.readyFile !== undefined) {
      writeWhole(files.readyFile, `${baseUrl}\n`);
      written.push(files.readyFile);
    }
  } catch (error) {
    remove();
    throw error;
  }
  return remove;
}
