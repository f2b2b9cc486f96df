// docs/ci/github-proxy.yml's script, run as the runner runs it (bash -eo pipefail): the mock
// and the proxy from the source build, and a small "integration test run" instead of
// `npm run test:integration`. The job passes when every
// exchange conforms, fails when one does not, and writes the JUnit report and the HAR both times.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../support/repo.js";
import { CLI_MAIN } from "../support/source-build.js";

const RECIPE = path.join(repoRoot, "docs", "ci", "github-proxy.yml");

function recipeScript(): string {
  const workflow = parse(readFileSync(RECIPE, "utf8")) as {
    jobs: Record<string, { steps: Array<{ name?: string; run?: string }> }>;
  };
  const step = Object.values(workflow.jobs)[0]?.steps.find((candidate) =>
    candidate.run?.includes("apiconnectors proxy"),
  );
  if (!step?.run) throw new Error(`${RECIPE} has no step that runs apiconnectors proxy`);
  return step.run;
}

/** The integration test run: creates one connector through GRAPH_BASE_URL. */
const testRun = (targetUrl: string) => `
const response = await fetch(process.env.GRAPH_BASE_URL + "/identity/apiConnectors", {
  method: "POST",
  headers: { "content-type": "application/json", authorization: "Bearer recipe-token-91c2" },
  body: JSON.stringify({
    displayName: "Recipe",
    targetUrl: ${JSON.stringify(targetUrl)},
    authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u", password: "Recipe-Secret-1" },
  }),
});
console.log("created:", response.status);
`;

async function runRecipe(targetUrl: string): Promise<{ code: number | null; output: string; work: string }> {
  // A directory per run: the ready files of one run's mock must not be seen by the next.
  const work = mkdtempSync(path.join(scratch, "run-"));
  writeFileSync(path.join(work, "integration.mjs"), testRun(targetUrl));
  const script = recipeScript()
    .replaceAll("node_modules/.bin/apiconnectors", `"${process.execPath}" "${CLI_MAIN}"`)
    .replace("npm run test:integration", `"${process.execPath}" integration.mjs`);
  const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd: work });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearTimeout(timer);
  return { code, output, work };
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-proxy-recipe-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("docs/ci/github-proxy.yml's script", () => {
  it("passes when every exchange conforms, with the report and the recording written", async () => {
    const { code, output, work } = await runRecipe("https://recipe.example/api");
    expect(code, output).toBe(0);
    expect(output).toContain("created: 201");
    expect(readFileSync(path.join(work, "traffic.xml"), "utf8")).toMatch(/tests="2" failures="0"/);
    const har = readFileSync(path.join(work, "traffic.har"), "utf8");
    expect(JSON.parse(har).log.entries).toHaveLength(1);
    expect(har).not.toContain("Recipe-Secret-1");
    expect(har).not.toContain("recipe-token-91c2");
  });

  it("fails the job on a finding, and still writes both files", async () => {
    const { code, output, work } = await runRecipe("http://plain.example/api");
    expect(code, output).toBe(1);
    expect(output).toContain("created: 400");
    expect(output).toMatch(/error \/targetUrl: /);
    expect(readFileSync(path.join(work, "traffic.xml"), "utf8")).toMatch(/tests="2" failures="1"/);
    expect(JSON.parse(readFileSync(path.join(work, "traffic.har"), "utf8")).log.entries).toHaveLength(1);
  });
});
