// The mock's errors: raised while a request is handled, answered with Graph's OData error
// envelope (built in src/validate/odata-error.ts, which the proxy shares).
import type { ErrorDetail } from "../validate/odata-error.js";

export type { ErrorDetail } from "../validate/odata-error.js";

/** Raised anywhere in a request's handling; the pipeline turns it into an error response. */
export class MockError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "MockError";
  }
}

export const notFound = (id: string): MockError =>
  new MockError(
    404,
    "Request_ResourceNotFound",
    `Resource '${id.slice(0, 128)}' does not exist or one of its queried reference-property objects are not present.`,
  );

export const badRequest = (message: string, details: readonly ErrorDetail[] = []): MockError =>
  new MockError(400, "Request_BadRequest", message, details);

/** Graph's directory code for a query option or clause it does not support. */
export const unsupportedQuery = (message: string): MockError => new MockError(400, "Request_UnsupportedQuery", message);

/** A path segment, percent-decoded; 400 for an invalid percent-encoding. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new MockError(400, "BadRequest", "The request URL holds an invalid percent-encoding.");
  }
}

/** Graph's directory answers a wrong verb with this code and message (microsoft-graph-docs issue #119). */
export const methodNotAllowed = (allowed: readonly string[]): MockError =>
  new MockError(
    405,
    "Request_BadRequest",
    `Specified HTTP method is not allowed for the request target. Allowed: ${allowed.join(", ")}.`,
    [],
    { Allow: allowed.join(", ") },
  );
