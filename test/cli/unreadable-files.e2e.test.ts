// A file that cannot be read among many (issue 11, item 4): the others are still checked, the
// missing one is a finding of the report in every format (kind unreadableFile), and the run
// exits 2 at the end. A glob that matches nothing stays a usage error before anything is checked.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./support/run-cli.js";
import { validateSarif } from "./support/sarif-schema.js";

const CREATE = ["--operation", "createIdentityApiConnector", "--request"];
const FILES = ["payloads/create-basic.json", "payloads/nope.json", "payloads/create-stub.json"];
const MISSING = "cannot read payloads/nope.json: no such file or directory";

describe("validate: a file that cannot be read among others", () => {
  it("text: the others are checked, the missing one is reported, exit 2", async () => {
    const run = await runCli(["validate", ...FILES, ...CREATE]);
    expect(run.stdout).toContain(`FAIL payloads/nope.json\n  payloads/nope.json error ${MISSING}\n`);
    expect(run.stdout).toContain("FAIL payloads/create-stub.json (createIdentityApiConnector request)");
    expect(run.stdout.trimEnd().split("\n").pop()).toBe("1 passed, 1 failed, 1 unreadable");
    expect(run.stderr).toBe(`apiconnectors: ${MISSING}\n`);
    expect(run.code).toBe(2);
  });

  it("json: a result with unreadable: true and an unreadableFile issue, in the documented shape", async () => {
    const run = await runCli(["validate", ...FILES, ...CREATE, "--format", "json"]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { summary: unknown; results: Array<{ file: string }> };
    const schema = JSON.parse(readFileSync(path.join(ROOT, "docs/cli-report.schema.json"), "utf8")) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.validate(schema, report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(report.results.map((result) => result.file)).toEqual(FILES);
    expect(report.results[1]).toEqual({
      file: "payloads/nope.json",
      unreadable: true,
      valid: false,
      issues: [{ pointer: "", keyword: "unreadableFile", message: MISSING, severity: "error" }],
    });
    expect(report.summary).toEqual({
      passed: 1,
      failed: 1,
      warnings: 0,
      skipped: 0,
      nothingChecked: false,
      unreadable: 1,
    });
  });

  it("github: an ::error annotation on the file", async () => {
    const run = await runCli(["validate", ...FILES, ...CREATE, "--format", "github"]);
    expect(run.code).toBe(2);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toContain(`::error file=payloads/nope.json,title=apiconnectors::${MISSING}`);
    expect(lines.filter((line) => line.startsWith("::error file=payloads/create-stub.json,"))).toHaveLength(3);
    expect(lines.at(-1)).toBe("1 passed, 1 failed, 1 unreadable");
  });

  it("junit: the file is a test case in error (could not run), not a failure", async () => {
    const run = await runCli(["validate", ...FILES, ...CREATE, "--format", "junit"]);
    expect(run.code).toBe(2);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(run.stdout) as {
      testsuites: {
        tests: string;
        failures: string;
        errors: string;
        testsuite: Array<{ name: string; errors: string; testcase: { error?: { message: string; type: string } } }>;
      };
    };
    expect(xml.testsuites).toMatchObject({ tests: "3", failures: "1", errors: "1" });
    const suite = xml.testsuites.testsuite.find((s) => s.name === "payloads/nope.json");
    expect(suite?.errors).toBe("1");
    expect(suite?.testcase.error).toMatchObject({ message: MISSING, type: "unreadableFile" });
  });

  it("sarif: a result of rule unreadableFile at the file, valid SARIF 2.1.0", async () => {
    const run = await runCli(["validate", ...FILES, ...CREATE, "--format", "sarif"]);
    expect(run.code).toBe(2);
    const log = JSON.parse(run.stdout) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string }> } };
        results: Array<{ ruleId: string; level: string; message: { text: string }; locations: unknown[] }>;
      }>;
    };
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    const [sarifRun] = log.runs;
    expect(sarifRun?.tool.driver.rules.map((rule) => rule.id)).toContain("unreadableFile");
    expect(sarifRun?.results.find((result) => result.ruleId === "unreadableFile")).toEqual(
      expect.objectContaining({
        level: "error",
        message: { text: MISSING },
        locations: [{ physicalLocation: { artifactLocation: { uri: "payloads/nope.json" } } }],
      }),
    );
  });

  it("--output FILE: the report file holds the finding, the run still exits 2", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-unreadable-"));
    try {
      const out = path.join(dir, "report.xml");
      const run = await runCli(["validate", ...FILES, ...CREATE, "--format", "junit", "--output", out]);
      expect(run.code).toBe(2);
      expect(readFileSync(out, "utf8")).toContain(`<error message="${MISSING}" type="unreadableFile">`);
      expect(run.stdout).toContain("1 passed, 1 failed, 1 unreadable");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--max-problems 0 and --quiet hide findings, not the exit code", async () => {
    for (const flags of [["--max-problems", "0"], ["--quiet"]]) {
      const run = await runCli(["validate", "payloads/create-basic.json", "payloads/nope.json", ...CREATE, ...flags]);
      expect(run.code).toBe(2);
      expect(run.stdout.trimEnd().split("\n").pop()).toBe("1 passed, 0 failed, 1 unreadable");
    }
  });

  it.each([
    { name: "an NDJSON file", file: "payloads/nope.ndjson", why: "no such file or directory" },
    { name: "an .http transcript", file: "payloads/nope.http", why: "no such file or directory" },
    { name: "a path through a file", file: "payloads/create-basic.json/inner.json", why: "a part of the path" },
  ])("$name that cannot be read is a finding too; the file after it is still checked", async ({ file, why }) => {
    const run = await runCli(["validate", file, "payloads/create-stub.json", ...CREATE]);
    expect(run.stdout).toContain(`FAIL ${file}\n  ${file} error cannot read ${file}: ${why}`);
    expect(run.stdout).toContain("FAIL payloads/create-stub.json");
    expect(run.stdout.trimEnd().split("\n").pop()).toBe("0 passed, 1 failed, 1 unreadable");
    expect(run.code).toBe(2);
  });

  it("a file that exists and conforms, beside a missing one, does not make the run pass", async () => {
    const run = await runCli(["validate", "payloads/create-basic.json", "payloads/nope.json", ...CREATE]);
    expect(run.code).toBe(2);
  });

  it("a glob that matches nothing is still a usage error, before any file is checked", async () => {
    const run = await runCli(["validate", "payloads/create-stub.json", "payloads/*.yaml", ...CREATE]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "apiconnectors: no file matches payloads/*.yaml\n" });
  });
});

