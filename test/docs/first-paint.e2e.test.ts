// Issue 16: the reference must show its first operation at once, not seconds later when Redoc's
// 2.3 MB bundle has run (docs/benchmarks.md has the figures). The page carries every operation
// as static HTML before Redoc's script; this test reads the page at the moment the parser
// reaches that script, before it can run, and finds what the reader already has: the first
// operation's heading, laid out and visible, and no Redoc operation yet. Content, not time.
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../src/docs-pages/index.js";
import { redocOperationPath } from "../../src/docs-pages/reference-extras.js";
import { launchChromium } from "./browser.js";
import { builtDocsPage } from "./built-docs.js";

const docsFile = builtDocsPage("paint");
const spec = loadSpec();
const [first] = spec.operations;

interface BeforeRedoc {
  heading: string | null;
  visible: boolean;
  area: number;
  inViewport: boolean;
  redocOperations: number;
  search: string | null;
}

/**
 * What the page holds when the parser has just inserted Redoc's script (the page's only module
 * script, which runs only once the whole document is parsed): read from a MutationObserver the
 * page installs before anything else runs.
 */
async function stateBeforeRedoc(url: string): Promise<BeforeRedoc> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ offline: true, viewport: { width: 1400, height: 1000 } });
    await context.addInitScript(() => {
      new MutationObserver((records, observer) => {
        const added = records.flatMap((record) => [...record.addedNodes]);
        if (!added.some((node) => node instanceof HTMLScriptElement && node.type === "module")) return;
        observer.disconnect();
        const heading = document.querySelector("#static-operations section h2");
        const box = heading?.getBoundingClientRect();
        Object.assign(window, {
          beforeRedoc: {
            heading: heading?.textContent ?? null,
            visible: heading?.checkVisibility() ?? false,
            area: box ? box.width * box.height : 0,
            // On screen: the heading's box and the viewport overlap.
            inViewport: box !== undefined && box.bottom > 0 && box.top < window.innerHeight,
            redocOperations: document.querySelectorAll('#redoc [id^="apiconnectors/"]').length,
            search: document.querySelector('[data-testid="search-trigger"]')?.textContent ?? null,
          },
        });
      }).observe(document, { subtree: true, childList: true });
    });
    const page = await context.newPage();
    await page.goto(url, { timeout: 30_000 });
    return (await page.evaluate(() => (window as { beforeRedoc?: BeforeRedoc }).beforeRedoc)) as BeforeRedoc;
  } finally {
    await browser.close();
  }
}

describe("the reference before Redoc's script runs", () => {
  it("already holds the first operation, laid out and visible, below the overview", async () => {
    const state = await stateBeforeRedoc(pathToFileURL(docsFile()).href);
    expect(state).toEqual({
      heading: first?.summary,
      visible: true,
      area: expect.any(Number),
      inViewport: false,
      redocOperations: 0,
      search: "Loading...",
    });
    expect(state.area).toBeGreaterThan(0);
  });

  it("shows it in the viewport on its deep link, as a shared link opens it", async () => {
    if (!first) throw new Error("the spec has no operation");
    const state = await stateBeforeRedoc(`${pathToFileURL(docsFile()).href}#${redocOperationPath(spec, first)}`);
    expect(state).toEqual({
      heading: first.summary,
      visible: true,
      area: expect.any(Number),
      inViewport: true,
      redocOperations: 0,
      search: "Loading...",
    });
    expect(state.area).toBeGreaterThan(0);
  });
});
