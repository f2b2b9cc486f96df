// Exchanges for the traffic tests: a builder for variations of a create and its answer (the
// bodies are the Graph examples the client tests use, test/client/support/fixtures.ts).
import type { TrafficExchange } from "../../src/traffic/index.js";

export const GRAPH = "https://graph.microsoft.com/v1.0";
export const JSON_HEADERS: Array<[string, string]> = [["Content-Type", "application/json"]];

export function exchange(overrides: {
  index?: number;
  method?: string;
  url?: string;
  requestHeaders?: Array<[string, string]>;
  requestBody?: unknown;
  status?: number;
  responseHeaders?: Array<[string, string]>;
  responseBody?: unknown;
  startedAt?: number;
  durationMs?: number;
  noResponse?: boolean;
}): TrafficExchange {
  const text = (body: unknown) =>
    body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  const requestBody = text(overrides.requestBody);
  const responseBody = text(overrides.responseBody);
  return {
    index: overrides.index ?? 0,
    ...(overrides.startedAt === undefined ? {} : { startedAt: overrides.startedAt }),
    ...(overrides.durationMs === undefined ? {} : { durationMs: overrides.durationMs }),
    request: {
      method: overrides.method ?? "POST",
      url: overrides.url ?? `${GRAPH}/identity/apiConnectors`,
      headers: overrides.requestHeaders ?? (requestBody === undefined ? [] : JSON_HEADERS),
      ...(requestBody === undefined ? {} : { body: requestBody }),
    },
    ...(overrides.noResponse
      ? {}
      : {
          response: {
            status: overrides.status ?? 201,
            headers: overrides.responseHeaders ?? (responseBody === undefined ? [] : JSON_HEADERS),
            ...(responseBody === undefined ? {} : { body: responseBody }),
          },
        }),
  };
}
