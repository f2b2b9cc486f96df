// Seed data: the shape Graph returns (an array, or a saved list response), checked against
// the spec with pointers into the data, and never echoing a secret.
import { describe, expect, it } from "vitest";
import { MockDataError, startMockServer } from "../../src/mock/index.js";
import { connectorsFromData } from "../../src/mock/seed-data.js";
import { startTestMock, TEST_NOW_SECONDS } from "./support/mock-http.js";

const basic = { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u", password: "******" };

describe("seed data", () => {
  it("takes a saved list response and keeps only what Graph's type declares", () => {
    const saved = {
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors",
      value: [
        {
          id: "a",
          displayName: "A",
          targetUrl: "https://a.example",
          authenticationConfiguration: basic,
          unknownMember: 1,
        },
        { id: "b" },
      ],
    };
    expect(connectorsFromData(saved)).toEqual([
      {
        id: "a",
        displayName: "A",
        targetUrl: "https://a.example",
        authentication: { kind: "basicAuthentication", username: "u", passwordSet: true },
      },
      { id: "b", displayName: null, targetUrl: null, authentication: null },
    ]);
  });

  it.each([
    ["a string", "connectors", [""]],
    ["an object without value", { connectors: [] }, ["/value"]],
    ["a connector without id", [{ displayName: "x" }], ["/0/id"]],
    [
      "a plain-text password",
      [{ id: "a", authenticationConfiguration: { ...basic, password: "Seed-Secret-1" } }],
      ["/0/authenticationConfiguration/password"],
    ],
    [
      "a request-only pkcs12Certificate",
      {
        value: [
          {
            id: "a",
            authenticationConfiguration: {
              "@odata.type": "#microsoft.graph.pkcs12Certificate",
              pkcs12Value: "AAAA",
              password: "Seed-Secret-1",
            },
          },
        ],
      },
      ["/value/0/authenticationConfiguration/@odata.type"],
    ],
    ["ids that differ only in case", [{ id: "abc" }, { id: "ABC" }], ["/1/id"]],
    ["an http target", [{ id: "a", targetUrl: "http://a.example" }], ["/0/targetUrl"]],
  ])("refuses %s, naming the pointer", (_name, data, pointers) => {
    let error: unknown;
    try {
      connectorsFromData(data);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MockDataError);
    const issues = (error as MockDataError).issues;
    expect(issues.map((issue) => issue.pointer)).toEqual(pointers);
    expect(JSON.stringify(issues)).not.toContain("Seed-Secret-1");
    expect((error as Error).message).not.toContain("Seed-Secret-1");
  });

  it("makes startMockServer reject before it listens", async () => {
    await expect(startMockServer({ data: [{ displayName: "no id" }] })).rejects.toThrow(MockDataError);
  });

  it("works out isActive again instead of trusting the data", async () => {
    const certificate = (thumbprint: string, isActive: boolean) => ({
      thumbprint,
      notBefore: TEST_NOW_SECONDS - 10,
      notAfter: TEST_NOW_SECONDS + 10,
      isActive,
    });
    const mock = await startTestMock({
      data: [
        {
          id: "c",
          authenticationConfiguration: {
            "@odata.type": "#microsoft.graph.clientCertificateAuthentication",
            certificateList: [certificate("AA", true), certificate("BB", false)],
          },
        },
      ],
    });
    try {
      const [connector] = mock.connectors();
      const list = (
        connector!.authenticationConfiguration as { certificateList: { thumbprint: string; isActive: boolean }[] }
      ).certificateList;
      expect(list.map(({ thumbprint, isActive }) => [thumbprint, isActive])).toEqual([
        ["AA", false],
        ["BB", true],
      ]);
    } finally {
      await mock.close();
    }
  });
});
