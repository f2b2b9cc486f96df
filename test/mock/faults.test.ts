// Fault injection: the spec syntax, seeded draws that replay, Retry-After, scripted faults,
// and what a fault does to the state. Every fault answer is checked against the spec by `call`.
import { describe, expect, it } from "vitest";
import { FaultInjector, type FaultRule, FaultSpecError, parseFaults } from "../../src/mock/faults.js";
import { seededRandom } from "../../src/mock/random.js";
import { basicConnector, CONNECTORS, call, startTestMock } from "./support/mock-http.js";

describe("parseFaults", () => {
  it.each<[string, FaultRule[]]>([
    ["429:0.2", [{ status: 429, share: 0.2 }]],
    [
      "429:0.2,503:0.1",
      [
        { status: 429, share: 0.2 },
        { status: 503, share: 0.1 },
      ],
    ],
    [
      " 429:20% , 500:5% ",
      [
        { status: 429, share: 0.2 },
        { status: 500, share: 0.05 },
      ],
    ],
    ["429:.5:0", [{ status: 429, share: 0.5, retryAfterSeconds: 0 }]],
    ["503:1:none", [{ status: 503, share: 1, retryAfterSeconds: null }]],
    ["504:0.1:30", [{ status: 504, share: 0.1, retryAfterSeconds: 30 }]],
  ])("reads %j", (spec, want) => {
    expect(parseFaults(spec)).toEqual(want);
  });

  it.each([
    ["", /no fault rules/],
    ["429", /STATUS:SHARE/],
    ["404:0.1", /status must be one of 429, 500, 503, 504/],
    ["429:abc", /not a share/],
    ["429:1.5", /between 0 and 1/],
    ["429:150%", /between 0 and 1/],
    ["429:0.6,503:0.6", /add up to 120%/],
    ["429:0.1,429:0.2", /given twice/],
    ["429:0.1:-1", /whole seconds/],
    ["429:0.1:99999", /0 to 3600/],
    ["429:0.1:1:2", /STATUS:SHARE/],
  ])("refuses %j", (spec, message) => {
    expect(() => parseFaults(spec)).toThrow(FaultSpecError);
    expect(() => parseFaults(spec)).toThrow(message);
  });
});

describe("FaultInjector", () => {
  it("draws each fault in about its share, the same way for the same seed", () => {
    const statuses = (seed: number) => {
      const injector = new FaultInjector(parseFaults("429:0.2,503:0.1"), seededRandom(seed));
      return Array.from({ length: 10_000 }, () => injector.next()?.status ?? 200);
    };
    const run = statuses(1234);
    expect(statuses(1234)).toEqual(run);
    expect(statuses(4321)).not.toEqual(run);
    const share = (status: number) => run.filter((drawn) => drawn === status).length / run.length;
    expect(share(429)).toBeCloseTo(0.2, 1);
    expect(share(503)).toBeCloseTo(0.1, 1);
    expect(share(200)).toBeCloseTo(0.7, 1);
  });

  it("refuses a scripted fault it cannot send", () => {
    const injector = new FaultInjector([], seededRandom(1));
    expect(() => injector.failNext({ status: 404 as 429 })).toThrow(/status must be one of/);
    expect(() => injector.failNext({ status: 429, times: 0 })).toThrow(/times must be/);
  });
});

describe("faults over HTTP", () => {
  const statusesOf = async (seed: number) => {
    const mock = await startTestMock({ faults: "429:0.3,503:0.2", seed });
    try {
      const statuses = [];
      for (let i = 0; i < 30; i++) statuses.push((await call(mock, "GET", CONNECTORS)).status);
      return statuses;
    } finally {
      await mock.close();
    }
  };

  it("replays the same faults for the same seed", async () => {
    const first = await statusesOf(99);
    expect(await statusesOf(99)).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 429, 503]));
  });

  it.each([
    ["429:1", 429, "TooManyRequests", "1"],
    ["429:1:0", 429, "TooManyRequests", "0"],
    ["503:1", 503, "serviceNotAvailable", "1"],
    ["503:1:none", 503, "serviceNotAvailable", null],
    ["500:1", 500, "generalException", null],
    ["504:1", 504, "GatewayTimeout", null],
  ])("answers %s with %i %s and Retry-After %s", async (faults, status, code, retryAfter) => {
    const mock = await startTestMock({ faults });
    try {
      const answer = await call(mock, "GET", `${CONNECTORS}?$top=1`, {
        headers: { "client-request-id": "6f1d2b7a-3c4e-4f5a-8b9c-0d1e2f3a4b5c" },
      });
      expect(answer.status).toBe(status);
      expect(answer.body.error.code).toBe(code);
      expect(answer.headers.get("retry-after")).toBe(retryAfter);
      expect(answer.headers.get("client-request-id")).toBe("6f1d2b7a-3c4e-4f5a-8b9c-0d1e2f3a4b5c");
      expect(answer.body.error.innerError["client-request-id"]).toBe("6f1d2b7a-3c4e-4f5a-8b9c-0d1e2f3a4b5c");
    } finally {
      await mock.close();
    }
  });

  it("scripts faults for the next requests, before any random draw", async () => {
    const mock = await startTestMock();
    try {
      mock.failNext({ status: 429, retryAfterSeconds: 0, times: 2 });
      mock.failNext({ status: 503 });
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await call(mock, "GET", CONNECTORS));
      expect(answers.map((answer) => answer.status)).toEqual([429, 429, 503, 200]);
      expect(answers.map((answer) => answer.headers.get("retry-after"))).toEqual(["0", "0", "1", null]);
    } finally {
      await mock.close();
    }
  });

  it("leaves the state alone on a 429, but makes the change and loses the answer on a 504", async () => {
    const mock = await startTestMock();
    try {
      mock.failNext({ status: 429 });
      expect((await call(mock, "POST", CONNECTORS, { body: basicConnector("throttled") })).status).toBe(429);
      expect(mock.connectors()).toEqual([]);

      mock.failNext({ status: 504 });
      expect((await call(mock, "POST", CONNECTORS, { body: basicConnector("timed out") })).status).toBe(504);
      expect(mock.connectors().map((connector) => connector.displayName)).toEqual(["timed out"]);
    } finally {
      await mock.close();
    }
  });

  it("lets reset() drop scripted faults and restore the starting data", async () => {
    const mock = await startTestMock({ data: [{ id: "seeded", displayName: "Seeded" }] });
    try {
      await call(mock, "POST", CONNECTORS, { body: basicConnector() });
      mock.failNext({ status: 500, times: 3 });
      mock.reset();
      expect(mock.connectors().map((connector) => connector.id)).toEqual(["seeded"]);
      expect((await call(mock, "GET", CONNECTORS)).status).toBe(200);
    } finally {
      await mock.close();
    }
  });
});
