// `check-docs` against the real Microsoft Graph docs pages (fixtures/graph-docs/, vendored
// from microsoftgraph/microsoft-graph-docs-contrib; source commits in its README): every
// example is accounted for, and the only findings are the true ones. Today those are the six
// `pkcs12Value` values the pages elide with `...`, which is not base64, and a trailing comma
// in the user-flow list page's first response. The four `{id}`
// placeholders in the `@odata.id` of the user-flow examples that enable a connector are the
// docs' way of writing "the connector's id": checked with an id stood in for, and listed.
// The user-flow apiConnectorConfiguration pages are operations of the contract, their embedded
// connectors validated as identityApiConnector; a user flow's identityProviders page is
// another API, and skipped.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "./support/run-cli.js";

const PAGES = path.join(FIXTURES, "graph-docs");

interface JsonResult {
  file: string;
  line?: number;
  operation?: string;
  direction?: string;
  status?: string;
  skipped?: string;
  embedded?: number;
  placeholders?: string[];
  valid: boolean;
  issues: Array<{ line?: number; column?: number; pointer: string; keyword: string; message: string }>;
}

const BASE64 = "must be base64 (RFC 4648, with padding)";

/** Every example of the 20 pages, in order: where, what it was checked as, and whether it was skipped. */
const EXAMPLES = [
  ["beta/b2cidentityuserflow-get-apiconnectorconfiguration.md:78", "getB2cUserFlowApiConnectorConfiguration request"],
  [
    "beta/b2cidentityuserflow-get-apiconnectorconfiguration.md:103",
    "getB2cUserFlowApiConnectorConfiguration response 200",
  ],
  ["beta/b2cidentityuserflow-get.md:73", "getB2cUserFlow request"],
  ["beta/b2cidentityuserflow-get.md:117", "getB2cUserFlow response 200"],
  ["beta/b2cidentityuserflow-put-apiconnectorconfiguration.md:76", "setB2cUserFlowApiConnector request"],
  ["beta/b2cidentityuserflow-put-apiconnectorconfiguration.md:114", "setB2cUserFlowApiConnector response 204"],
  ["beta/b2cidentityuserflow-put-apiconnectorconfiguration.md:132", "setB2cUserFlowApiConnector request"],
  ["beta/b2cidentityuserflow-put-apiconnectorconfiguration.md:168", "setB2cUserFlowApiConnector response 204"],
  ["beta/b2cidentityuserflow-put-apiconnectorconfiguration.md:187", "setB2cUserFlowApiConnector request"],
  ["beta/b2cidentityuserflow-put-apiconnectorconfiguration.md:217", "setB2cUserFlowApiConnector response 204"],
  ["beta/identityapiconnector-create.md:84", "createIdentityApiConnector request"],
  ["beta/identityapiconnector-create.md:130", "createIdentityApiConnector response 201"],
  ["beta/identityapiconnector-create.md:160", "createIdentityApiConnector request"],
  ["beta/identityapiconnector-create.md:188", "createIdentityApiConnector response 201"],
  ["beta/identityapiconnector-delete.md:70", "deleteIdentityApiConnector request"],
  ["beta/identityapiconnector-delete.md:109", "deleteIdentityApiConnector response 204"],
  ["beta/identityapiconnector-get.md:74", "getIdentityApiConnector request"],
  ["beta/identityapiconnector-get.md:109", "getIdentityApiConnector response 200"],
  ["beta/identityapiconnector-list.md:73", "listIdentityApiConnectors request"],
  ["beta/identityapiconnector-list.md:107", "listIdentityApiConnectors response 200"],
  ["beta/identityapiconnector-update.md:82", "updateIdentityApiConnector request"],
  ["beta/identityapiconnector-update.md:132", "updateIdentityApiConnector response 204"],
  ["beta/identityapiconnector-update.md:152", "updateIdentityApiConnector request"],
  ["beta/identityapiconnector-update.md:200", "updateIdentityApiConnector response 204"],
  ["beta/identityapiconnector-uploadclientcertificate.md:75", "uploadIdentityApiConnectorClientCertificate request"],
  [
    "beta/identityapiconnector-uploadclientcertificate.md:116",
    "uploadIdentityApiConnectorClientCertificate response 200",
  ],
  ["v1.0/b2xidentityuserflow-get-apiconnectorconfiguration.md:76", "getB2xUserFlowApiConnectorConfiguration request"],
  [
    "v1.0/b2xidentityuserflow-get-apiconnectorconfiguration.md:101",
    "getB2xUserFlowApiConnectorConfiguration response 200",
  ],
  ["v1.0/b2xidentityuserflow-get.md:75", "getB2xUserFlow request"],
  ["v1.0/b2xidentityuserflow-get.md:123", "getB2xUserFlow response 200"],
  ["v1.0/b2xidentityuserflow-list-identityproviders.md:66", "request", "skipped", 0],
  ["v1.0/b2xidentityuserflow-list-identityproviders.md:115", "response 200", "skipped", 0],
  ["v1.0/b2xidentityuserflow-put-apiconnectorconfiguration.md:77", "setB2xUserFlowApiConnector request"],
  ["v1.0/b2xidentityuserflow-put-apiconnectorconfiguration.md:105", "setB2xUserFlowApiConnector response 204"],
  ["v1.0/b2xidentityuserflow-put-apiconnectorconfiguration.md:124", "setB2xUserFlowApiConnector request"],
  ["v1.0/b2xidentityuserflow-put-apiconnectorconfiguration.md:152", "setB2xUserFlowApiConnector response 204"],
  ["v1.0/b2xidentityuserflow-put-apiconnectorconfiguration.md:172", "setB2xUserFlowApiConnector request"],
  ["v1.0/b2xidentityuserflow-put-apiconnectorconfiguration.md:198", "setB2xUserFlowApiConnector response 204"],
  ["v1.0/identityapiconnector-create.md:82", "createIdentityApiConnector request"],
  ["v1.0/identityapiconnector-create.md:128", "createIdentityApiConnector response 201"],
  ["v1.0/identityapiconnector-create.md:159", "createIdentityApiConnector request"],
  ["v1.0/identityapiconnector-create.md:187", "createIdentityApiConnector response 201"],
  ["v1.0/identityapiconnector-delete.md:71", "deleteIdentityApiConnector request"],
  ["v1.0/identityapiconnector-delete.md:110", "deleteIdentityApiConnector response 204"],
  ["v1.0/identityapiconnector-get.md:75", "getIdentityApiConnector request"],
  ["v1.0/identityapiconnector-get.md:110", "getIdentityApiConnector response 200"],
  ["v1.0/identityapiconnector-list.md:75", "listIdentityApiConnectors request"],
  ["v1.0/identityapiconnector-list.md:109", "listIdentityApiConnectors response 200"],
  ["v1.0/identityapiconnector-update.md:81", "updateIdentityApiConnector request"],
  ["v1.0/identityapiconnector-update.md:131", "updateIdentityApiConnector response 204"],
  ["v1.0/identityapiconnector-update.md:151", "updateIdentityApiConnector request"],
  ["v1.0/identityapiconnector-update.md:199", "updateIdentityApiConnector response 204"],
  ["v1.0/identityapiconnector-uploadclientcertificate.md:73", "uploadIdentityApiConnectorClientCertificate request"],
  [
    "v1.0/identityapiconnector-uploadclientcertificate.md:122",
    "uploadIdentityApiConnectorClientCertificate response 200",
  ],
  ["v1.0/identitycontainer-list-b2xuserflows.md:74", "listB2xUserFlows request"],
  ["v1.0/identitycontainer-list-b2xuserflows.md:125", "listB2xUserFlows response 200"],
  ["v1.0/identitycontainer-list-b2xuserflows.md:160", "listB2xUserFlows request"],
  ["v1.0/identitycontainer-list-b2xuserflows.md:211", "listB2xUserFlows response 200"],
];

