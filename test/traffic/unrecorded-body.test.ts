// A HAR entry whose response body the recorder did not keep (HAR 1.2: `content.text` "missing
// when the content is not available"; Playwright writes `size: -1` and no text for a body the
// page never read) is checked on its status only, never reported as "no body given". Found by
// the Playwright-recorded HAR test.
import { describe, expect, it } from "vitest";
import { checkExchange, exchangeFromHar } from "../../src/traffic/index.js";
import { GRAPH } from "./support.js";

const entry = (status: number, content: Record<string, unknown>) => ({
  startedDateTime: "2026-12-01T10:00:00.000Z",
  time: 3,
  request: { method: "GET", url: `${GRAPH}/identity/apiConnectors/abc`, headers: [] },
  response: { status, headers: [{ name: "Content-Type", value: "application/json" }], content },
});

describe("a response body the recorder did not keep", () => {
  it("is marked unrecorded when text is missing and size is not 0, and passes on a declared status", () => {
    const exchange = exchangeFromHar(entry(200, { size: -1, mimeType: "application/json" }), 0);
    expect(exchange.response).toMatchObject({ status: 200, bodyRecorded: false });
    expect(exchange.response?.body).toBeUndefined();
    expect(checkExchange(exchange)).toEqual({ operationId: "getIdentityApiConnector", findings: [] });
  });

  it("still fails an undeclared status", () => {
    const verdict = checkExchange(exchangeFromHar(entry(302, { size: -1, mimeType: "application/json" }), 0));
    expect(verdict.findings.map((f) => [f.direction, f.keyword])).toEqual([["response", "status"]]);
  });

  it("is an empty body when size says 0, which a 200 with a JSON body may not be", () => {
    const exchange = exchangeFromHar(entry(200, { size: 0, mimeType: "application/json" }), 0);
    expect(exchange.response?.bodyRecorded).toBeUndefined();
    expect(checkExchange(exchange).findings.map((f) => f.kind)).toEqual(["response-body"]);
  });
});
