// The API reference with JavaScript off, as a reader behind a script-blocking policy meets it:
// Redoc renders nothing but the overview then, so the build puts every operation into the page
// as static HTML. Each operation's summary, method and path, permissions, body properties and
// code samples must be readable; with JavaScript on, Redoc's view replaces that copy once it is
// live, and the copy's anchors are Redoc's deep links.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../src/docs-pages/index.js";
import { type DocsPage, openDocsPage } from "./browser.js";
import { builtDocsPage } from "./built-docs.js";

const docsFile = builtDocsPage("nojs");
let docs: DocsPage;

beforeAll(async () => {
  docs = await openDocsPage(docsFile(), { javaScriptEnabled: false });
}, 120_000);

afterAll(async () => {
  await docs?.close();
});

describe("the reference with JavaScript disabled", () => {
  it("shows every operation: summary, method and path, permissions, body and samples", async () => {
    for (const operation of loadSpec().operations) {
      const section = docs.page.locator(`[id="static-${operation.operationId}"]`);
      await section.waitFor({ state: "visible" });
      const text = (await section.innerText()).replace(/\s+/g, " ");
      expect(text).toContain(operation.summary);
      expect(text).toContain(`${operation.method} ${operation.path}`);
      expect(text).toContain("Delegated (personal Microsoft account) Not supported. Not supported.");
      expect(text).toContain("Application APIConnectors.ReadWrite.All Not available.");
      expect(text).toContain("the least privileged is External ID User Flow Administrator");
      expect(text).toContain("createApiConnectorsClient");
      expect(text).toContain(`curl -X ${operation.method}`);
      if (operation.requestSchema && operation.operationId.startsWith("create"))
        expect(text).toMatch(/displayName String .+ Required\./);
    }
    expect(docs.offsite).toEqual([]);
  });
});

describe("the reference with JavaScript enabled", () => {
  it("hides the static copy once Redoc is live; Redoc shows the operation's code samples", async () => {
    const live = await openDocsPage(docsFile());
    try {
      await live.page.locator("#static-operations").waitFor({ state: "hidden" });
      expect(await live.page.locator("#static-operations").count()).toBe(1);
      const sidebar = live.page.locator('[data-component-name="Menu/Menu"]');
      await sidebar.getByRole("link", { name: "apiConnectors", exact: true }).click();
      // Each static operation's anchor is Redoc's deep link to it (#/apiconnectors/<id>).
      await sidebar.getByRole("link", { name: /List API connectors/ }).waitFor();
      const redocLinks = await sidebar
        .locator('a[href*="/apiconnectors/"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")?.replace(/^#/, "")));
      const anchors = await live.page
        .locator("#static-operations section > a[id]")
        .evaluateAll((links) => links.map((link) => link.id));
      expect(anchors).toHaveLength(loadSpec().operations.length);
      expect(redocLinks).toEqual(anchors);
      await sidebar.getByRole("link", { name: /Create an API connector/ }).click();
      const create = live.page.locator('[id="apiconnectors/createidentityapiconnector"]');
      // Redoc renders the operation after the click; on a busy machine that takes a while.
      await create.getByRole("heading", { name: "Create an API connector" }).waitFor({ timeout: 30_000 });
      // The code samples (x-codeSamples): the first language, HTTP, shows both examples.
      for (const text of [
        "# Example 2: Client certificate",
        "POST https://graph.microsoft.com/v1.0/identity/apiConnectors",
      ])
        await create.locator(".panel-request-samples").filter({ hasText: text }).first().waitFor();
      expect(live.errors).toEqual([]);
    } finally {
      await live.close();
    }
  });
});
