// docs/traffic.md's startProxy recipe is the code between the recipe markers below, run here
// against the mock; the test also holds the page's ```ts block under its marker to that text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createApiConnectorsClient } from "../../src/index.js";
import { startMockServer } from "../../src/mock/index.js";
import { startProxy } from "../../src/proxy/index.js";
import { repoRoot } from "../support/repo.js";

const MARKER = "<!-- recipe: test/proxy/recipe.test.ts -->\n\n```ts\n";

function recipeInFile(): string {
  const text = readFileSync(path.join(repoRoot, "test", "proxy", "recipe.test.ts"), "utf8");
  const start = text.indexOf("    // recipe:start\n") + "    // recipe:start\n".length;
  const end = text.indexOf("    // recipe:end");
  return text
    .slice(start, end)
    .split("\n")
    .map((line) => line.replace(/^ {4}/, ""))
    .join("\n")
    .trim();
}

function recipeInDocs(): string | undefined {
  const docs = readFileSync(path.join(repoRoot, "docs", "traffic.md"), "utf8");
  const at = docs.indexOf(MARKER);
  if (at < 0) return undefined;
  const body = docs.slice(at + MARKER.length);
  return body.slice(0, body.indexOf("\n```")).trim();
}

describe("docs/traffic.md's proxy recipe", () => {
  it("runs: the client's calls pass through the proxy to the mock with no findings", async () => {
    // recipe:start
    const mock = await startMockServer();
    const proxy = await startProxy({ upstream: mock.url, enforce: true });
    // The code under test talks to the proxy instead of Graph.
    const client = createApiConnectorsClient({ baseUrl: `${proxy.url}/v1.0`, token: "any-token" });
    await client.createApiConnector({
      displayName: "Contoso",
      targetUrl: "https://api.contoso.com/validate",
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        username: "entra",
        password: "Recipe-Secret-2",
      },
    });
    await proxy.close(); // lets open exchanges end; with `record`, writes the HAR file
    await mock.close();
    expect(proxy.findings()).toEqual([]);
    expect(proxy.har().log.entries).toHaveLength(1);
    // recipe:end
  });

  it("is the text the page shows", () => {
    expect(recipeInDocs()).toBe(recipeInFile());
  });
});
