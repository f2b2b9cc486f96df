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
