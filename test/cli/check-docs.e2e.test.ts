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
            "const",
            'must be "#microsoft.graph.identityApiConnector", got "#Microsoft.Cpim.Api.DataModels.identityApiConnector"',
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
          [
            100,
            16,
            "/targetUrl",
            "pattern",
            'must be an absolute https:// URL (no user info, no spaces), got "String"',
          ],
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
    name: "a request the contract does not define",
    page: '<!-- { "blockType": "request" } -->\n```http\nGET https://graph.microsoft.com/v1.0/identity/userFlows\n```\n',
    want: { code: 1, issues: [[3, "", "no operation of the contract matches GET /v1.0/identity/userFlows"]] },
  },
  {
    name: "metadata that is not JSON",
    page: '<!-- {\n  "blockType": "request"\n  "name": "x"\n} -->\n```http\nGET /identity/apiConnectors\n```\n',
    want: { code: 1, issues: [[3, "", "the example metadata is not valid JSON: CommaExpected"]] },
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

  it("warns about a page without examples", async () => {
    writeFileSync(path.join(scratch, "empty.md"), "# Nothing here\n");
    const run = await runCli(["check-docs", "empty.md"], { cwd: scratch });
    expect(run.stderr).toBe("apiconnectors: warning: empty.md has no request or response example\n");
    expect(run.stdout).toBe("0 passed, 0 failed\n");
    expect(run.code).toBe(0);
  });

  it("needs a page", async () => {
    const run = await runCli(["check-docs"]);
    expect(run.stderr).toContain("give the Markdown pages to check");
    expect(run.code).toBe(2);
  });
});
