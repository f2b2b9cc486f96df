// Reads a rejected fetch. The Fetch standard reports every network failure as a TypeError;
// Node's fetch (undici) puts the system error in `cause`. Only a failure while connecting
// proves the request never left: after that, Graph may have received it.

// Errors raised before a connection exists (DNS, refused, unreachable, connect timeout).
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);

function codesOf(error: unknown, depth = 0): string[] {
  if (depth > 4 || error === null || typeof error !== "object") return [];
  const codes: string[] = [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string") codes.push(code);
  if (Array.isArray(errors)) for (const inner of errors) codes.push(...codesOf(inner, depth + 1)); // happy-eyeballs AggregateError
  codes.push(...codesOf(cause, depth + 1));
  return codes;
}

export interface NetworkFailure {
  /** False only when the request provably never reached the server. */
  sent: boolean;
  /** A short description: the innermost message and its code. */
  message: string;
}

/** A NetworkFailure for a fetch rejection that is a network error, else undefined (rethrow it). */
export function readNetworkFailure(error: unknown): NetworkFailure | undefined {
  if (!(error instanceof TypeError)) return undefined;
  const codes = codesOf(error);
  let innermost: unknown = error;
  const seen = new Set<unknown>([error]); // a cause chain can loop back on itself
  while (innermost instanceof Error && innermost.cause instanceof Error && !seen.has(innermost.cause)) {
    innermost = innermost.cause;
    seen.add(innermost);
  }
  const text = innermost instanceof Error && innermost.message ? innermost.message : error.message;
  const code = codes[codes.length - 1];
  return {
    sent: !(codes.length > 0 && codes.every((c) => NOT_SENT_CODES.has(c))),
    message: code && !text.includes(code) ? `${text} (${code})` : text,
  };
}
