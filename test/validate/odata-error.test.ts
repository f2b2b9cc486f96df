// The OData error envelope every server of the project answers with (the mock, the proxy):
// Graph's shape, its zone-less innerError date, and at most 100 details (the schema's maxItems).
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../src/validate/index.js";
import { graphDate, odataErrorEnvelope } from "../../src/validate/odata-error.js";

const NOW = Date.UTC(2021, 10, 30, 12, 17, 46, 789);
const detail = (index: number) => ({ code: "invalid", message: `detail ${index}`, target: `/x/${index}` });

describe("graphDate", () => {
  it("writes the time as Graph does: seconds, no fraction, no zone", () => {
    expect(graphDate(NOW)).toBe("2021-11-30T12:17:46");
  });
});

describe("odataErrorEnvelope", () => {
  it("carries code, message and both request ids, and no details when there are none", () => {
    expect(
      odataErrorEnvelope({ code: "Request_BadRequest", message: "bad" }, { requestId: "r", clientRequestId: "c" }, NOW),
    ).toEqual({
      error: {
        code: "Request_BadRequest",
        message: "bad",
        innerError: { date: "2021-11-30T12:17:46", "request-id": "r", "client-request-id": "c" },
      },
    });
  });
  it("leaves client-request-id out when the request sent none, and an empty details list out", () => {
    const envelope = odataErrorEnvelope({ code: "c", message: "m", details: [] }, { requestId: "r" }, NOW);
    expect(envelope).toEqual({
      error: { code: "c", message: "m", innerError: { date: "2021-11-30T12:17:46", "request-id": "r" } },
    });
  });
  it("keeps up to 100 details as given, copied", () => {
    const details = Array.from({ length: 100 }, (_, index) => detail(index));
    const envelope = odataErrorEnvelope({ code: "c", message: "m", details }, { requestId: "r" }, NOW);
    expect(envelope.error.details).toEqual(details);
    expect(envelope.error.details?.[0]).not.toBe(details[0]);
  });
  it("ends a longer list with the count of the rest, within the schema's 100", () => {
    const details = Array.from({ length: 102 }, (_, index) => detail(index));
    const envelope = odataErrorEnvelope({ code: "c", message: "m", details }, { requestId: "r" }, NOW);
    expect(envelope.error.details).toHaveLength(100);
    expect(envelope.error.details?.[98]).toEqual(detail(98));
    expect(envelope.error.details?.[99]).toEqual({ code: "moreIssues", message: "3 more not shown" });
    expect(validateResponse("getIdentityApiConnector", 400, envelope)).toEqual({ valid: true, issues: [] });
  });
});
