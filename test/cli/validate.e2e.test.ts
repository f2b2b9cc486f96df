// `apiconnectors validate` end to end: the built bin, real files, every flag and format.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./support/run-cli.js";

const CREATE = ["--operation", "createIdentityApiConnector", "--request"];
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-validate-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("acceptance: the final docs' create examples pass, the seed stub's request fails", () => {
  it("passes every create request example of the spec (Graph's final docs)", async () => {
    const spec = JSON.parse(readFileSync(path.join(ROOT, "generated/openapi.json"), "utf8")) as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { examples?: Record<string, { $ref: string }> }> } }>
      >;
      components: { examples: Record<string, { value: unknown }> };
    };
    const refs = Object.values(
      spec.paths["/identity/apiConnectors"]?.post?.requestBody?.content["application/json"]?.examples ?? {},
    );
    expect(refs.length).toBeGreaterThanOrEqual(2);
    const files = refs.map((ref, index) => {
      const name = ref.$ref.split("/").pop() ?? "";
      const file = path.join(scratch, `final-docs-${index}.json`);
      writeFileSync(file, JSON.stringify(spec.components.examples[name]?.value, null, 2));
      return file;
    });
    const run = await runCli(["validate", ...files, ...CREATE]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${files.length} passed, 0 failed\n`);
    expect(run.code).toBe(0);
  });

  it("fails the seed stub's request, naming each pointer", async () => {
    const run = await runCli(["validate", "payloads/create-stub.json", ...CREATE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'payloads/create-stub.json:2:18 error /@odata.type: must be one of "#microsoft.graph.identityApiConnector", "microsoft.graph.identityApiConnector", got "#Microsoft.Cpim.Api.DataModels.identityApiConnector"',
    );
    expect(run.stdout).toContain("payloads/create-stub.json:4:16 error /targetUrl: must be an absolute https:// URL");
    expect(run.stdout).toContain(
      "payloads/create-stub.json:6:20 error /authenticationConfiguration/@odata.type: must be one of",
    );
    expect(run.stdout).toMatch(/\n0 passed, 1 failed\n$/);
  });
});

interface Case {
  name: string;
  args: string[];
  stdin?: string;
  want: { code: number; stdout?: string[]; stderr?: string[]; summary?: string };
}

const cases: Case[] = [
  {
    name: "help",
    args: ["validate", "--help"],
    want: { code: 0, stdout: ["Usage: apiconnectors validate", "--format, -f FORMAT"] },
  },
  {
    name: "an unknown operation lists the known ones",
    args: ["validate", "payloads/create-basic.json", "--operation", "createConnector", "--request"],
    want: {
      code: 2,
      stderr: [
        'unknown operation "createConnector"',
        "createIdentityApiConnector  (POST /identity/apiConnectors)",
        "uploadIdentityApiConnectorClientCertificate",
      ],
    },
  },
  {
    name: "METHOD /path names an operation",
    args: ["validate", "payloads/create-basic.json", "-o", "post /v1.0/identity/apiconnectors", "--request"],
    want: { code: 0, summary: "1 passed, 0 failed" },
  },
  {
    name: "--operation is needed for JSON",
    args: ["validate", "payloads/create-basic.json", "--request"],
    want: { code: 2, stderr: ["--operation is required"] },
  },
  {
    name: "a direction is needed",
    args: ["validate", "payloads/create-basic.json", "-o", "createIdentityApiConnector"],
    want: { code: 2, stderr: ["give --request or --response STATUS"] },
  },
  {
    name: "not both directions",
    args: ["validate", "payloads/create-basic.json", ...CREATE, "--response", "201"],
    want: { code: 2, stderr: ["not both"] },
  },
  {
    name: "a status is three digits",
    args: ["validate", "payloads/create-basic.json", "-o", "createIdentityApiConnector", "--response", "created"],
    want: { code: 2, stderr: ['--response takes an HTTP status such as 201, got "created"'] },
  },
  {
    name: "an unknown format",
    args: ["validate", "payloads/create-basic.json", ...CREATE, "--format", "xml"],
    want: {
      code: 2,
      stderr: ['--format must be one of text, json, github, junit, sarif (or github-actions), got "xml"'],
    },
  },
  {
    name: "an unknown flag",
    args: ["validate", "payloads/create-basic.json", ...CREATE, "--strict"],
    want: { code: 2, stderr: ['unknown flag --strict; run "apiconnectors validate --help"'] },
  },
  {
    name: "a missing file",
    args: ["validate", "payloads/nope.json", ...CREATE],
    want: { code: 2, stderr: ["cannot read payloads/nope.json: no such file or directory"] },
  },
  {
    name: "a path through a file",
    args: ["validate", "payloads/create-basic.json/inner.json", ...CREATE],
    want: { code: 2, stderr: ["cannot read payloads/create-basic.json/inner.json"] },
  },
  {
    name: "a glob",
    args: ["validate", "payloads/create-*.json", ...CREATE],
    want: {
      code: 1,
      summary: "1 passed, 2 failed",
      stdout: ["FAIL payloads/create-leaky.json", "FAIL payloads/create-stub.json"],
    },
  },
  {
    name: "a glob that matches nothing",
    args: ["validate", "payloads/*.yaml", ...CREATE],
    want: { code: 2, stderr: ["no file matches payloads/*.yaml"] },
  },
  {
    name: "stdin",
    args: ["validate", "-", ...CREATE],
    stdin: readFileSync(path.join(ROOT, "test/cli/fixtures/payloads/create-stub.json"), "utf8"),
    want: { code: 1, stdout: ["<stdin>:4:16 error /targetUrl"] },
  },
  {
    name: "stdin by default",
    args: ["validate", ...CREATE],
    stdin: "[]",
    want: { code: 1, stdout: ["<stdin>:1:1 error must be object, got array"] },
  },
  {
    name: "an NDJSON file: every line reported with its line, the run goes on",
    args: ["validate", "payloads/create-mixed.ndjson", ...CREATE],
    want: {
      code: 1,
      summary: "2 passed, 3 failed",
      stdout: [
        "payloads/create-mixed.ndjson:2:34 error /targetUrl",
        "payloads/create-mixed.ndjson:4:60 error invalid JSON: expected ',' or '}' after a property value, found a string",
        "payloads/create-mixed.ndjson:6:1 error must be object, got string",
      ],
    },
  },
  {
    name: "an .http transcript names its own operations and statuses",
    args: ["validate", "payloads/create-then-get.http", "--verbose"],
    want: {
      code: 1,
      summary: "3 passed, 1 failed",
      stdout: [
        "ok   payloads/create-then-get.http:2 POST /v1.0/identity/apiConnectors (createIdentityApiConnector request)",
        "FAIL payloads/create-then-get.http:17 response to POST /v1.0/identity/apiConnectors (createIdentityApiConnector response 201)",
        'payloads/create-then-get.http:27:17 error /authenticationConfiguration/password: must be a mask of asterisks such as "******"',
        "ok   payloads/create-then-get.http:32 GET /v1.0/identity/apiConnectors/45715bb8-13f9-4bf6-927f-ef96c102d394 (getIdentityApiConnector request)",
        "ok   payloads/create-then-get.http:35 response to GET",
      ],
    },
  },
  {
    name: "a response transcript without its request takes --operation",
    args: ["validate", "response-only.http", "-o", "deleteIdentityApiConnector"],
    want: { code: 0, summary: "1 passed, 0 failed" },
  },
  {
    name: "a response transcript without its request or --operation",
    args: ["validate", "response-only.http"],
    want: { code: 1, stdout: ["response-only.http:1 error cannot tell which operation this response answers"] },
  },
  {
    name: "an .http request's query string is checked against its operation's query options",
    args: ["validate", "query.http"],
    want: {
      code: 1,
      stdout: [
        'query.http:1:61 error query option "$skip" is not declared by listIdentityApiConnectors',
        "query.http:1:69 error query option $top: must be at most 999, got 5000",
      ],
      summary: "0 passed, 1 failed",
    },
  },
  {
    name: "an .http header line pushed into the body by an empty line",
    args: ["validate", "header-in-body.http"],
    want: {
      code: 1,
      stdout: [
        'header-in-body.http:3:1 error the header line "Content-Type: …" is in the body: an empty line before it ended the headers; remove that empty line',
      ],
    },
  },
  {
    name: "an .http request of another API is skipped",
    args: ["validate", "other.http"],
    want: {
      code: 0,
      stdout: ["SKIP other.http:1 GET /v1.0/identity/b2xUserFlows/B2X_1_x/identityProviders (request) skipped:"],
      summary: "0 passed, 0 failed, 1 skipped",
    },
  },
  { name: "a directory", args: ["validate", "payloads", ...CREATE], want: { code: 1, summary: "6 passed, 6 failed" } },
];

describe("validate: flags, inputs and exit codes", () => {
  beforeAll(() => {
    writeFileSync(path.join(scratch, "response-only.http"), "HTTP/1.1 204 No Content\n");
    writeFileSync(
      path.join(scratch, "query.http"),
      "GET https://graph.microsoft.com/v1.0/identity/apiConnectors?$skip=5&$top=5000\n",
    );
    writeFileSync(
      path.join(scratch, "header-in-body.http"),
      'POST https://graph.microsoft.com/v1.0/identity/apiConnectors\n\nContent-Type: application/json\n\n{"displayName": "x"}\n',
    );
    // b2xUserFlows itself is an operation of the contract now (issue 17); its identityProviders are not.
    writeFileSync(
      path.join(scratch, "other.http"),
      "GET https://graph.microsoft.com/v1.0/identity/b2xUserFlows/B2X_1_x/identityProviders\n",
    );
  });

  it.each(cases)("$name", async ({ args, stdin, want }) => {
    const cwd = args.some((arg) => arg.endsWith(".http") && !arg.startsWith("payloads/")) ? scratch : undefined;
    const run = await runCli(args, { ...(stdin === undefined ? {} : { stdin }), ...(cwd ? { cwd } : {}) });
    for (const text of want.stdout ?? []) expect(run.stdout).toContain(text);
    for (const text of want.stderr ?? []) expect(run.stderr).toContain(text);
    if (want.summary) expect(run.stdout.trimEnd().split("\n").pop()).toBe(want.summary);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.code).toBe(want.code);
  });
});

describe("validate: output formats", () => {
  const files = ["payloads/create-basic.json", "payloads/create-stub.json", "payloads/create-mixed.ndjson"];

  it("json: the documented shape (docs/cli-report.schema.json)", async () => {
    const run = await runCli(["validate", ...files, ...CREATE, "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      summary: unknown;
      results: Array<{
        file: string;
        line?: number;
        issues: Array<{ pointer: string; line?: number; column?: number }>;
      }>;
    };
    const schema = JSON.parse(readFileSync(path.join(ROOT, "docs/cli-report.schema.json"), "utf8")) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const valid = ajv.validate(schema, report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(report.summary).toEqual({ passed: 3, failed: 4, warnings: 0, skipped: 0, nothingChecked: false });
    const stub = report.results.find((result) => result.file === "payloads/create-stub.json");
    expect(stub?.issues.map((issue) => [issue.pointer, issue.line, issue.column])).toEqual([
      ["/@odata.type", 2, 18],
      ["/targetUrl", 4, 16],
      ["/authenticationConfiguration/@odata.type", 6, 20],
    ]);
    expect(report.results.filter((result) => result.file.endsWith(".ndjson")).map((result) => result.line)).toEqual([
      1, 2, 4, 5, 6,
    ]);
  });

  it("github: one workflow command per finding, at its file, line and column", async () => {
    const run = await runCli(["validate", ...files, ...CREATE, "--format", "github"]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toContain(
      '::error file=payloads/create-stub.json,line=4,col=16,title=apiconnectors%3A createIdentityApiConnector request::/targetUrl: must be an absolute https:// URL (no user info, no spaces), got "String"',
    );
    expect(
      lines
        .filter((line) => line.startsWith("::error file=payloads/create-mixed.ndjson,line="))
        .map((line) => /line=(\d+)/.exec(line)?.[1]),
    ).toEqual(["2", "4", "6"]);
    expect(lines.at(-1)).toBe("3 passed, 4 failed");
  });

  it("junit: well-formed XML, one testcase per payload, failures for those that do not conform", async () => {
    const run = await runCli(["validate", ...files, ...CREATE, "--format", "junit"]);
    expect(run.code).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      isArray: (name) => ["testsuite", "testcase"].includes(name),
    }).parse(run.stdout) as {
      testsuites: {
        tests: string;
        failures: string;
        testsuite: Array<{ name: string; testcase: Array<{ name: string; failure?: unknown }> }>;
      };
    };
    expect([xml.testsuites.tests, xml.testsuites.failures]).toEqual(["7", "4"]);
    expect(
      xml.testsuites.testsuite.map((suite) => [
        suite.name,
        suite.testcase.length,
        suite.testcase.filter((test) => test.failure).length,
      ]),
    ).toEqual([
      ["payloads/create-basic.json", 1, 0],
      ["payloads/create-stub.json", 1, 1],
      ["payloads/create-mixed.ndjson", 5, 3],
    ]);
  });

  it("--output: the report to a file, the text report to stdout", async () => {
    const report = path.join(scratch, "report.xml");
    const run = await runCli(["validate", ...files, ...CREATE, "--format", "junit", "--output", report]);
    expect(run.stdout).toContain("FAIL payloads/create-stub.json");
    expect(run.stdout.trimEnd().split("\n").pop()).toBe("3 passed, 4 failed");
    expect(XMLValidator.validate(readFileSync(report, "utf8"))).toBe(true);
    expect(run.code).toBe(1);
  });

  it("--output to a place that cannot be written", async () => {
    const run = await runCli([
      "validate",
      ...files,
      ...CREATE,
      "--format",
      "junit",
      "--output",
      path.join(scratch, "missing-dir", "report.xml"),
    ]);
    expect(run.stderr).toMatch(/^apiconnectors: cannot write .*report\.xml: ENOENT\n$/);
    expect(run.code).toBe(2);
  });

  it.each([
    { name: "no colour when stdout is not a terminal", env: { NO_COLOR: undefined }, colored: false },
    { name: "FORCE_COLOR turns colour on", env: { NO_COLOR: undefined, FORCE_COLOR: "1" }, colored: true },
    { name: "NO_COLOR wins over FORCE_COLOR", env: { NO_COLOR: "1", FORCE_COLOR: "1" }, colored: false },
  ])("text: $name", async ({ env, colored }) => {
    const run = await runCli(["validate", "payloads/create-stub.json", ...CREATE], { env });
    expect(run.stdout.includes("\u001b[")).toBe(colored);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colour codes under test
    expect(run.stdout.replace(/\u001b\[[0-9;]*m/g, "")).toContain('> 4 |   "targetUrl": "String",');
  });
});
