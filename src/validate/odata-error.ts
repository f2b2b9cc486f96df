// The OData error envelope Graph answers every 4XX and 5XX with (Graph docs, "Microsoft Graph
// error responses and resource types"): { error: { code, message, details?, innerError } }.
// One builder for every server of the project that answers as Graph does (the mock, the proxy).
import type { components } from "../../generated/schema.js";

export type ODataError = components["schemas"]["odataError"];

/** One finding in `error.details`; `target` is a JSON pointer into the request body. */
export interface ErrorDetail {
  code: string;
  message: string;
  target?: string;
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

export function odataErrorEnvelope(
  error: { code: string; message: string; details?: readonly ErrorDetail[] },
  ids: RequestIds,
  nowMs: number,
): ODataError {
  const all = error.details ?? [];
  const details =
    all.length > MAX_DETAILS
      ? [
          ...all.slice(0, MAX_DETAILS - 1),
          { code: "moreIssues", message: `${all.length - MAX_DETAILS + 1} more not shown` },
        ]
      : all;
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
