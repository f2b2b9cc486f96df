// Client construction: where calls go, and configurations refused up front.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PACKAGE_VERSION } from "../../src/client/version.js";
import { type ClientOptions, createApiConnectorsClient } from "../../src/index.js";

describe("baseUrl", () => {
  const cases: { name: string; given: ClientOptions; want: string }[] = [
    {
      name: "v1.0 by default (the one default, graph-version.ts)",
      given: {},
      want: "https://graph.microsoft.com/v1.0",
    },
    { name: "beta by version", given: { version: "beta" }, want: "https://graph.microsoft.com/beta" },
    {
      name: "an explicit baseUrl wins",
      given: { version: "v1.0", baseUrl: "https://graph.microsoft.us/beta/" },
      want: "https://graph.microsoft.us/beta",
    },
    {
      name: "http to loopback (a local mock)",
      given: { baseUrl: "http://127.0.0.1:4010" },
      want: "http://127.0.0.1:4010",
    },
    { name: "http to localhost", given: { baseUrl: "http://localhost:4010/v1.0" }, want: "http://localhost:4010/v1.0" },
    {
      name: "http to 127.0.0.2 (all of 127/8 is loopback)",
      given: { baseUrl: "http://127.0.0.2:4010" },
      want: "http://127.0.0.2:4010",
    },
    { name: "http to [::1]", given: { baseUrl: "http://[::1]:4010" }, want: "http://[::1]:4010" },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(createApiConnectorsClient(given).baseUrl).toBe(want);
  });

  it("sends calls under it", async () => {
    const seen: string[] = [];
    const client = createApiConnectorsClient({
      version: "v1.0",
      token: "t",
      fetch: async (request) => {
        seen.push(`${request.method} ${request.url}`);
        return Response.json({ value: [] });
      },
    });
    await client.listApiConnectors();
    expect(seen).toEqual(["GET https://graph.microsoft.com/v1.0/identity/apiConnectors"]);
  });
});

describe("refused configurations", () => {
  const cases: { name: string; given: ClientOptions; error: RegExp }[] = [
    {
      name: "plain http to another host (the token would travel in clear)",
      given: { baseUrl: "http://graph.microsoft.com/beta" },
      error: /must use https/,
    },
    {
      name: "plain http to a name that starts like loopback",
      given: { baseUrl: "http://127.0.0.1.example" },
      error: /must use https/,
    },
    { name: "a relative baseUrl", given: { baseUrl: "/beta" }, error: /absolute URL/ },
    {
      name: "a baseUrl with a query",
      given: { baseUrl: "https://graph.microsoft.com/beta?x=1" },
      error: /query or fragment/,
    },
    { name: "both token and getToken", given: { token: "a", getToken: () => "b" }, error: /either token or getToken/ },
    { name: "a negative retry count", given: { retry: { maxRetries: -1 } }, error: /retry\.maxRetries/ },
    { name: "a zero timeout", given: { timeoutMs: 0 }, error: /timeoutMs must be/ },
    {
      name: "an unknown validate mode (from JavaScript)",
      given: { validate: "yes" as never },
      error: /validate must be one of "off", "request", "both"/,
    },
  ];
  it.each(cases)("$name", ({ given, error }) => {
    expect(() => createApiConnectorsClient(given)).toThrow(error);
  });
});

describe("User-Agent product token", () => {
  it("carries the version in package.json", () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(PACKAGE_VERSION).toBe(version);
  });
});
