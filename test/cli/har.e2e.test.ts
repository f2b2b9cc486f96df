// `apiconnectors validate FILE.har`: a hand-made HAR 1.2 (test/cli/fixtures/traffic/hand-made.har,
// written to cover base64 and gzip-compressed bodies, missing optional members, foreign entries,
// and each traffic rule's positive and negative case), through every report format.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, runCli } from "./support/run-cli.js";
import { validateSarif } from "./support/sarif-schema.js";

const HAR = "traffic/hand-made.har";
const GRAPH = "https://graph.microsoft.com/v1.0/identity/apiConnectors";

interface JsonReport {
  summary: { passed: number; failed: number; skipped: number };
  results: Array<{
    entry?: number;
    name?: string;
    direction?: string;
    status?: string;
    operation?: string;
    skipped?: string;
    valid: boolean;
    issues: Array<{ pointer: string; keyword: string; message: string }>;
  }>;
}

async function jsonReport(args: string[] = [HAR]): Promise<JsonReport> {
  const run = await runCli(["validate", ...args, "--format", "json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  return JSON.parse(run.stdout) as JsonReport;
}

describe("validate FILE.har", () => {
  it("reports exactly the entries that break the contract or a traffic rule, by entry, direction, rule and pointer", async () => {
    const report = await jsonReport();
    const schema = JSON.parse(readFileSync(path.join(ROOT, "docs/cli-report.schema.json"), "utf8")) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    expect(ajv.validate(schema, report) ? [] : ajv.errors).toEqual([]);
    const failures = report.results
      .filter((result) => !result.valid)
      .flatMap((result) =>
        result.issues.map((issue) => [result.entry, result.direction, issue.keyword, issue.pointer]),
      );
    expect(failures).toEqual([
      [4, "request", "discriminator", "/authenticationConfiguration/@odata.type"],
      [6, "traffic", "duplicate-create", ""],
      [9, "traffic", "retry-after-ignored", ""],
      [13, "traffic", "client-request-id-reused", ""],
      [14, "response", "pattern", "/authenticationConfiguration/password"],
      [14, "response", "secret-in-response", "/authenticationConfiguration/password"],
      [16, "request", "query", ""],
      [16, "request", "query", ""],
    ]);
    // The negative cases pass: the good create (base64 answer), its later repeat after a 201, the
    // gzip-compressed list, the retry that waited, the retries sharing a client-request-id.
    const passing = (entry: number) =>
      report.results.filter((result) => result.entry === entry).map((r) => [r.direction, r.valid]);
    expect(passing(0)).toEqual([
      ["request", true],
      ["response", true],
    ]);
    expect(passing(1)).toEqual([
      ["request", true],
      ["response", true],
    ]);
    expect(passing(7)).toEqual([
      ["request", true],
      ["response", true],
    ]);
    expect(passing(11)).toEqual([
      ["request", true],
      ["response", true],
    ]);
    expect(passing(5)).toEqual([
      ["request", true],
      ["response", true],
    ]);
    // A request with no recorded response is checked alone.
    expect(passing(15)).toEqual([["request", true]]);
    expect(report.summary).toMatchObject({ failed: 6, skipped: 2 });
  });

  it("lists the entries outside the contract as skipped, with why", async () => {
    const report = await jsonReport();
    expect(
      report.results.filter((result) => result.skipped !== undefined).map((r) => [r.entry, r.name, r.skipped]),
    ).toEqual([
      [
        2,
        "entries[2] GET https://app.example/static/app.js",
        "GET https://app.example/static/app.js is not a Microsoft Graph request (no /v1.0 or /beta path)",
      ],
      [
        3,
        "entries[3] GET https://graph.microsoft.com/v1.0/users?$top=1&$skiptoken=abc",
        "GET https://graph.microsoft.com/v1.0/users?$top=1&$skiptoken=abc is not an operation of the contract",
      ],
    ]);
  });

  it("names each finding's entry, method, URL (query secrets masked), direction and pointer in text, github, junit and sarif", async () => {
    const text = await runCli(["validate", HAR]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`FAIL ${HAR} entries[4] POST ${GRAPH} (createIdentityApiConnector request)`);
    expect(text.stdout).toContain("error /authenticationConfiguration/@odata.type: must be one of");
    expect(text.stdout).toContain(
      "entries[16] GET https://graph.microsoft.com/beta/identity/apiConnectors?$top=ten&access_token=[REDACTED] (listIdentityApiConnectors request)",
    );
    expect(text.stdout).toMatch(/26 passed, 6 failed, 2 skipped\n$/);
    // docs/traffic.md's "HAR files" shows lines of this report: each is in it, as printed.
    const docs = readFileSync(path.join(ROOT, "docs/traffic.md"), "utf8");
    const block = /## HAR files[\s\S]*?```text\n([\s\S]*?)```/.exec(docs)?.[1] ?? "";
    expect(block).not.toBe("");
    for (const line of block.trimEnd().split("\n")) expect(text.stdout.split("\n")).toContain(line);

    const github = await runCli(["validate", HAR, "--format", "github"]);
    expect(github.stdout.split("\n")).toContain(
      `::error file=${HAR},title=apiconnectors%3A entries[4] POST https%3A//graph.microsoft.com/v1.0/identity/apiConnectors createIdentityApiConnector request::/authenticationConfiguration/@odata.type: must be one of "#microsoft.graph.basicAuthentication", "microsoft.graph.basicAuthentication", "#microsoft.graph.pkcs12Certificate", "microsoft.graph.pkcs12Certificate", got "#microsoft.graph.basic"`,
    );

    const junit = await runCli(["validate", HAR, "--format", "junit"]);
    expect(XMLValidator.validate(junit.stdout)).toBe(true);
    expect(junit.stdout).toContain(
      `name="${HAR} entries[14] GET ${GRAPH}/be1e5ce5-7a88-4d22-bc3c-2f7b0a2b8c11?$select=displayName,authenticationConfiguration (getIdentityApiConnector response 200)"`,
    );
    expect(junit.stdout).toContain("/authenticationConfiguration/password: the response carries a secret");

    const sarif = await runCli(["validate", HAR, "--format", "sarif"]);
    const log = JSON.parse(sarif.stdout) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string }> } };
        results: Array<{
          ruleId: string;
          kind?: string;
          level: string;
          message: { text: string };
          locations: Array<{ logicalLocations?: Array<{ fullyQualifiedName: string }> }>;
        }>;
      }>;
    };
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    const run = log.runs[0];
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining([
        "skipped",
        "discriminator",
        "duplicate-create",
        "retry-after-ignored",
        "client-request-id-reused",
        "secret-in-response",
        "query",
      ]),
    );
    const where = (result: NonNullable<typeof run>["results"][number]) =>
      result.locations[0]?.logicalLocations?.[0]?.fullyQualifiedName;
    expect(
      run?.results.filter((result) => result.kind === "notApplicable").map((result) => [where(result), result.level]),
    ).toEqual([
      ["log.entries[2]", "none"],
      ["log.entries[3]", "none"],
    ]);
    const duplicate = run?.results.find((result) => result.ruleId === "duplicate-create");
    expect(where(duplicate as NonNullable<typeof duplicate>)).toBe("log.entries[6]");
    expect(duplicate?.message.text).toContain(`(entries[6] POST ${GRAPH} createIdentityApiConnector traffic)`);
  });

  it("never prints the secrets the recording holds (passwords, the bearer token, a token in a query)", async () => {
    const outputs = await Promise.all(
      ["text", "json", "github", "junit", "sarif"].map((format) => runCli(["validate", HAR, "--format", format])),
    );
    for (const run of outputs) {
      // runCli fails on any fixture secret; these are the two forms this recording holds.
      expect(run.stdout).not.toContain("s3cr3t-Fixture-Pa55");
      expect(run.stdout).not.toContain("Fixture-Bearer-T0ken");
    }
  });

  it("--host keeps only one host's requests; --input-type har reads stdin", async () => {
    const report = await jsonReport([HAR, "--host", "graph.microsoft.com"]);
    expect(report.results.find((result) => result.entry === 2)?.skipped).toBe(
      "the request goes to app.example, not graph.microsoft.com",
    );
    const other = await runCli(["validate", HAR, "--host", "127.0.0.1:1", "--format", "json"]);
    expect(other.code).toBe(0);
    expect((JSON.parse(other.stdout) as JsonReport).summary).toMatchObject({ passed: 0, failed: 0, skipped: 17 });

    const stdin = await runCli(["validate", "-", "--input-type", "har", "--format", "json"], {
      stdin: readFileSync(path.join(FIXTURES, HAR)),
    });
    expect(stdin.code).toBe(1);
    expect((JSON.parse(stdin.stdout) as JsonReport).summary).toMatchObject({ failed: 6, skipped: 2 });
    const wrong = await runCli(["validate", "-", "--input-type", "hra"], { stdin: "{}" });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--input-type must be one of json, ndjson, http, har, got "hra"');
  });
});

