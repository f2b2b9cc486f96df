// The Graph-docs pages generated from the spec: one per operation and per resource type, each
// passing check-docs with every example checked, the create page being the seed stub finished.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkMarkdownFile } from "../../src/cli/check/check-markdown.js";
import { readMarkdownExamples } from "../../src/cli/input/markdown-examples.js";
import { docsPages, GRAPH_VERSIONS, loadSpec } from "../../src/docs-pages/index.js";
import type { JsonObject } from "../../src/docs-pages/spec.js";
import { repoRoot } from "../support/repo.js";
import { outline } from "./support/page-outline.js";

const STUB = readFileSync(path.join(repoRoot, "test/cli/fixtures/graph-docs-stub.md"), "utf8");
const page = (version: (typeof GRAPH_VERSIONS)[number], file: string) => {
  const found = docsPages(version).find((p) => p.file === file);
  if (!found) throw new Error(`no page ${file}`);
  return found.text;
};

describe("docs-pages", () => {
  it("writes one page per operation and one per resource type, for each version", () => {
    for (const version of GRAPH_VERSIONS)
      expect(
        docsPages(version)
          .map((p) => p.file)
          .sort(),
      ).toEqual([
        "api/identityapiconnector-create.md",
        "api/identityapiconnector-delete.md",
        "api/identityapiconnector-get.md",
        "api/identityapiconnector-list.md",
        "api/identityapiconnector-update.md",
        "api/identityapiconnector-uploadclientcertificate.md",
        "resources/apiauthenticationconfigurationbase.md",
        "resources/basicauthentication.md",
        "resources/clientcertificateauthentication.md",
        "resources/identityapiconnector.md",
        "resources/pkcs12certificate.md",
        "resources/pkcs12certificateinformation.md",
      ]);
  });

  for (const version of GRAPH_VERSIONS) {
    it(`pass check-docs with every example checked (${version})`, () => {
      for (const { file, text } of docsPages(version)) {
        const results = checkMarkdownFile({ path: file, display: file }, Buffer.from(text));
        expect(
          results.filter((result) => !result.valid || result.findings.length > 0),
          file,
        ).toEqual([]);
        // Every request/response block on the page was checked, and each against an operation.
        const blocks = text.match(/"blockType": "(request|response)"/g) ?? [];
        expect(results, file).toHaveLength(blocks.length);
        for (const result of results) expect(result.operation, `${file}:${result.line}`).toBeDefined();
        if (file.startsWith("api/")) expect(blocks.length, file).toBeGreaterThan(0);
      }
    });
  }

  it("use the version's service root in examples and its national-cloud include", () => {
    const beta = page("beta", "api/identityapiconnector-get.md");
    expect(beta).toContain("GET https://graph.microsoft.com/beta/identity/apiConnectors/");
    expect(beta).toContain('"@odata.context": "https://graph.microsoft.com/beta/$metadata');
    expect(beta).not.toContain("graph.microsoft.com/v1.0");
    expect(beta).toContain("[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]");
    // The spec's servers: beta is global, US Government L4/L5 and China; v1.0 global and China.
    expect(beta).toContain("(../../includes/all-clouds.md)");
    const v1 = page("v1.0", "api/identityapiconnector-get.md");
    expect(v1).toContain("(../../includes/global-china.md)");
    expect(v1).not.toContain("beta-disclaimer");
  });

  it("take the permissions from the operation's security requirement and the scheme's flows", () => {
    const document = structuredClone(loadSpec().document) as JsonObject;
    // A higher privileged delegated scope on create only, to see it land in its column.
    const scheme = ((document.components as JsonObject).securitySchemes as JsonObject)
      .microsoftIdentityPlatform as JsonObject;
    const flows = scheme.flows as JsonObject;
    ((flows.authorizationCode as JsonObject).scopes as JsonObject)["Directory.ReadWrite.All"] = "more";
    const create = ((document.paths as JsonObject)["/identity/apiConnectors"] as JsonObject).post as JsonObject;
    create.security = [{ microsoftIdentityPlatform: ["APIConnectors.ReadWrite.All", "Directory.ReadWrite.All"] }];
    const pages = docsPages("v1.0", loadSpec(document));
    const text = (file: string) => pages.find((p) => p.file === file)?.text ?? "";
    expect(text("api/identityapiconnector-create.md")).toContain(
      "|Delegated (work or school account)|APIConnectors.ReadWrite.All|Directory.ReadWrite.All|",
    );
    expect(text("api/identityapiconnector-get.md")).toContain(
      "|Delegated (work or school account)|APIConnectors.ReadWrite.All|Not available.|",
    );
    for (const { file, text: markdown } of pages.filter((p) => p.file.startsWith("api/"))) {
      expect(markdown, file).toContain("|Delegated (personal Microsoft account)|Not supported.|Not supported.|");
      expect(markdown, file).toContain("|Application|APIConnectors.ReadWrite.All|Not available.|");
      expect(markdown, file).toContain("**External ID User Flow Administrator** is the least privileged role");
    }
  });

  it("give every resource type's JSON representation its @odata.type, in the JSON and the metadata", () => {
    for (const { file, text } of docsPages("v1.0").filter((p) => p.file.startsWith("resources/"))) {
      const match = /<!-- (\{[\s\S]*?\})\n-->\n\n```json\n([\s\S]*?)\n```/.exec(text);
      expect(match, file).not.toBeNull();
      const metadata = JSON.parse(match?.[1] ?? "{}") as { blockType: string; "@odata.type": string };
      const representation = JSON.parse(match?.[2] ?? "{}") as Record<string, unknown>;
      expect(metadata.blockType).toBe("resource");
      expect(representation["@odata.type"]).toBe(`#${metadata["@odata.type"]}`);
      expect(file).toBe(`resources/${metadata["@odata.type"].replace("microsoft.graph.", "").toLowerCase()}.md`);
    }
  });

  it("describe every request-body property with its type, description and whether it is required", () => {
    const create = outline(page("v1.0", "api/identityapiconnector-create.md"));
    expect(create.tableKeys.get("Request body")).toEqual(["displayName", "targetUrl", "authenticationConfiguration"]);
    const text = page("v1.0", "api/identityapiconnector-create.md");
    expect(text).toContain(
      "|authenticationConfiguration|[apiAuthenticationConfigurationBase](../resources/apiauthenticationconfigurationbase.md)|",
    );
    for (const row of text
      .split("\n")
      .filter((line) => /^\|(displayName|targetUrl|authenticationConfiguration)\|/.test(line)))
      expect(row).toMatch(/\|[^|]+\|[^|]+\|[^|]{10,} Required\.\|$/);
    expect(page("v1.0", "api/identityapiconnector-update.md")).toMatch(/\|displayName\|String\|[^|]+ Optional\.\|/);
  });
});