/**
 * The findings, exactly: the elided `pkcs12Value` of each create, update and upload example
 * with a certificate, and the trailing comma in the first response of the v1.0 user-flow list
 * page (a true bug of the page: JSON has no trailing commas, RFC 8259 §5).
 */
const FINDINGS = [
  ["beta/identityapiconnector-create.md", 168, 24, "/authenticationConfiguration/pkcs12Value", "pattern", BASE64],
  ["beta/identityapiconnector-update.md", 158, 20, "/authenticationConfiguration/pkcs12Value", "pattern", BASE64],
  ["beta/identityapiconnector-uploadclientcertificate.md", 79, 20, "/pkcs12Value", "pattern", BASE64],
  ["v1.0/identityapiconnector-create.md", 167, 24, "/authenticationConfiguration/pkcs12Value", "pattern", BASE64],
  ["v1.0/identityapiconnector-update.md", 157, 20, "/authenticationConfiguration/pkcs12Value", "pattern", BASE64],
  ["v1.0/identityapiconnector-uploadclientcertificate.md", 77, 20, "/pkcs12Value", "pattern", BASE64],
  [
    "v1.0/identitycontainer-list-b2xuserflows.md",
    141,
    5,
    "",
    "json",
    "invalid JSON: expected a value, found ']' (trailing commas are not allowed)",
  ],
];

const relative = (file: string) => path.relative(PAGES, path.resolve(FIXTURES, file)).split(path.sep).join("/");

