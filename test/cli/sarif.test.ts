// The sarif format: valid against the published SARIF 2.1.0 schema (a fixture, see
// test/fixtures/sarif/SOURCE.md), one rule per kind of finding, each finding at its line and column.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/cli/check/model.js";
import { artifactUri, formatSarif } from "../../src/cli/report/sarif.js";
import { PACKAGE_VERSION } from "../../src/client/version.js";
import { error as finding, result as payloadResult, report } from "./support/reports.js";
import { sarifSchema as schema, validateSarif } from "./support/sarif-schema.js";

const result = (overrides: Parameters<typeof payloadResult>[0] = {}) =>
  payloadResult({ file: "payloads/a.json", findings: [finding()], ...overrides });

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: Record<string, number> } }[];
    }[];
  }[];
}

function sarif(given: Report): SarifLog {
  const log = JSON.parse(formatSarif(given)) as SarifLog;
  const valid = validateSarif(log);
  expect(valid ? [] : validateSarif.errors).toEqual([]);
  return log;
}

describe("sarif", () => {
  it("the schema fixture is the published file, unchanged, and it rejects what is not SARIF", () => {
    const source = readFileSync(new URL("../fixtures/sarif/SOURCE.md", import.meta.url), "utf8");
    const bytes = readFileSync(new URL("../fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url));
    expect(source).toContain(`sha256 \`${createHash("sha256").update(bytes).digest("hex")}\``);
    expect(schema.properties.version.enum).toEqual(["2.1.0"]);
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: {} }] })).toBe(false);
    expect(validateSarif({ version: "2.0.0", runs: [] })).toBe(false);
  });

  it("an empty report is a valid log with one run and no results", () => {
    const log = sarif(report());
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]?.tool.driver).toMatchObject({ name: "apiconnectors", version: PACKAGE_VERSION, rules: [] });
    expect(log.runs[0]?.results).toEqual([]);
  });

  it("one rule per kind of finding, each result pointing at its rule, file, line and column", () => {
    const log = sarif(
      report(
        result({
          findings: [
            finding(),
            finding({ keyword: "required", pointer: "/displayName", message: "is missing", line: 1, column: 1 }),
          ],
        }),
        result({ file: "payloads/b.json", findings: [finding({ line: 7, column: 2 })] }),
        result({
          file: "payloads/c.json",
          valid: true,
          findings: [finding({ keyword: "encoding", severity: "warning", pointer: "", message: "byte order mark" })],
        }),
      ),
    );
    const run = log.runs[0];
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(["pattern", "required", "encoding"]);
    expect(
      run?.results.map((r) => [
        r.ruleId,
        run.tool.driver.rules[r.ruleIndex]?.id,
        r.level,
        r.locations[0]?.physicalLocation.artifactLocation.uri,
        r.locations[0]?.physicalLocation.region,
      ]),
    ).toEqual([
      ["pattern", "pattern", "error", "payloads/a.json", { startLine: 3, startColumn: 16 }],
      ["required", "required", "error", "payloads/a.json", { startLine: 1, startColumn: 1 }],
      ["pattern", "pattern", "error", "payloads/b.json", { startLine: 7, startColumn: 2 }],
      ["encoding", "encoding", "warning", "payloads/c.json", { startLine: 3, startColumn: 16 }],
    ]);
    expect(run?.results[0]?.message.text).toBe("/targetUrl: must be https (createIdentityApiConnector request)");
  });

  it.each([
    { name: "a finding with a line only", given: finding({ column: undefined }), want: { startLine: 3 } },
    {
      name: "a finding placed by its payload's line (NDJSON)",
      given: finding({ line: undefined, column: undefined }),
      want: { startLine: 12 },
    },
  ])("$name", ({ given, want }) => {
    const log = sarif(report(result({ line: 12, findings: [given] })));
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.region).toEqual(want);
  });

  it("a payload from stdin has no location; a file name is a URI reference", () => {
    const log = sarif(report(result({ file: "<stdin>" }), result({ file: "docs/my page #1.md" })));
    expect(log.runs[0]?.results[0]?.locations).toEqual([]);
    expect(log.runs[0]?.results[1]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      "docs/my%20page%20%231.md",
    );
    expect(artifactUri("payloads\\win.json")).toBe("payloads/win.json");
    expect(artifactUri("/abs/a b.json")).toBe("file:///abs/a%20b.json");
  });

  it("writes DEL, C1 controls and U+2028/9 as escapes, as the json format does, so the log is inert on a terminal", () => {
    const text = formatSarif(report(result({ findings: [finding({ message: "a\u009b2Jb\u2028c\u007f" })] })));
    expect(text).not.toMatch(/[\u007f-\u009f\u2028\u2029]/);
    expect(JSON.parse(text).runs[0].results[0].message.text).toContain("a\u009b2Jb\u2028c\u007f");
  });
});