describe("validate FILE.har: a file that is not a HAR", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-har-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it.each([
    [
      "not JSON",
      '{"log": {"entries": [{"request": {"password": "s3cr3t-Fixture-Pa55" x',
      "har",
      "",
      "not a HAR file: not valid JSON (at byte 68)",
    ],
    [
      "cut short",
      '{"log": {"entries": [',
      "har",
      "",
      "not a HAR file: not valid JSON (it ends before the JSON is complete)",
    ],
    ["no log", '{"entries": []}', "har", "/log", expect.stringContaining("not a HAR file: log is missing")],
    [
      "entries not an array",
      '{"log": {"entries": {}}}',
      "har",
      "/log/entries",
      "not a HAR file: log.entries must be an array",
    ],
    [
      "an entry without a URL",
      '{"log": {"entries": [{"request": {"method": "GET", "url": "https://graph.microsoft.com/v1.0/identity/apiConnectors"}}, {"request": {"method": "GET"}}]}}',
      "har",
      "/log/entries/1/request/url",
      "log.entries[1].request.url is missing",
    ],
    [
      "a header without a name",
      '{"log": {"entries": [{"request": {"method": "GET", "url": "/v1.0/x", "headers": [{"value": "1"}]}}]}}',
      "har",
      "/log/entries/0/request/headers/0/name",
      "log.entries[0].request.headers[0].name is missing",
    ],
  ])("%s: a finding with its pointer, exit 1, no stack trace", async (_, text, keyword, pointer, message) => {
    const run = await runCli(["validate", write("bad.har", text), "--format", "json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as JsonReport;
    const issues = report.results.flatMap((result) => result.issues);
    expect(issues).toEqual([expect.objectContaining({ keyword, pointer, message })]);
  });
});