describe("the create page is the seed stub, finished", () => {
  const create = page("beta", "api/identityapiconnector-create.md");

  it("has no TODO and no placeholder left", () => {
    expect(STUB).toContain("TODO"); // the stub has them…
    expect(create).not.toMatch(/TODO|"String"|Cpim|Provide applicable permissions|create_identityapiconnector_from_/);
    expect(create).not.toContain('"@odata.type": "microsoft.graph.apiAuthenticationConfigurationBase"');
  });

  it("keeps the stub's title, sections in order and request-body properties (but id)", () => {
    const stub = outline(STUB);
    const finished = outline(create);
    expect(finished.sections.filter((section) => stub.sections.includes(section))).toEqual(stub.sections);
    expect(finished.tableKeys.get("Request body")).toEqual(
      stub.tableKeys.get("Request body")?.filter((p) => p !== "id"),
    );
    expect(finished.tableKeys.get("Permissions")).toEqual(stub.tableKeys.get("Permissions"));
    expect(create).toContain('title: "Create identityApiConnector"');
    expect(create).toContain('doc_type: "apiPageType"');
    expect(create).toContain("# Create identityApiConnector\n\nNamespace: microsoft.graph");
  });

  it("has the stub's request and response, for each authentication type the spec gives", () => {
    const examples = readMarkdownExamples(create).examples;
    expect(examples.map((example) => example.blockType)).toEqual(["request", "response", "request", "response"]);
    expect(examples.map((example) => example.metadata["@odata.type"]).filter(Boolean)).toEqual([
      "microsoft.graph.identityApiConnector",
      "microsoft.graph.identityApiConnector",
    ]);
    expect(examples[0]?.code).toContain('"@odata.type": "#microsoft.graph.basicAuthentication"');
    expect(examples[2]?.code).toContain('"@odata.type": "#microsoft.graph.pkcs12Certificate"');
    expect(examples[3]?.code).toContain('"@odata.type": "#microsoft.graph.clientCertificateAuthentication"');
  });
});