describe("check-docs: the real Graph docs pages", () => {
  it("accounts for every example, and reports exactly the six elided pkcs12Value and one trailing comma", async () => {
    const run = await runCli(["check-docs", "graph-docs", "--format", "json"], { cwd: FIXTURES });
    const report = JSON.parse(run.stdout) as { summary: unknown; results: JsonResult[] };
    expect(
      report.results.map((result) => {
        const target = [result.operation, result.direction, result.status].filter(Boolean).join(" ");
        const where = `${relative(result.file)}:${result.line}`;
        return result.skipped === undefined ? [where, target] : [where, target, "skipped", result.embedded];
      }),
    ).toEqual(EXAMPLES);
    expect(
      report.results.flatMap((result) =>
        result.issues.map((issue) => [
          relative(result.file),
          issue.line,
          issue.column,
          issue.pointer,
          issue.keyword,
          issue.message,
        ]),
      ),
    ).toEqual(FINDINGS);
    expect(report.summary).toEqual({ passed: 49, failed: 7, warnings: 0, skipped: 2, nothingChecked: false });
    expect(
      report.results
        .filter((result) => result.placeholders)
        .map((result) => [relative(result.file), result.line, result.placeholders]),
    ).toEqual([
      ["beta/b2cidentityuserflow-put-apiconnectorconfiguration.md", 76, ["/@odata.id"]],
      ["beta/b2cidentityuserflow-put-apiconnectorconfiguration.md", 132, ["/@odata.id"]],
      ["v1.0/b2xidentityuserflow-put-apiconnectorconfiguration.md", 77, ["/@odata.id"]],
      ["v1.0/b2xidentityuserflow-put-apiconnectorconfiguration.md", 124, ["/@odata.id"]],
    ]);
    expect(run.code).toBe(1);
  });

  it("passes every real user-flow page (issue 17), in the text report too", async () => {
    // The list page is left out: its first response has a trailing comma (the test above).
    const pages = ["graph-docs/v1.0/b2x*.md", "graph-docs/beta/b2c*.md"];
    const run = await runCli(["check-docs", ...pages, "--fail-on-empty", "--verbose", "--no-color"], { cwd: FIXTURES });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("(placeholder at /@odata.id checked as an id)");
    expect(run.stdout).not.toMatch(/^FAIL/m);
    expect(run.code).toBe(0);
  });

  it("says why the examples of another API were skipped, in every format, without failing them", async () => {
    const page = "graph-docs/v1.0/b2xidentityuserflow-list-identityproviders.md";
    const reason =
      "GET /v1.0/identity/b2xUserFlows/B2X_1_Partner/identityProviders is not an operation of the contract";
    const text = await runCli(["check-docs", page], { cwd: FIXTURES });
    expect(text.stdout).toBe(
      [
        `SKIP ${page}:66 get_b2xUserFlow_list_identityProviders (request) skipped: ${reason}`,
        `SKIP ${page}:115 response to get_b2xUserFlow_list_identityProviders (response 200) skipped: it answers get_b2xUserFlow_list_identityProviders, which is not an operation of the contract`,
        "warning nothing was checked: no request or response example of an operation of the contract was found",
        "",
        "0 passed, 0 failed, 2 skipped",
        "",
      ].join("\n"),
    );
    expect(text.code).toBe(0);

    const github = await runCli(["check-docs", page, "--format", "github"], { cwd: FIXTURES });
    expect(github.stdout.split("\n")[0]).toBe(
      `::notice file=${page},line=66,title=apiconnectors%3A skipped::${reason}`,
    );
    expect(github.code).toBe(0);

    const junit = await runCli(["check-docs", page, "--format", "junit"], { cwd: FIXTURES });
    expect(junit.stdout).toContain(`<skipped message="${reason}"/>`);
    expect(junit.stdout).toContain('tests="2" failures="0" errors="0" skipped="2"');
    expect(junit.code).toBe(0);

    const json = await runCli(["check-docs", page, "--format", "json"], { cwd: FIXTURES });
    const report = JSON.parse(json.stdout) as { summary: unknown; results: JsonResult[] };
    expect(report.results.map((result) => [result.skipped, result.embedded, result.valid])).toEqual([
      [reason, 0, true],
      ["it answers get_b2xUserFlow_list_identityProviders, which is not an operation of the contract", 0, true],
    ]);
    // Only skipped examples, and no embedded connector in them: nothing was checked.
    expect(report.summary).toEqual({ passed: 0, failed: 0, warnings: 0, skipped: 2, nothingChecked: true });
    expect(json.code).toBe(0);
  });

  it("checks the user-flow configuration pages as operations, their embedded connectors included", async () => {
    const page = "graph-docs/v1.0/b2xidentityuserflow-get-apiconnectorconfiguration.md";
    const run = await runCli(["check-docs", page, "--format", "json", "--fail-on-empty"], { cwd: FIXTURES });
    const report = JSON.parse(run.stdout) as { summary: unknown; results: JsonResult[] };
    expect(report.results.map((result) => [result.operation, result.direction, result.valid])).toEqual([
      ["getB2xUserFlowApiConnectorConfiguration", "request", true],
      ["getB2xUserFlowApiConnectorConfiguration", "response", true],
    ]);
    expect(report.summary).toEqual({ passed: 2, failed: 0, warnings: 0, skipped: 0, nothingChecked: false });
    expect(run.code).toBe(0);
  });
});
