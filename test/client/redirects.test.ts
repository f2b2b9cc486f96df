// A 3xx is refused with a RedirectError naming the status and where it pointed; nothing is
// sent to the Location (no token, no create body), whatever the method. Two real loopback
// servers: the one called, and the one the redirect names, which must hear nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiConnectorsClient, GraphError, REDIRECT_CODE, RedirectError } from "../../src/index.js";
import { recordingClock } from "./support/clock.js";
import { type FaultServer, startFaultServer } from "./support/fault-server.js";
import { basicCreate, CONNECTOR_ID } from "./support/fixtures.js";

let called: FaultServer;
let elsewhere: FaultServer;
beforeAll(async () => {
  [called, elsewhere] = await Promise.all([startFaultServer(), startFaultServer()]);
});
afterAll(() => Promise.all([called.close(), elsewhere.close()]));

const client = () =>
  createApiConnectorsClient({
    baseUrl: called.origin,
    token: "secret-token",
    clock: recordingClock(),
    random: () => 0,
  });

describe("redirects", () => {
  it.each([301, 302, 303, 307, 308])("refuses a %i on a read without following it", async (status) => {
    const location = `${elsewhere.origin}/v1.0/identity/apiConnectors/${CONNECTOR_ID}?sig=query-secret`;
    called.script({ status, headers: { location } });
    elsewhere.script();
    const error = await client()
      .getApiConnector(CONNECTOR_ID)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toBeInstanceOf(GraphError); // code that handles GraphError still sees it
    expect(error).toMatchObject({
      status,
      code: REDIRECT_CODE,
      location: `${elsewhere.origin}/v1.0/identity/apiConnectors/${CONNECTOR_ID}?…`,
      attempts: 1,
    });
    const { message } = error as RedirectError;
    expect(message).toContain(`answered ${status} ${REDIRECT_CODE}: redirect to ${elsewhere.origin}/v1.0/`);
    expect(message).not.toContain("query-secret");
    expect(called.requests).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
  });

  it("never re-sends a create to the Location (307 and 308 keep the method and body)", async () => {
    for (const status of [302, 307, 308]) {
      called.script({ status, headers: { location: `${elsewhere.origin}/v1.0/identity/apiConnectors` } });
      elsewhere.script();
      await expect(client().createApiConnector(basicCreate)).rejects.toMatchObject({ status, code: REDIRECT_CODE });
      expect(called.requests.map((request) => request.method)).toEqual(["POST"]);
      expect(elsewhere.requests).toEqual([]);
    }
  });

  it("names a relative Location resolved against the request, and a missing one", async () => {
    called.script({ status: 302, headers: { location: "/moved/apiConnectors" } }, { status: 302 });
    await expect(client().listApiConnectors()).rejects.toMatchObject({
      location: `${called.origin}/moved/apiConnectors`,
    });
    const missing = (await client()
      .listApiConnectors()
      .catch((caught: unknown) => caught)) as RedirectError;
    expect(missing.location).toBeUndefined();
    expect(missing.message).toContain("redirect to no Location");
  });
});
