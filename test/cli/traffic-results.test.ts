// One converter of traffic findings to report results, for HAR files and the proxy alike
// (src/cli/check/traffic-results.ts).
import { describe, expect, it } from "vitest";
import { trafficResults } from "../../src/cli/check/traffic-results.js";
import type { TrafficFinding } from "../../src/traffic/index.js";

const entry = { file: "run.har", index: 3, method: "post", url: "https://graph.example/v1.0/identity/apiConnectors" };
const finding = (direction: TrafficFinding["direction"], kind: string): TrafficFinding => ({
  entry: 3,
  direction,
  kind,
  message: `${kind} found`,
});
const shape = (results: ReturnType<typeof trafficResults>) =>
  results.map((r) => [r.name, r.direction, r.status, r.skipped, r.valid, r.findings.map((f) => f.severity)]);

describe("trafficResults", () => {
  const name = "entries[3] POST https://graph.example/v1.0/identity/apiConnectors";

  it("gives a checked exchange a request and a response result", () => {
    const results = trafficResults({ ...entry, operationId: "createIdentityApiConnector", responseStatus: 201 }, []);
    expect(shape(results)).toEqual([
      [name, "request", undefined, undefined, true, []],
      [name, "response", "201", undefined, true, []],
    ]);
    expect(results.every((r) => r.entry === 3 && r.operation === "createIdentityApiConnector")).toBe(true);
  });

  it("gives no response result when the response was not checked (a refusal, no response)", () => {
    expect(shape(trafficResults(entry, [finding("request", "request-body")]))).toEqual([
      [name, "request", undefined, undefined, false, ["error"]],
    ]);
  });

  it("gives an exchange outside the contract one skipped result, and its traffic findings their own", () => {
    const results = trafficResults({ ...entry, skipped: "not an operation", responseStatus: 200 }, [
      finding("traffic", "secret-in-response"),
    ]);
    expect(shape(results)).toEqual([
      [name, undefined, undefined, "not an operation", true, []],
      [name, "traffic", undefined, undefined, false, ["error"]],
    ]);
  });

  it("counts a body passed on unchecked as a warning", () => {
    const results = trafficResults({ ...entry, responseStatus: 200 }, [finding("response", "not-validated")]);
    expect(shape(results)[1]).toEqual([name, "response", "200", undefined, true, ["warning"]]);
  });
});
