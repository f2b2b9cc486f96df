// The mock's options are checked in one place (mock/options.ts), for startMockServer and the CLI.
import { describe, expect, it } from "vitest";
import { MockOptionError, startMockServer } from "../../src/mock/index.js";
import { checkMockOptions, expectedOf } from "../../src/mock/options.js";

describe("checkMockOptions", () => {
  it("fills in the defaults (v1.0, the one default; a page of 100; 100,000 connectors; any free port)", () => {
    expect(checkMockOptions({})).toEqual({
      port: 0,
      pageSize: 100,
      maxConnectors: 100_000,
      version: "v1.0",
      seed: undefined,
    });
  });
  it("keeps what is in range", () => {
    expect(
      checkMockOptions({ port: 65535, pageSize: 999, maxConnectors: 1_000_000, version: "beta", seed: 0xffffffff }),
    ).toEqual({
      port: 65535,
      pageSize: 999,
      maxConnectors: 1_000_000,
      version: "beta",
      seed: 0xffffffff,
    });
  });
  it.each([
    [{ port: -1 }, "port", "port must be a whole number from 0 to 65535, got -1"],
    [{ port: 65536 }, "port", "port must be a whole number from 0 to 65535, got 65536"],
    [{ pageSize: 0 }, "pageSize", "pageSize must be a whole number from 1 to 999, got 0"],
    [{ pageSize: 1000 }, "pageSize", "pageSize must be a whole number from 1 to 999, got 1000"],
    [{ pageSize: 1.5 }, "pageSize", "pageSize must be a whole number from 1 to 999, got 1.5"],
    [{ maxConnectors: -1 }, "maxConnectors", "maxConnectors must be a whole number from 0 to 1000000, got -1"],
    [
      { maxConnectors: 1_000_001 },
      "maxConnectors",
      "maxConnectors must be a whole number from 0 to 1000000, got 1000001",
    ],
    [{ maxConnectors: 2.5 }, "maxConnectors", "maxConnectors must be a whole number from 0 to 1000000, got 2.5"],
    [{ seed: 2 ** 32 }, "seed", "seed must be a whole number from 0 to 4294967295, got 4294967296"],
    [{ version: "v2.0" }, "version", 'version must be v1.0 or beta, got "v2.0"'],
  ])("refuses %j, naming the option", (options, option, message) => {
    let error: unknown;
    try {
      checkMockOptions(options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MockOptionError);
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({ option, message });
  });
  it("words what an option takes for the CLI's flags", () => {
    expect(expectedOf("pageSize")).toBe("a whole number from 1 to 999");
    expect(expectedOf("version")).toBe("v1.0 or beta");
    expect(expectedOf("maxConnectors")).toBe("a whole number from 0 to 1000000");
  });
});

describe("startMockServer", () => {
  it("refuses an option out of range before it listens", async () => {
    await expect(startMockServer({ pageSize: 0 })).rejects.toThrow(MockOptionError);
    await expect(startMockServer({ maxConnectors: -1 })).rejects.toThrow(MockOptionError);
  });
  it("serves v1.0 by default", async () => {
    const mock = await startMockServer();
    try {
      expect(mock.baseUrl).toBe(`${mock.url}/v1.0`);
    } finally {
      await mock.close();
    }
  });
});