describe("check-docs: a page that cannot be read among others", () => {
  const PAGES = ["create-identityapiconnector.md", "missing.md", "graph-docs-stub.md"];

  it("checks the other pages, reports the missing one, exits 2", async () => {
    const run = await runCli(["check-docs", ...PAGES]);
    expect(run.stdout).toContain(
      "FAIL missing.md\n  missing.md error cannot read missing.md: no such file or directory\n",
    );
    // The pages before and after the missing one were checked: some passed, the stub's examples failed.
    expect(run.stdout).toMatch(/\n[1-9]\d* passed, [1-9]\d* failed, 1 unreadable\n$/);
    expect(run.stdout).toContain("FAIL graph-docs-stub.md:");
    expect(run.stderr).toContain("apiconnectors: cannot read missing.md: no such file or directory\n");
    expect(run.code).toBe(2);
  });

  it("json: the unreadable page in the documented shape", async () => {
    const run = await runCli(["check-docs", ...PAGES, "--format", "json"]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as {
      summary: { unreadable?: number; passed: number };
      results: Array<{ file: string; unreadable?: true }>;
    };
    const schema = JSON.parse(readFileSync(path.join(ROOT, "docs/cli-report.schema.json"), "utf8")) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.validate(schema, report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(report.results.filter((result) => result.unreadable).map((result) => result.file)).toEqual(["missing.md"]);
    expect(report.summary.unreadable).toBe(1);
    expect(report.summary.passed).toBeGreaterThan(0);
    expect(new Set(report.results.map((result) => result.file))).toEqual(new Set(PAGES));
  });
});
