// Exchanges for the traffic tests: a conforming create and its answer, and a builder for variations.
import type { TrafficExchange } from "../../src/traffic/index.js";

export const GRAPH = "https://graph.microsoft.com/v1.0";
export const JSON_HEADERS: Array<[string, string]> = [["Content-Type", "application/json"]];

export const CREATE_BODY = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "MyUsername",
    password: "MyPassword-secret",
  },
};

export const CREATED = {
  id: "45715bb8-13f9-4bf6-927f-ef96c102d394",
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "MyUsername",
    password: "******",
  },
};

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
