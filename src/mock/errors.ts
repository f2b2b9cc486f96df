// The OData error envelope Graph answers every 4XX and 5XX with (Graph docs, "Microsoft Graph
// error responses and resource types"): { error: { code, message, details?, innerError } }.
import type { components } from "../../generated/schema.js";

export type ODataError = components["schemas"]["odataError"];

/** One finding in `error.details`; `target` is a JSON pointer into the request body. */
export interface ErrorDetail {
  code: string;
  message: string;
  target?: string;
}

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

/** The ids one request carries; both appear in every error, as Graph's do. */
export interface RequestIds {
  requestId: string;
  clientRequestId?: string;
}

/** Graph writes innerError.date without a zone offset ("2021-11-30T12:17:46"). */
export function graphDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19);
}

/** The schema allows at most 100 details; longer lists end with a "more" entry. */
const MAX_DETAILS = 100;

export function odataErrorBody(error: MockError, ids: RequestIds, nowMs: number): ODataError {
  const details =
    error.details.length > MAX_DETAILS
      ? [
          ...error.details.slice(0, MAX_DETAILS - 1),
          { code: "moreIssues", message: `${error.details.length - MAX_DETAILS + 1} more not shown` },
        ]
      : error.details;
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(details.length ? { details: details.map((detail) => ({ ...detail })) } : {}),
      innerError: {
        date: graphDate(nowMs),
        "request-id": ids.requestId,
        ...(ids.clientRequestId !== undefined ? { "client-request-id": ids.clientRequestId } : {}),
      },
    },
  };
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
