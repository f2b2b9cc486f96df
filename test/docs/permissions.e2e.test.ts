// Issue 16: Redoc's own view of each operation shows its permissions, as Microsoft Learn's page
// for the operation does: the rows of the Graph-docs pages' Permissions table (one source,
// permissionRows) and the Entra role, found in the operation's section of the rendered page.
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../src/docs-pages/index.js";
import { entraRole, permissionRows } from "../../src/docs-pages/permissions.js";
import { redocOperationPath } from "../../src/docs-pages/reference-extras.js";
import { type DocsPage, openDocsPage } from "./browser.js";
import { builtDocsPage } from "./built-docs.js";

const spec = loadSpec();
const docsFile = builtDocsPage("permissions");
let docs: DocsPage;

beforeAll(async () => {
  docs = await openDocsPage(docsFile());
}, 120_000);

afterAll(async () => {
  await docs?.close();
});

describe("Redoc's view of each operation", () => {
  it("shows the operation's permission rows and the Entra role in its section", async () => {
    const shown: Record<string, string[]> = {};
    const wanted: Record<string, string[]> = {};
    for (const operation of spec.operations) {
      const link = redocOperationPath(spec, operation);
      await docs.page.goto(`${pathToFileURL(docsFile()).href}#${link}`);
      const section = docs.page.locator(`[id="${link.slice(1)}"]`);
      await section.locator("h2").filter({ hasText: operation.summary }).first().waitFor({ timeout: 30_000 });
      const text = (await section.innerText()).replace(/\s+/g, " ");
      const rows = permissionRows(spec, operation).map((r) => `${r.type} ${r.leastPrivileged} ${r.higherPrivileged}`);
      wanted[operation.operationId] = [...rows, entraRole(spec)];
      shown[operation.operationId] = wanted[operation.operationId]?.filter((want) => text.includes(want)) ?? [];
    }
    expect(shown).toEqual(wanted);
    expect(docs.errors).toEqual([]);
  }, 180_000);
});
