// TrafficRules: what only a recording shows, each rule with the case it reports and the case it must not.
import { describe, expect, it } from "vitest";
import { type TrafficExchange, TrafficRules } from "../../src/traffic/index.js";
import { BASIC_PASSWORD, basicConnector, basicCreate } from "../client/support/fixtures.js";
import { exchange, GRAPH } from "./support.js";

function run(exchanges: TrafficExchange[], rules = new TrafficRules()) {
  const findings = exchanges.flatMap((item) => rules.observe(item));
  return [...findings, ...rules.finish()];
}

const kindsOf = (findings: ReturnType<typeof run>) =>
  findings.map((finding) => [finding.entry, finding.kind, finding.pointer ?? null]);

const ID = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
const TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.sig-part";

describe("secret-in-response", () => {
  it("reports a secret member with a value, and leaves a masked one alone", () => {
    const leaked = {
      ...basicConnector,
      authenticationConfiguration: { ...basicConnector.authenticationConfiguration, password: BASIC_PASSWORD },
    };
    const findings = run([
      exchange({ index: 0, requestBody: basicCreate, responseBody: basicConnector }),
      exchange({ index: 1, requestBody: { ...basicCreate, displayName: "other" }, responseBody: leaked }),
    ]);
    expect(kindsOf(findings)).toEqual([
      [1, "secret-in-response", "/authenticationConfiguration/password"],
      [1, "secret-in-response", null],
    ]);
    expect(findings[1]?.message).toBe("the response body echoes a secret the request sent");
    expect(JSON.stringify(findings)).not.toContain(BASIC_PASSWORD);
  });

  it("reports a bearer token or the request's token in a response header or body, not the WWW-Authenticate challenge", () => {
    const findings = run([
      exchange({
        index: 3,
        method: "GET",
        url: `${GRAPH}/identity/apiConnectors`,
        requestHeaders: [["Authorization", `Bearer ${TOKEN}`]],
        status: 401,
        responseHeaders: [
          ["content-type", "application/json"],
          ["WWW-Authenticate", 'Bearer realm="graph", error="invalid_token"'],
          ["x-debug", `Bearer ${TOKEN}`],
        ],
        responseBody: { error: { code: "InvalidAuthenticationToken", message: `token ${TOKEN} expired` } },
      }),
      exchange({
        index: 4,
        method: "GET",
        url: `${GRAPH}/identity/apiConnectors`,
        requestHeaders: [["Authorization", `Bearer ${TOKEN}`]],
        status: 200,
        responseHeaders: [
          ["content-type", "application/json"],
          ["request-id", ID],
        ],
        responseBody: { value: [] },
      }),
    ]);
    expect(findings.map((finding) => [finding.entry, finding.message])).toEqual([
      [3, 'the response header "x-debug" carries a bearer token'],
      [3, "the response body echoes a secret the request sent"],
    ]);
    expect(JSON.stringify(findings)).not.toContain(TOKEN.slice(0, 12));
  });

  it("reports a secret in the response of any operation of the contract, skips other APIs", () => {
    const findings = run([
      exchange({ method: "GET", url: `${GRAPH}/users`, status: 200, responseBody: { password: "leaked-pass" } }),
    ]);
    expect(findings).toEqual([]);
  });
});

describe("duplicate-create", () => {
  it("reports a create sent again with the same body after the first got no 2xx", () => {
    const findings = run([
      exchange({
        index: 0,
        requestBody: basicCreate,
        status: 504,
        responseBody: { error: { code: "GatewayTimeout", message: "x" } },
      }),
      exchange({ index: 1, requestBody: basicCreate, noResponse: true }),
      exchange({ index: 2, requestBody: basicCreate, responseBody: basicConnector }),
    ]);
    expect(kindsOf(findings)).toEqual([
      [1, "duplicate-create", null],
      [2, "duplicate-create", null],
    ]);
    expect(findings[0]?.message).toContain(
      `this create repeats entries[0] (POST ${GRAPH}/identity/apiConnectors) with the same body after it got status 504`,
    );
    expect(findings[1]?.message).toContain("after it got no response");
    expect(findings[0]?.direction).toBe("traffic");
  });

  it("does not report a create after a 2xx one, nor creates with different bodies", () => {
    expect(
      run([
        exchange({ index: 0, requestBody: basicCreate, responseBody: basicConnector }),
        exchange({ index: 1, requestBody: basicCreate, responseBody: basicConnector }),
        exchange({
          index: 2,
          requestBody: { ...basicCreate, displayName: "B" },
          status: 503,
          responseBody: { error: { code: "x", message: "y" } },
        }),
        exchange({ index: 3, requestBody: { ...basicCreate, displayName: "C" }, responseBody: basicConnector }),
      ]),
    ).toEqual([]);
  });
});

