// A HAR that nobody here wrote: Playwright's own recorder (`recordHar`, playwright-core driving
// Debian's Chromium) records a page that calls the mock with fetch, and `apiconnectors validate`
// reads the recording back with the right verdict for every entry. The page is served from the
// mock's own origin (Playwright fulfils that one URL), so its fetch calls are same-origin and
// reach the real mock over loopback.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../../src/mock/index.js";
import { runCli } from "../cli/support/run-cli.js";
import { launchChromium } from "../docs/browser.js";

// The page a team's front end would be: a good create, a bad one (no such @odata.type), then a
// read of the created connector and a list, each body read (Playwright keeps only the bodies
// a page reads; one it did not is checked on its status only: unrecorded-body.test.ts). The
// password is a test value, not a secret.
const APP = `<!doctype html><meta charset="utf-8"><title>connectors</title><script type="module">
const json = { "content-type": "application/json" };
const good = { displayName: "Sign-up check", targetUrl: "https://api.contoso.com/signup",
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "svc", password: "pw-from-page" } };
const bad = { ...good, authenticationConfiguration: { "@odata.type": "#microsoft.graph.oauth2", username: "svc", password: "pw-from-page" } };
const created = await (await fetch("/v1.0/identity/apiConnectors", { method: "POST", headers: json, body: JSON.stringify(good) })).json();
await (await fetch("/v1.0/identity/apiConnectors", { method: "POST", headers: json, body: JSON.stringify(bad) })).json();
await (await fetch("/v1.0/identity/apiConnectors/" + created.id)).json();
await (await fetch("/v1.0/identity/apiConnectors?$top=5&$select=id,displayName")).json();
document.title = "done";
</script>`;

let mock: MockServer;
let dir: string;
let har: string;

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
  dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-playwright-har-"));
  har = path.join(dir, "recorded.har");
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ recordHar: { path: har, content: "embed" } });
    await context.route(`${mock.url}/app/`, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: APP }),
    );
    const page = await context.newPage();
    await page.goto(`${mock.url}/app/`);
    await page.waitForFunction(() => document.title === "done", undefined, { timeout: 20_000 });
    await context.close(); // writes the HAR
  } finally {
    await browser.close();
  }
}, 120_000);

afterAll(async () => {
  await mock?.close();
  if (dir && !process.env.KEEP_HAR) rmSync(dir, { recursive: true, force: true });
});

interface Result {
  entry?: number;
  direction?: string;
  operation?: string;
  skipped?: string;
  valid: boolean;
  issues: Array<{ pointer: string; keyword: string }>;
}

describe("a HAR recorded by Playwright against the mock", () => {
  it("is a HAR 1.2 written by Playwright, holding the page and its four calls with their bodies", () => {
    const log = JSON.parse(readFileSync(har, "utf8")).log;
    expect(log.version).toBe("1.2");
    expect(log.creator.name).toBe("Playwright");
    const calls = log.entries.filter((entry: { request: { url: string } }) => entry.request.url.includes("/v1.0/"));
    expect(calls).toHaveLength(4);
    // Playwright writes JSON bodies base64-encoded: the reader must decode them.
    expect(
      calls.map((entry: { response: { content: { encoding?: string } } }) => entry.response.content.encoding),
    ).toEqual(["base64", "base64", "base64", "base64"]);
  });

  it("validates with the right verdict for every entry", async () => {
    const run = await runCli(["validate", har, "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const results = (JSON.parse(run.stdout) as { results: Result[] }).results;
    const verdicts = results
      .filter((result) => result.skipped === undefined)
      .map((result) => [
        result.operation,
        result.direction,
        result.valid,
        result.issues.map((issue) => `${issue.keyword} ${issue.pointer}`),
      ]);
    expect(verdicts).toEqual([
      ["createIdentityApiConnector", "request", true, []],
      ["createIdentityApiConnector", "response", true, []],
      ["createIdentityApiConnector", "request", false, ["discriminator /authenticationConfiguration/@odata.type"]],
      // The mock refuses it with Graph's 400 error envelope, which the contract declares.
      ["createIdentityApiConnector", "response", true, []],
      ["getIdentityApiConnector", "request", true, []],
      ["getIdentityApiConnector", "response", true, []],
      ["listIdentityApiConnectors", "request", true, []],
      ["listIdentityApiConnectors", "response", true, []],
    ]);
    // The page itself (and anything else the browser fetched) is outside the contract.
    const skipped = results.filter((result) => result.skipped !== undefined);
    expect(skipped.length).toBeGreaterThanOrEqual(1);
    expect(skipped.every((result) => !result.skipped?.includes("/identity/apiConnectors"))).toBe(true);
  });

  it("never prints the page's password in any format", async () => {
    for (const format of ["text", "json", "github", "junit", "sarif"]) {
      const run = await runCli(["validate", har, "--format", format]);
      expect(`${run.stdout}${run.stderr}`, format).not.toContain("pw-from-page");
    }
  });
});
