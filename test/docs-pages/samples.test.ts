// Every TypeScript sample of the generated pages (and so of the HTML reference, which takes
// the same samples) compiles against this package and runs against the mock server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiConnectorsClient } from "../../src/client/index.js";
import { withCodeSamples } from "../../src/docs-pages/code-samples.js";
import { docsPages, GRAPH_VERSIONS, loadSpec } from "../../src/docs-pages/index.js";
import { clientLine, type GraphVersion } from "../../src/docs-pages/samples.js";
import type { JsonObject } from "../../src/docs-pages/spec.js";
import { type MockServer, startMockServer } from "../../src/mock/index.js";
import { runnable, type Sample, typeCheck, typescriptBlocks } from "./support/typescript-samples.js";

function pageSamples(version: GraphVersion): Sample[] {
  return docsPages(version).flatMap((page) =>
    typescriptBlocks(page.text).map((source, index) => ({ where: `${version}/${page.file}#${index + 1}`, source })),
  );
}

/** The TypeScript x-codeSamples the docs build gives the HTML reference (one per operation). */
function htmlSamples(): Sample[] {
  const html = withCodeSamples(loadSpec().document, "v1.0");
  return loadSpec(html).operations.flatMap((operation) => {
    const item = (html.paths as JsonObject)[operation.path] as JsonObject;
    const samples = (item[operation.method.toLowerCase()] as JsonObject)["x-codeSamples"] as JsonObject[];
    return samples
      .filter((sample) => sample.lang === "TypeScript")
      .map((sample) => ({ where: `html:${operation.operationId}`, source: String(sample.source) }));
  });
}

/** Every connector the spec's response examples show: the mock starts with them, so a sample's id exists. */
function exampleConnectors(): JsonObject[] {
  const byId = new Map<string, JsonObject>();
  for (const operation of loadSpec().operations)
    for (const example of operation.success.examples) {
      const value = example.value as JsonObject;
      const items = Array.isArray(value.value) ? (value.value as JsonObject[]) : [value];
      for (const item of items) if (typeof item.id === "string") byId.set(item.id, item);
    }
  return [...byId.values()];
}

describe("TypeScript samples", () => {
  it("are on every operation page, one per example, for both versions", () => {
    for (const version of GRAPH_VERSIONS) {
      for (const page of docsPages(version).filter((p) => p.file.startsWith("api/"))) {
        const requests = page.text.match(/"blockType": "request"/g)?.length ?? 0;
        expect(requests, page.file).toBeGreaterThan(0);
        expect(typescriptBlocks(page.text), page.file).toHaveLength(requests);
      }
    }
  });

  // One compiler program for all samples and a deliberately broken one (a program costs ~15 s here).
  let diagnostics: string[];
  beforeAll(() => {
    const [create] = pageSamples("v1.0").filter((sample) => sample.source.includes("createApiConnector("));
    if (!create) throw new Error("no create sample");
    const broken = { where: "broken", source: create.source.replace(/\n\s*"targetUrl": "[^"]*",/, "") };
    expect(broken.source).not.toEqual(create.source);
    diagnostics = typeCheck([...pageSamples("v1.0"), ...pageSamples("beta"), ...htmlSamples(), broken]);
  }, 180_000);

  it("type-check against the package", () => {
    expect(diagnostics.filter((line) => !line.startsWith("broken:") && !line.startsWith("html:"))).toEqual([]);
  });

  it("would fail the check if a sample broke the contract (a create body without targetUrl)", () => {
    expect(diagnostics.filter((line) => line.startsWith("broken:")).join("\n")).toMatch(/broken:\d+: .*targetUrl/);
  });

  it("include the HTML reference's TypeScript code samples, one per operation", () => {
    expect(htmlSamples().map((sample) => sample.where)).toEqual(
      loadSpec().operations.map((o) => `html:${o.operationId}`),
    );
    expect(diagnostics.filter((line) => line.startsWith("html:"))).toEqual([]);
  });
});

for (const version of GRAPH_VERSIONS) {
  describe(`TypeScript samples run against the mock (${version})`, () => {
    let mock: MockServer;
    beforeAll(async () => {
      mock = await startMockServer({ version, data: exampleConnectors(), seed: 1 });
    });
    afterAll(() => mock?.close());

    for (const sample of pageSamples(version)) {
      it(sample.where, async () => {
        mock.reset();
        const client = createApiConnectorsClient({
          baseUrl: mock.baseUrl,
          token: "sample-test",
          validate: "both",
          retry: false,
        });
        const logged: unknown[][] = [];
        await runnable(sample, clientLine(version))(client, { log: (...values) => logged.push(values) });
        // Every sample that reads something logs it; the ones that do not (update, delete) resolve.
        if (/const (connector|page) =/.test(sample.source)) expect(logged.length).toBeGreaterThan(0);
      });
    }
  });
}