describe("retry-after-ignored", () => {
  const throttled = (index: number, startedAt: number, retryAfter: string) =>
    exchange({
      index,
      method: "GET",
      url: `${GRAPH}/identity/apiConnectors`,
      startedAt,
      durationMs: 100,
      status: 429,
      responseHeaders: [
        ["content-type", "application/json"],
        ["Retry-After", retryAfter],
      ],
      responseBody: { error: { code: "TooManyRequests", message: "slow down" } },
    });
  const list = (index: number, startedAt: number) =>
    exchange({
      index,
      method: "GET",
      url: `${GRAPH}/identity/apiConnectors`,
      startedAt,
      status: 200,
      responseBody: { value: [] },
    });

  it("reports the same call sent sooner than Retry-After (seconds or an HTTP date) asked", () => {
    const t = Date.UTC(2026, 0, 1, 12, 0, 0);
    const findings = run([
      throttled(0, t, "5"),
      list(1, t + 2_100),
      throttled(2, t + 10_000, "Thu, 01 Jan 2026 12:00:20 GMT"),
      list(3, t + 15_000),
    ]);
    expect(findings.map((finding) => [finding.entry, finding.kind, finding.message])).toEqual([
      [
        1,
        "retry-after-ignored",
        expect.stringContaining("came 2000 ms after its status 429, which asked (Retry-After) to wait 5000 ms"),
      ],
      [3, "retry-after-ignored", expect.stringContaining("which asked (Retry-After) to wait 9900 ms")],
    ]);
  });

  it("does not report a retry that waited, another call, or a recording without times", () => {
    const t = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(run([throttled(0, t, "2"), list(1, t + 2_100)])).toEqual([]);
    expect(
      run([
        throttled(0, t, "30"),
        exchange({
          index: 1,
          method: "GET",
          url: `${GRAPH}/identity/apiConnectors?$top=1`,
          startedAt: t + 200,
          status: 200,
          responseBody: { value: [] },
        }),
      ]),
    ).toEqual([]);
    const untimed = { ...throttled(0, t, "30") };
    delete untimed.startedAt;
    expect(run([untimed, list(1, t)])).toEqual([]);
  });
});

describe("client-request-id-reused", () => {
  const get = (index: number, id: string, requestId: string) =>
    exchange({
      index,
      method: "GET",
      url: `${GRAPH}/identity/apiConnectors/${id}`,
      requestHeaders: [["client-request-id", requestId]],
      status: 200,
      responseBody: { ...basicConnector, id },
    });

  it("reports one client-request-id on different calls, not on the retries of one call", () => {
    const findings = run([get(0, "a", ID), get(1, "a", ID), get(2, "b", ID.toUpperCase()), get(3, "c", "other-id")]);
    expect(kindsOf(findings)).toEqual([[2, "client-request-id-reused", null]]);
    expect(findings[0]?.message).toBe(
      `the client-request-id of entries[0] (GET ${GRAPH}/identity/apiConnectors/a) is sent again on a different call: send a new one per logical call (only its retries repeat it)`,
    );
  });

  it("forgets the oldest calls past maxTracked", () => {
    const rules = new TrafficRules({ maxTracked: 1 });
    expect(run([get(0, "a", ID), get(1, "b", "x"), get(2, "c", ID)], rules)).toEqual([]);
  });
});
