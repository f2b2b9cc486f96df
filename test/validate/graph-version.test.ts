// The Graph versions this API is served in, and the one default (src/validate/graph-version.ts).
import { describe, expect, it } from "vitest";
import { DEFAULT_GRAPH_VERSION, GRAPH_VERSIONS, isGraphVersion } from "../../src/validate/index.js";

describe("Graph versions", () => {
  it("are v1.0 (the default: the one supported in production) and beta", () => {
    expect(GRAPH_VERSIONS).toEqual(["v1.0", "beta"]);
    expect(DEFAULT_GRAPH_VERSION).toBe("v1.0");
  });
  it.each(["v1.0", "beta"])("knows %s", (version) => {
    expect(isGraphVersion(version)).toBe(true);
  });
  it.each(["V1.0", "v1", "v2.0", "", " beta", undefined, null, 1])("refuses %j", (version) => {
    expect(isGraphVersion(version)).toBe(false);
  });
});
