// The mock's connector limit (maxConnectors, --max-connectors): creates beyond it are answered
// 400 Directory_QuotaExceeded, seed data beyond it is refused, and concurrent creates cannot
// pass it while their certificates are being read.
import { describe, expect, it } from "vitest";
import { MockDataError, startMockServer } from "../../src/mock/index.js";
import { connectorsFromData } from "../../src/mock/seed-data.js";
import { fixture } from "./support/certificates.js";
import { basicConnector, CONNECTORS, call, startTestMock } from "./support/mock-http.js";

const seeded = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}` }));

describe("the connector limit", () => {
  it("answers a create beyond it with 400 Directory_QuotaExceeded, and takes one again after a delete", async () => {
    const mock = await startTestMock({ maxConnectors: 2 });
    try {
      const first = await call(mock, "POST", CONNECTORS, { body: basicConnector("one") });
      expect((await call(mock, "POST", CONNECTORS, { body: basicConnector("two") })).status).toBe(201);
      const refused = await call(mock, "POST", CONNECTORS, { body: basicConnector("three") });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe("Directory_QuotaExceeded");
      expect(refused.body.error.message).toBe(
        "The mock holds 2 connectors, its limit (maxConnectors, --max-connectors); delete some first.",
      );
      expect(mock.connectors().map((connector) => connector.displayName)).toEqual(["one", "two"]);

      expect((await call(mock, "DELETE", `${CONNECTORS}/${first.body.id}`)).status).toBe(204);
      expect((await call(mock, "POST", CONNECTORS, { body: basicConnector("three") })).status).toBe(201);
    } finally {
      await mock.close();
    }
  });

  it("takes no create at 0", async () => {
    const mock = await startTestMock({ maxConnectors: 0 });
    try {
      const refused = await call(mock, "POST", CONNECTORS, { body: basicConnector() });
      expect(refused.body.error.code).toBe("Directory_QuotaExceeded");
    } finally {
      await mock.close();
    }
  });

  it("holds up to 100,000 connectors by default", async () => {
    expect(() => connectorsFromData(seeded(100_001))).toThrow(
      "(root): holds 100001 connectors, more than the mock's limit of 100000 (raise it with maxConnectors, --max-connectors N)",
    );
    expect(connectorsFromData(seeded(100_000))).toHaveLength(100_000);
  });

  it("refuses seed data beyond it, at start and on reset", async () => {
    const error = await startMockServer({ data: { value: seeded(3) }, maxConnectors: 2 }).catch((caught) => caught);
    expect(error).toBeInstanceOf(MockDataError);
    expect((error as MockDataError).issues).toEqual([
      {
        pointer: "/value",
        message:
          "holds 3 connectors, more than the mock's limit of 2 (raise it with maxConnectors, --max-connectors N)",
      },
    ]);

    const mock = await startTestMock({ data: seeded(2), maxConnectors: 2 });
    try {
      expect(() => mock.reset(seeded(3))).toThrow(MockDataError);
      expect(mock.connectors()).toHaveLength(2);
    } finally {
      await mock.close();
    }
  });

  it("is not passed by concurrent creates whose certificates are read meanwhile", async () => {
    const mock = await startTestMock({ maxConnectors: 1 });
    const { pkcs12Value, password } = fixture("current-aes.pfx");
    const body = {
      displayName: "with a certificate",
      targetUrl: "https://someapi.com/api",
      authenticationConfiguration: { "@odata.type": "#microsoft.graph.pkcs12Certificate", pkcs12Value, password },
    };
    try {
      const answers = await Promise.all([1, 2, 3].map(() => call(mock, "POST", CONNECTORS, { body })));
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400, 400]);
      expect(mock.connectors()).toHaveLength(1);
    } finally {
      await mock.close();
    }
  });
});
