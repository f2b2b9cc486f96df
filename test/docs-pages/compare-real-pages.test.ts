// Each generated page against the real Graph page it stands for (microsoft-graph-docs-contrib,
// vendored: operation pages in test/cli/fixtures/graph-docs/, resource pages in
// test/docs-pages/fixtures/): same sections in the same order, same permission rows, same
// request-body properties, same properties, same number of examples per authentication type.
// Every difference is listed in docs/docs-pages.md with why it stays; the list must be exact.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { docsPages, GRAPH_VERSIONS } from "../../src/docs-pages/index.js";
import { repoRoot } from "../support/repo.js";
import { comparePages } from "./support/compare-pages.js";

const API_PAGES = path.join(repoRoot, "test/cli/fixtures/graph-docs");
const RESOURCE_PAGES = path.join(repoRoot, "test/docs-pages/fixtures");

function realPage(version: string, file: string): string {
  const [kind, name = ""] = file.split("/");
  // The resource pages are vendored for v1.0 only; beta's differ from them in the beta disclaimer alone.
  const real =
    kind === "api" ? path.join(API_PAGES, version, name) : path.join(RESOURCE_PAGES, "v1.0", kind ?? "", name);
  if (!existsSync(real)) throw new Error(`no real page for ${version}/${file} at ${path.relative(repoRoot, real)}`);
  return readFileSync(real, "utf8");
}

/** The differences docs/docs-pages.md explains: the first cell, in backticks, of its differences table. */
function documentedDifferences(): string[] {
  const doc = readFileSync(path.join(repoRoot, "docs/docs-pages.md"), "utf8");
  const section = doc.split("## Differences from the real pages")[1]?.split("\n## ")[0] ?? "";
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] ?? "");
}

describe("generated pages against Graph's real pages", () => {
  const differences = GRAPH_VERSIONS.flatMap((version) =>
    docsPages(version).flatMap((page) =>
      comparePages(`${version}/${page.file}`, realPage(version, page.file), page.text),
    ),
  );

  it("differ only where docs/docs-pages.md says why", () => {
    expect(differences.sort()).toEqual(documentedDifferences().sort());
  });

  it("find a difference when there is one (a section dropped from the generated page)", () => {
    const [create] = docsPages("v1.0").filter((page) => page.file === "api/identityapiconnector-create.md");
    const text = (create?.text ?? "").replace("## Request headers", "### Request headers");
    expect(comparePages("p", realPage("v1.0", "api/identityapiconnector-create.md"), text)).toContain(
      'p sections: missing "Request headers"',
    );
  });
});
