// What the commands that run a server until stopped share (mock, proxy): the first SIGINT or
// SIGTERM as a promise, and a failure to listen as a usage error that says what to change.
import { terminalText } from "./report/terminal-text.js";
import { UsageError } from "./usage-error.js";

export function listenError(error: unknown, port: number, host: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE")
    return new UsageError(
      terminalText`port ${port} on ${host} is already in use; choose another with --port (0 picks a free one)`,
    );
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND" || code === "EAI_AGAIN")
    return new UsageError(terminalText`cannot listen on host "${host}": no such local address`);
  if (code === "EACCES") return new UsageError(`no permission to listen on port ${port}; use a port above 1023`);
  return error instanceof Error ? error : new Error(String(error));
}

/** Resolves on the first SIGINT or SIGTERM, and stops listening for both. */
export function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
