/** The command could not run as asked (unknown flag or operation, unreadable file): exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
/** A bug of ours, reported in one line rather than a stack trace. */
export const EXIT_INTERNAL = 3;
