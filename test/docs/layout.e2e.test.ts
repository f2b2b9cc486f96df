// Issue 16's layout faults of the HTML reference, measured in Chromium (each failed before the
// CSS of scripts/docs/layout.ts, and the server labels before spec/openapi.yaml named one root
// per cloud):
// - no word of the title or of code in a table is split across lines (a word's text range
//   spans one line box: Range.getClientRects());
// - on a phone (375×812) the floating menu button covers no table cell at any scroll position;
// - the servers list labels each service root with its cloud, as Graph's national-cloud docs
//   name them (https://learn.microsoft.com/graph/deployments).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type DocsPage, openDocsPage } from "./browser.js";
import { builtDocsPage } from "./built-docs.js";

const CREATE = "#/apiconnectors/createidentityapiconnector";
const PHONE = { width: 375, height: 812 };

const docsFile = builtDocsPage("layout");

async function withPage<T>(url: string, viewport: { width: number; height: number }, use: (page: Page) => Promise<T>) {
  const docs: DocsPage = await openDocsPage(url, { viewport });
  try {
    return await use(docs.page);
  } finally {
    await docs.close();
  }
}

/** Every word of the title and of table code that spans more than one line, as "word (element)". */
function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    const elements = [...document.querySelectorAll("#redoc h1, #redoc td code, #redoc th code")];
    for (const element of elements) {
      if (!element.checkVisibility()) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) split.push(`${match[0]} (${element.tagName.toLowerCase()})`);
        }
      }
    }
    return split;
  });
}

describe("words stay whole", () => {
  for (const [name, viewport] of [
    ["desktop", { width: 1400, height: 1000 }],
    ["phone", PHONE],
  ] as const) {
    it(`in the title and table code, overview and create operation (${name})`, async () => {
      expect(await withPage(docsFile(), viewport, splitWords)).toEqual([]);
      const inCreate = await withPage(`${docsFile()}${CREATE}`, viewport, async (page) => {
        await page.locator('[id="apiconnectors/createidentityapiconnector"]').getByRole("heading").first().waitFor();
        return splitWords(page);
      });
      expect(inCreate).toEqual([]);
    });
  }
});

describe("the floating menu button on a phone", () => {
  it("covers no table cell at any scroll position", async () => {
    const covered = await withPage(`${docsFile()}${CREATE}`, PHONE, async (page) => {
      await page.locator('[id="apiconnectors/createidentityapiconnector"]').getByRole("heading").first().waitFor();
      const button = page.getByTestId("floating-button");
      await button.waitFor();
      const found: string[] = [];
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += 200) {
        found.push(
          ...(await page.evaluate((top) => {
            window.scrollTo(0, top);
            const b = document.querySelector('[data-testid="floating-button"]')?.getBoundingClientRect();
            if (!b) return ["no floating button"];
            // The part of a cell on screen: its box clipped by every scrolling ancestor (a wide
            // table scrolls sideways in its wrapper).
            const shown = (cell: Element) => {
              let { left, top: y0, right, bottom } = cell.getBoundingClientRect();
              for (let up = cell.parentElement; up; up = up.parentElement) {
                const style = getComputedStyle(up);
                if (style.overflowX === "visible" && style.overflowY === "visible") continue;
                const clip = up.getBoundingClientRect();
                left = Math.max(left, clip.left);
                right = Math.min(right, clip.right);
                y0 = Math.max(y0, clip.top);
                bottom = Math.min(bottom, clip.bottom);
              }
              return { left, top: y0, right, bottom };
            };
            return [...document.querySelectorAll("#redoc td, #redoc th")]
              .filter((cell) => cell.checkVisibility())
              .map((cell) => ({ cell, r: shown(cell) }))
              .filter(({ r }) => r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom)
              .map(({ cell }) => `at ${top}px: ${(cell.textContent ?? "").trim().slice(0, 40)}`);
          }, y)),
        );
      }
      return found;
    });
    expect(covered).toEqual([]);
  });
});

describe("the servers list", () => {
  it("labels every service root with its cloud", async () => {
    const text = await withPage(docsFile(), { width: 1400, height: 1000 }, (page) =>
      page.locator("#redoc").innerText(),
    );
    for (const [label, url] of [
      ["beta: Global service", "https://graph.microsoft.com/beta"],
      ["beta: US Government L4", "https://graph.microsoft.us/beta"],
      ["beta: US Government L5 (DOD)", "https://dod-graph.microsoft.us/beta"],
      ["beta: China operated by 21Vianet", "https://microsoftgraph.chinacloudapi.cn/beta"],
      ["v1.0: Global service", "https://graph.microsoft.com/v1.0"],
      ["v1.0: China operated by 21Vianet", "https://microsoftgraph.chinacloudapi.cn/v1.0"],
    ])
      expect(text).toContain(`${label}\n${url}`);
  });
});
