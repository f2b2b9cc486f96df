// `apiconnectors check-docs` end to end: the seed page's findings exactly, a page in the final
// docs' form that passes, and the rules for pairing, truncation and metadata.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "./support/run-cli.js";

interface JsonReport {
  summary: { passed: number; failed: number };
  results: Array<{
    line?: number;
    name?: string;
    operation?: string;
    direction?: string;
    status?: string;
    valid: boolean;
    issues: Array<{ line?: number; column?: number; pointer: string; keyword: string; message: string }>;
  }>;
}

async function checkDocs(
  args: string[],
  cwd?: string,
): Promise<{ code: number | null; report: JsonReport; stderr: string }> {
  const run = await runCli(["check-docs", ...args, "--format", "json"], cwd ? { cwd } : {});
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

const findings = (report: JsonReport) =>
  report.results.map((result) => ({
    at: result.line,
    name: result.name,
    target: [result.operation, result.direction, result.status].filter(Boolean).join(" "),
    issues: result.issues.map((issue) => [
      issue.line,
      issue.column ?? null,
      issue.pointer,
      issue.keyword,
      issue.message,
    ]),
  }));

describe("check-docs: the seed page (the early Graph docs stub)", () => {
  it("reports exactly these findings, each at its Markdown line", async () => {
    const { code, report } = await checkDocs(["graph-docs-stub.md"]);
    expect(findings(report)).toEqual([
      {
        at: 69,
        name: "create_identityapiconnector_from_",
        target: "createIdentityApiConnector request",
        issues: [
          [
            74,
            18,
            "/@odata.type",
            "enum",
            'must be one of "#microsoft.graph.identityApiConnector", "microsoft.graph.identityApiConnector", got "#Microsoft.Cpim.Api.DataModels.identityApiConnector"',
          ],
          [76, 16, "/targetUrl", "pattern", 'must be an absolute https:// URL (no user info, no spaces), got "String"'],
          [
            78,
            20,
            "/authenticationConfiguration/@odata.type",
            "discriminator",
            'must be one of "#microsoft.graph.basicAuthentication", "microsoft.graph.basicAuthentication", "#microsoft.graph.pkcs12Certificate", "microsoft.graph.pkcs12Certificate", got "microsoft.graph.apiAuthenticationConfigurationBase" (the abstract base type is never a valid value; name a concrete type)',
          ],
        ],
      },
      {
        at: 93,
        name: "response to create_identityapiconnector_from_",
        target: "createIdentityApiConnector response 201",
        issues: [
          [
            86,
            null,
            "",
            "docs",
            'the metadata\'s "@odata.type" is "Microsoft.Cpim.Api.DataModels.identityApiConnector", not a Microsoft Graph type (microsoft.graph.…)',
          ],
          [
            97,
            18,
            "/@odata.type",
            "const",
            'must be "#microsoft.graph.identityApiConnector", got "#Microsoft.Cpim.Api.DataModels.identityApiConnector"',
          ],
          [100, 16, "/targetUrl", "pattern", 'must be an https:// URL (no spaces), got "String"'],
          [
            102,
            20,
            "/authenticationConfiguration/@odata.type",
            "discriminator",
            'must be one of "#microsoft.graph.basicAuthentication", "#microsoft.graph.clientCertificateAuthentication", got "microsoft.graph.apiAuthenticationConfigurationBase" (the abstract base type is never a valid value; name a concrete type)',
          ],
        ],
      },
    ]);
    expect(report.summary).toMatchObject({ passed: 0, failed: 2 });
    expect(code).toBe(1);
  });

  it("shows the Markdown lines in the text format's code frames", async () => {
    const run = await runCli(["check-docs", "graph-docs-stub.md"]);
    expect(run.stdout).toContain('    > 76 |   "targetUrl": "String",\n         |                ^');
    expect(run.stdout).toContain('graph-docs-stub.md:86 error the metadata\'s "@odata.type"');
    expect(run.code).toBe(1);
  });
});

describe("check-docs: a page in the final docs' form", () => {
  it("passes, request and truncated response alike", async () => {
    const run = await runCli(["check-docs", "create-identityapiconnector.md", "--verbose"]);
    expect(run.stdout).toBe(
      [
        "ok   create-identityapiconnector.md:65 create_identityapiconnector (createIdentityApiConnector request)",
        "ok   create-identityapiconnector.md:90 response to create_identityapiconnector (createIdentityApiConnector response 201)",
        "ok   create-identityapiconnector.md:121 create_identityapiconnector_clientcertificate (createIdentityApiConnector request)",
        "ok   create-identityapiconnector.md:150 response to create_identityapiconnector_clientcertificate (createIdentityApiConnector response 201)",
        "",
        "4 passed, 0 failed",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(0);
  });

  it("fails the same page when its shortened response is not marked truncated", async () => {
    const page = readFileSync(path.join(FIXTURES, "create-identityapiconnector.md"), "utf8");
    const marker = '"truncated": true,';
    const last = page.lastIndexOf(marker);
    writeFileSync(path.join(scratch, "untruncated.md"), page.slice(0, last) + page.slice(last + marker.length));
    const { code, report } = await checkDocs(["untruncated.md"], scratch);
    expect(findings(report).filter((result) => result.issues.length > 0)).toEqual([
      {
        at: 150,
        name: "response to create_identityapiconnector_clientcertificate",
        target: "createIdentityApiConnector response 201",
        issues: [[153, 1, "/id", "required", 'required property "id" is missing']],
      },
    ]);
    expect(code).toBe(1);
  });
});

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-check-docs-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const request = (body: string, name = "create") =>
  `<!-- { "blockType": "request", "name": "${name}" } -->\n\`\`\`http\nPOST https://graph.microsoft.com/v1.0/identity/apiConnectors\nContent-Type: application/json\n\n${body}\n\`\`\`\n`;
const response = (body: string, metadata = '"truncated": true') =>
  `<!-- { "blockType": "response", ${metadata} } -->\n\`\`\`http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n${body}\n\`\`\`\n`;
const CREATE_BODY =
  '{"displayName": "A", "targetUrl": "https://a.example.com", "authenticationConfiguration": {"@odata.type": "#microsoft.graph.basicAuthentication", "username": "u", "password": "s3cr3t-Fixture-Pa55"}}';

interface PageCase {
  name: string;
  page: string;
  want: { code: number; issues: Array<[number | undefined, string, string]> };
}

const DECLARED = (name: string) =>
  `query option "${name}" is not declared by listIdentityApiConnectors (declared: $select, $filter, $orderby, $top, $count, $expand, $skiptoken)`;

const pages: PageCase[] = [
  {
    name: "a truncated response may leave out required members",
    page: `# Page\n\n${request(CREATE_BODY)}\n${response('{"displayName": "A"}')}`,
    want: { code: 0, issues: [] },
  },
  {
    name: "a truncated response may leave out a union's @odata.type",
    page: `${request(CREATE_BODY)}\n${response('{"authenticationConfiguration": {"username": "u"}}')}`,
    want: { code: 0, issues: [] },
  },
  {
    name: "a truncated response must not contain wrong members",
    page: `${request(CREATE_BODY)}\n${response('{"displayName": 7, "authenticationConfiguration": {"@odata.type": "#microsoft.graph.pkcs12Certificate"}}')}`,
    want: {
      code: 1,
      issues: [
        [14, "/displayName", "must be string or null, got integer"],
        [
          14,
          "/authenticationConfiguration/@odata.type",
          'must be one of "#microsoft.graph.basicAuthentication", "#microsoft.graph.clientCertificateAuthentication", got "#microsoft.graph.pkcs12Certificate" (Graph never returns a pkcs12Certificate; responses carry clientCertificateAuthentication)',
        ],
      ],
    },
  },
  {
    name: "a response with no request before it",
    page: response('{"id": "1"}'),
    want: {
      code: 1,
      issues: [
        [3, "", "cannot tell which operation this response answers: put its request before it, or give --operation"],
      ],
    },
  },
  {
    name: "a request under /identity/apiConnectors that the contract does not define",
    page: '<!-- { "blockType": "request" } -->\n```http\nPUT https://graph.microsoft.com/v1.0/identity/apiConnectors/x\n```\n',
    want: { code: 1, issues: [[3, "", "no operation of the contract matches PUT /v1.0/identity/apiConnectors/x"]] },
  },
  {
    name: "a request of another API is skipped, not failed",
    page: '<!-- { "blockType": "request" } -->\n```http\nGET https://graph.microsoft.com/v1.0/identity/userFlows\n```\n',
    want: { code: 0, issues: [] },
  },
  {
    name: "query options the operation does not declare, and values out of range, at the request line",
    page: '<!-- { "blockType": "request" } -->\n```http\nGET /identity/apiConnectors?$skip=5&$search="x"&$top=5000&$bogus=1&$select=displayName,secret&$orderby=name\n```\n',
    want: {
      code: 1,
      issues: [
        [3, "", DECLARED("$skip")],
        [3, "", DECLARED("$search")],
        [3, "", DECLARED("$bogus")],
        [
          3,
          "",
          'query option $select (item 2): must be one of "id", "displayName", "targetUrl", "authenticationConfiguration", got "secret"',
        ],
        [
          3,
          "",
          'query option $orderby (item 1): must be one of "id", "id asc", "id desc", "displayName", "displayName asc", "displayName desc", "targetUrl", "targetUrl asc", "targetUrl desc", got "name"',
        ],
        [3, "", "query option $top: must be at most 999, got 5000"],
      ],
    },
  },
  {
    name: "a get takes no $top",
    page: '<!-- { "blockType": "request" } -->\n```http\nGET /identity/apiConnectors/abc?$top=1&$select=id\n```\n',
    want: {
      code: 1,
      issues: [[3, "", 'query option "$top" is not declared by getIdentityApiConnector (declared: $select, $expand)']],
    },
  },
  {
    name: "a response to a $select request carries what was selected, and only that",
    page: `<!-- { "blockType": "request" } -->\n\`\`\`http\nGET /identity/apiConnectors/abc?$select=displayName\n\`\`\`\n\n<!-- { "blockType": "response" } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{ "displayName": "Test API", "targetUrl": "https://x.example" }\n\`\`\`\n`,
    want: {
      code: 1,
      issues: [[11, "/targetUrl", 'property "targetUrl" was not selected ($select=displayName)']],
    },
  },
  {
    name: "a header line pushed into the body by an empty line",
    page: `<!-- { "blockType": "request" } -->\n\`\`\`http\nPOST /identity/apiConnectors\n\nContent-Type: application/json\n\n${CREATE_BODY}\n\`\`\`\n`,
    want: {
      code: 1,
      issues: [
        [
          5,
          "",
          'the header line "Content-Type: …" is in the body: an empty line before it ended the headers; remove that empty line',
        ],
      ],
    },
  },
  {
    name: "an object of a contract type inside an example of another operation is still checked",
    page: `<!-- { "blockType": "request" } -->\n\`\`\`http\nGET /identity/b2xUserFlows/B2X_1_x/languages\n\`\`\`\n\n<!-- { "blockType": "response" } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  "postAttributeCollection": {\n    "@odata.type": "#microsoft.graph.identityApiConnector",\n    "id": "1",\n    "targetUrl": "http://insecure.example",\n    "authenticationConfiguration": { "@odata.type": "#microsoft.graph.basicAuthentication", "username": "u", "password": "plain" }\n  }\n}\n\`\`\`\n`,
    want: {
      code: 1,
      issues: [
        [
          15,
          "/postAttributeCollection/targetUrl",
          'must be an https:// URL (no spaces), got "http://insecure.example"',
        ],
        [
          16,
          "/postAttributeCollection/authenticationConfiguration/password",
          'must be a mask of asterisks such as "******" (Graph never returns the password)',
        ],
      ],
    },
  },
  {
    name: "a connector in an apiConnectorConfiguration is validated as an identityApiConnector",
    page: `<!-- { "blockType": "request" } -->\n\`\`\`http\nGET /identity/b2xUserFlows/B2X_1_x/apiConnectorConfiguration?$expand=postAttributeCollection\n\`\`\`\n\n<!-- { "blockType": "response" } -->\n\`\`\`http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  "postAttributeCollection": {\n    "@odata.type": "#microsoft.graph.identityApiConnector",\n    "id": "1",\n    "targetUrl": "http://insecure.example",\n    "authenticationConfiguration": { "@odata.type": "#microsoft.graph.basicAuthentication", "username": "u", "password": "plain" }\n  }\n}\n\`\`\`\n`,
    want: {
      code: 1,
      issues: [
        [
          15,
          "/postAttributeCollection/targetUrl",
          'must be an https:// URL (no spaces), got "http://insecure.example"',
        ],
        [
          16,
          "/postAttributeCollection/authenticationConfiguration/password",
          'must be a mask of asterisks such as "******" (Graph never returns the password)',
        ],
      ],
    },
  },
  {
    name: "metadata that is not JSON",
    page: '<!-- {\n  "blockType": "request"\n  "name": "x"\n} -->\n```http\nGET /identity/apiConnectors\n```\n',
    want: {
      code: 1,
      issues: [
        [3, "", "the example metadata is not valid JSON: expected ',' or '}' after a property value, found a string"],
      ],
    },
  },
  {
    name: "metadata with no code block after it",
    page: `<!-- { "blockType": "response" } -->\n\nSome text.\n\n${request(CREATE_BODY)}`,
    want: { code: 1, issues: [[1, "", "the metadata of a response example is not followed by a code block"]] },
  },
  {
    name: "a block that holds something else than its metadata says",
    page: '<!-- { "blockType": "request" } -->\n```http\nHTTP/1.1 204 No Content\n```\n',
    want: {
      code: 1,
      issues: [
        [3, "", 'the metadata says blockType "request" but the block holds a response'],
        [3, "", "cannot tell which operation this response answers: put its request before it, or give --operation"],
      ],
    },
  },
  {
    name: "examples in a list, in a tabbed msgraph-interactive block",
    page: `1. Create it:\n\n   <!-- { "blockType": "request", "name": "in_list" } -->\n   \`\`\`msgraph-interactive\n   POST /identity/apiConnectors\n   Content-Type: application/json\n\n   {"displayName": "A", "targetUrl": "ftp://x"}\n   \`\`\`\n`,
    want: {
      code: 1,
      issues: [
        [8, "/authenticationConfiguration", 'required property "authenticationConfiguration" is missing'],
        [8, "/targetUrl", 'must be an absolute https:// URL (no user info, no spaces), got "ftp://x"'],
      ],
    },
  },
];

const NOTHING = "nothing was checked: no request or response example of an operation of the contract was found";

describe("check-docs: pairing, truncation and metadata", () => {
  it.each(pages)("$name", async ({ page, want }) => {
    writeFileSync(path.join(scratch, "page.md"), page);
    const { code, report } = await checkDocs(["page.md"], scratch);
    expect(
      report.results.flatMap((result) => result.issues.map((issue) => [issue.line, issue.pointer, issue.message])),
    ).toEqual(want.issues);
    expect(code).toBe(want.code);
  });

  it("places findings inside a list item at the file's column", async () => {
    writeFileSync(path.join(scratch, "list.md"), pages.at(-1)?.page ?? "");
    const run = await runCli(["check-docs", "list.md"], { cwd: scratch });
    expect(run.stdout).toContain("list.md:8:38 error /targetUrl");
  });

  it("warns about a page without examples, in the report too", async () => {
    writeFileSync(path.join(scratch, "empty.md"), "# Nothing here\n");
    const run = await runCli(["check-docs", "empty.md"], { cwd: scratch });
    expect(run.stderr).toBe("apiconnectors: warning: empty.md has no request or response example\n");
    expect(run.stdout).toBe(`warning ${NOTHING}\n\n0 passed, 0 failed\n`);
    expect(run.code).toBe(0);
  });

  it("says nothing was checked in json, github and junit; --fail-on-empty makes it fail", async () => {
    writeFileSync(path.join(scratch, "empty.md"), "# Nothing here\n");
    const json = await checkDocs(["empty.md"], scratch);
    expect(json.report.summary).toEqual({ passed: 0, failed: 0, warnings: 0, skipped: 0, nothingChecked: true });
    expect(json.code).toBe(0);
    const github = await runCli(["check-docs", "empty.md", "--format", "github"], { cwd: scratch });
    expect(github.stdout).toBe(`::warning title=apiconnectors::${NOTHING}\n0 passed, 0 failed\n`);
    const junit = await runCli(["check-docs", "empty.md", "--format", "junit"], { cwd: scratch });
    expect(junit.stdout).toContain(
      `<testcase classname="apiconnectors check-docs" name="nothing checked">\n      <skipped message="${NOTHING}"/>`,
    );
    expect(junit.code).toBe(0);

    const failing = await checkDocs(["empty.md", "--fail-on-empty"], scratch);
    expect(failing.code).toBe(1);
    expect(failing.report).toMatchObject({ failOnEmpty: true, summary: { nothingChecked: true } });
    const failingGithub = await runCli(["check-docs", "empty.md", "--fail-on-empty", "-f", "github"], { cwd: scratch });
    expect(failingGithub.stdout).toContain(`::error title=apiconnectors::${NOTHING}`);
    expect(failingGithub.code).toBe(1);
    const failingJunit = await runCli(["check-docs", "empty.md", "--fail-on-empty", "-f", "junit"], { cwd: scratch });
    expect(failingJunit.stdout).toContain(`<failure message="${NOTHING}" type="empty">`);
    expect(failingJunit.code).toBe(1);
  });

  it("a page of skipped examples only checked nothing", async () => {
    writeFileSync(
      path.join(scratch, "other.md"),
      '<!-- { "blockType": "request" } -->\n```http\nGET https://graph.microsoft.com/v1.0/identity/userFlows\n```\n',
    );
    const { code, report } = await checkDocs(["other.md", "--fail-on-empty"], scratch);
    expect(report.summary).toEqual({ passed: 0, failed: 0, warnings: 0, skipped: 1, nothingChecked: true });
    expect(code).toBe(1);
  });

  it("a byte order mark on a Markdown page is a warning that does not cite the JSON RFC", async () => {
    writeFileSync(
      path.join(scratch, "bom.md"),
      `\uFEFF<!-- { "blockType": "request" } -->\n\`\`\`http\nGET /identity/apiConnectors\n\`\`\`\n`,
    );
    const { code, report } = await checkDocs(["bom.md"], scratch);
    expect(report.results[0]?.issues).toEqual([
      {
        pointer: "",
        keyword: "encoding",
        severity: "warning",
        message:
          "the file starts with a UTF-8 byte order mark (U+FEFF), which UTF-8 text does not need; it was ignored",
        line: 1,
        column: 1,
      },
    ]);
    expect(code).toBe(0);
  });

  it("needs a page", async () => {
    const run = await runCli(["check-docs"]);
    expect(run.stderr).toContain("give the Markdown pages to check");
    expect(run.code).toBe(2);
  });
});
