// Opens the built docs page in Debian's Chromium (playwright-core drives it; Playwright's own
// browser download does not work here) with the network off, and records everything that
// would show the page is not self-contained: requests that leave file://, console errors,
// uncaught exceptions and Content-Security-Policy violations.

import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// As root in a container: no sandbox. The rest keeps Chromium itself from calling home
// (without them its own connections are refused here, many at a time). Playwright adds
// --headless and a fresh temporary profile (--user-data-dir) itself.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Schemes a self-contained page may load from: itself, inline data, and its own blobs. */
const LOCAL_SCHEMES = ["file:", "data:", "blob:"];

export interface DocsPage {
  page: Page;
  /** Every URL the page requested that was not file:, data: or blob:. */
  offsite: string[];
  /** Console errors, uncaught exceptions and CSP violations, in order. */
  errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** false opens the page as a reader with JavaScript off sees it (nothing hydrates). */
  javaScriptEnabled?: boolean;
  /** The window size; default 1400×1000, a desktop. */
  viewport?: { width: number; height: number };
}

/** Debian's Chromium, headless, kept from calling home. The caller closes it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium), as .ci/run does`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function openDocsPage(
  file: string,
  { javaScriptEnabled = true, viewport = { width: 1400, height: 1000 } }: OpenOptions = {},
): Promise<DocsPage> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      offline: true,
      javaScriptEnabled,
      viewport,
    });
    const offsite: string[] = [];
    const errors: string[] = [];
    context.on("request", (request) => {
      if (!LOCAL_SCHEMES.some((scheme) => request.url().startsWith(scheme))) offsite.push(request.url());
    });
    // A request the page's CSP refuses never becomes a request event: catch the refusal.
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
      });
    });
    const page = await context.newPage();
    // Everything is local: a selector that is not there in 5 s is not coming.
    page.setDefaultTimeout(5_000);
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    // Loading 2.6 MB under a busy CPU can take longer than a selector wait.
    await page.goto(
      file.includes("#")
        ? `${pathToFileURL(file.slice(0, file.indexOf("#"))).href}${file.slice(file.indexOf("#"))}`
        : pathToFileURL(file).href,
      { timeout: 30_000 },
    );
    if (!javaScriptEnabled) return { page, offsite, errors, close: () => browser.close() };
    // Redoc hydrates the prerendered HTML asynchronously; until then links are plain links
    // (to file:///apiconnectors...). The search box says "Loading..." until it is live.
    // (On a phone the search box is in the hidden menu: attached, not visible.)
    await page.getByTestId("search-trigger").filter({ hasNotText: "Loading" }).waitFor({ state: "attached" });
    return { page, offsite, errors, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
