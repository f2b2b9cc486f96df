// `apiconnectors diff` as a user runs it, in a scratch git repository holding a copy of the
// spec with a release tag: each side read from the working tree or from `git show`, every
// format, --fail-on, and the exit codes (0, 1, 2) of `validate`.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/support/run-cli.js";
import { repoRoot } from "../support/repo.js";

let scratch: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: scratch, stdio: "pipe", encoding: "utf8" });
const schemaFile = (name: string) => path.join(scratch, "spec/components/schemas", `${name}.yaml`);
const edit = (name: string, from: string, to: string) => {
  const text = readFileSync(schemaFile(name), "utf8");
  if (!text.includes(from)) throw new Error(`${name}.yaml has no ${from}`);
  writeFileSync(schemaFile(name), text.replace(from, to));
};
const diff = (...args: string[]) => runCli(["diff", ...args], { cwd: scratch });

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-diff-"));
  cpSync(path.join(repoRoot, "spec"), path.join(scratch, "spec"), { recursive: true });
  git("init", "-q");
  git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "add", ".");
  git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "v0.1.0");
  git("tag", "v0.1.0");
  // The working tree: a breaking change (a response union gains a branch) and a warning
  // (a response limit loosened).
  edit(
    "apiAuthenticationConfigurationResponse",
    "mapping:\n",
    "mapping:\n    '#microsoft.graph.oauth2Authentication': ./basicAuthenticationMasked.yaml\n",
  );
  edit("odataMainError", "maxItems: 100", "maxItems: 1000");
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("apiconnectors diff", () => {
  it("finds nothing between the tag and the same commit (exit 0)", async () => {
    const run = await diff("git:v0.1.0", "git:HEAD");
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("0 breaking, 0 warnings, 0 info");
    expect(run.code).toBe(0);
  });

  it("reports a breaking change with operation, direction, both pointers and the generated type (exit 1)", async () => {
    const run = await diff("git:v0.1.0", "spec/openapi.yaml");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("breaking");
    expect(run.stdout).toContain("[response-discriminator-value-added]");
    expect(run.stdout).toContain("getIdentityApiConnector");
    expect(run.stdout).toContain("#/components/schemas/apiAuthenticationConfigurationResponse");
    expect(run.stdout).toContain('type: components["schemas"]["apiAuthenticationConfigurationResponse"]');
    expect(run.stdout).toContain("1 breaking, 1 warnings");
  });

  it("writes a versioned JSON report", async () => {
    const run = await diff("git:v0.1.0", "spec/openapi.yaml", "--format", "json");
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      version: 1,
      command: "diff",
      old: "git:v0.1.0:spec/openapi.yaml",
      new: "spec/openapi.yaml",
      summary: { breaking: 1, warning: 1, info: 0 },
    });
    expect(report.findings[0]).toMatchObject({
      level: "breaking",
      rule: "response-discriminator-value-added",
      direction: "response",
      oldPointer: "/components/schemas/apiAuthenticationConfigurationResponse",
      newPointer: "/components/schemas/apiAuthenticationConfigurationResponse",
      operations: expect.arrayContaining(["getIdentityApiConnector", "createIdentityApiConnector"]),
    });
  });

  it("writes Markdown for a pull-request comment, with table cells escaped", async () => {
    const run = await diff("git:v0.1.0", "spec/openapi.yaml", "--format", "markdown");
    expect(run.stdout).toMatch(/^## Contract changes\n/);
    expect(run.stdout).toContain("### Breaking changes");
    expect(run.stdout).toContain("### Warnings");
    expect(run.stdout).toContain('components\\["schemas"\\]\\["apiAuthenticationConfigurationResponse"\\]');
    for (const row of run.stdout.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| ---")))
      expect(row.split(/(?<!\\)\|/).length, row).toBe(7);
  });

  it("writes GitHub annotations: ::error for breaking, ::warning for warnings", async () => {
    const run = await diff("git:v0.1.0", "spec/openapi.yaml", "--format", "github");
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      /^::error file=spec\/openapi\.yaml,title=apiconnectors diff%3A response-discriminator-value-added::/,
    );
    expect(lines[1]).toMatch(/^::warning /);
  });

  it("writes JUnit XML with a failure per change at the --fail-on level", async () => {
    const breaking = new XMLParser({ ignoreAttributes: false }).parse(
      (await diff("git:v0.1.0", "spec/openapi.yaml", "--format", "junit")).stdout,
    );
    expect(breaking.testsuites["@_failures"]).toBe("1");
    const warning = new XMLParser({ ignoreAttributes: false }).parse(
      (await diff("git:v0.1.0", "spec/openapi.yaml", "--format", "junit", "--fail-on", "warning")).stdout,
    );
    expect(warning.testsuites["@_failures"]).toBe("2");
  });

  it("fails on warnings only with --fail-on warning", async () => {
    const onlyWarning = path.join(scratch, "only-warning.json");
    const tagged = JSON.parse((await diff("git:v0.1.0", "git:v0.1.0", "--format", "json")).stdout);
    expect(tagged.findings).toEqual([]);
    // A bundled JSON side: the tag's spec with only the warning applied.
    git("stash", "-q");
    edit("odataMainError", "maxItems: 100", "maxItems: 1000");
    const { bundle, specSource } = await import("../../src/diff/index.js");
    writeFileSync(onlyWarning, JSON.stringify(bundle(specSource("spec/openapi.yaml", scratch)).document));
    git("checkout", "-q", "--", ".");
    git("stash", "pop", "-q");
    expect((await diff("git:v0.1.0", "only-warning.json")).code).toBe(0);
    expect((await diff("git:v0.1.0", "only-warning.json", "--fail-on", "warning")).code).toBe(1);
  }, 120_000);

  it("writes the report to --output and the text to stdout", async () => {
    const out = path.join(scratch, "report.md");
    const run = await diff("git:v0.1.0", "spec/openapi.yaml", "--format", "markdown", "--output", out);
    expect(readFileSync(out, "utf8")).toContain("## Contract changes");
    expect(run.stdout).toContain("1 breaking, 1 warnings");
  });

  it.each([
    [["git:v0.1.0"], /give two specs/],
    [["git:v9.9.9", "spec/openapi.yaml"], /git:v9\.9\.9: no such commit/],
    [["git:--output=x", "spec/openapi.yaml"], /not a git revision/],
    [["missing.yaml", "spec/openapi.yaml"], /missing\.yaml: cannot be read/],
    [["git:v0.1.0", "spec/openapi.yaml", "--fail-on", "info"], /--fail-on must be breaking or warning/],
    [
      ["git:v0.1.0", "spec/openapi.yaml", "--format", "sarif"],
      /--format must be one of text, json, markdown, github, junit/,
    ],
  ])("exits 2 with one line for %j", async (args, message) => {
    const run = await diff(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("names the file, line and column of a side that is not YAML", async () => {
    writeFileSync(path.join(scratch, "broken.yaml"), "openapi: 3.1.0\npaths: {\n  - nope\n");
    const run = await diff("broken.yaml", "spec/openapi.yaml");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.yaml:\d+:\d+: not valid YAML or JSON/);
  });

  it("--consumer: the new response mapping key breaks a consumer's exhaustive switch, annotated where it stops compiling", async () => {
    cpSync(path.join(repoRoot, "test/diff/fixtures/consumer"), path.join(scratch, "consumer"), { recursive: true });
    const run = await diff("git:v0.1.0", "spec/openapi.yaml", "--consumer", "consumer", "--format", "github");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    // openapi-typescript adds the mapping key to the branch's "@odata.type" literals, so the
    // switch's `never` default no longer holds: exactly what the diff's rule warns of.
    expect(run.stdout).toMatch(
      /^::error file=consumer\/describe-auth\.ts,line=14,col=\d+,title=apiconnectors diff%3A consumer-type-error::consumer\/describe-auth\.ts:14:\d+: stops compiling with the new types: TS2322 .*oauth2Authentication.*never/m,
    );
    expect(run.stdout).toContain("2 breaking, 1 warnings");
  }, 120_000);

  it("--consumer: a removed response property breaks its reader; errors both sides share are the consumer's own", async () => {
    // A second working copy whose connector no longer has targetUrl, which the consumer reads.
    cpSync(path.join(scratch, "spec"), path.join(scratch, "spec-next"), { recursive: true });
    const file = path.join(scratch, "spec-next/components/schemas/identityApiConnector.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n {2}targetUrl:\n(?: {4}.*\n)+/, "\n"));
    expect(readFileSync(file, "utf8")).not.toContain("targetUrl:");
    cpSync(path.join(repoRoot, "test/diff/fixtures/consumer"), path.join(scratch, "consumer"), { recursive: true });
    const run = await diff("spec/openapi.yaml", "spec-next/openapi.yaml", "--consumer", "consumer");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /breaking +stops compiling with the new types: TS2339 .*targetUrl.*\[consumer-type-error\]\n +consumer\/describe-auth\.ts:21:\d+\n/,
    );
    expect(run.stdout).toMatch(
      /warning +fails with the old types too: TS2322 .*\[consumer-already-failing\]\n +consumer\/describe-auth\.ts:14:\d+\n/,
    );
  }, 120_000);

  it("--consumer: a folder that does not exist is a usage error (exit 2)", async () => {
    const run = await diff("spec/openapi.yaml", "spec/openapi.yaml", "--consumer", "no-such-folder");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--consumer no-such-folder: no such folder or tsconfig file");
  });
});
