// The conventions users bring from ESLint, Spectral and Redocly: --version on every command,
// "did you mean" for a mistyped flag, command, operation or format, SARIF and the
// github-actions alias, --max-problems, --quiet, --color/--no-color, and a usage error that
// is also an annotation under --format github.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./support/run-cli.js";
import { validateSarif as validate } from "./support/sarif-schema.js";

const CREATE = ["--operation", "createIdentityApiConnector", "--request"];
const STUB = "payloads/create-stub.json";
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-conventions-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("--version", () => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  it.each(
    [
      ["--version"],
      ["-v"],
      ["validate", "--version"],
      ["check-docs", "--version"],
      ["mock", "--version"],
      ["proxy", "--version"],
      ["diff", "--version"],
      // docs-pages' Graph version is --graph-version (as mock's): --version is the package's here too.
      ["docs-pages", "--out", "pages", "--version"],
    ].map((args) => ({ args, name: args.join(" ") })),
  )("apiconnectors $name prints the package's version", async ({ args }) => {
    const run = await runCli(args);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("did you mean", () => {
  it.each([
    {
      name: "a mistyped flag",
      args: ["validate", STUB, ...CREATE, "--fromat", "json"],
      want: 'apiconnectors: unknown flag --fromat (did you mean --format?); run "apiconnectors validate --help"\n',
    },
    {
      name: "a mistyped flag of the mock",
      args: ["mock", "--prot", "0"],
      want: 'apiconnectors: unknown flag --prot (did you mean --port?); run "apiconnectors mock --help"\n',
    },
    {
      name: "a mistyped flag of the proxy",
      args: ["proxy", "--upstream", "http://127.0.0.1:1", "--enforse"],
      want: 'apiconnectors: unknown flag --enforse (did you mean --enforce?); run "apiconnectors proxy --help"\n',
    },
    {
      name: "a flag that is nothing like any",
      args: ["check-docs", "x.md", "--zzzzzzzz"],
      want: 'apiconnectors: unknown flag --zzzzzzzz; run "apiconnectors check-docs --help"\n',
    },
    {
      name: "a missing value",
      args: ["validate", STUB, "--request", "--operation"],
      want: 'apiconnectors: --operation needs a value; run "apiconnectors validate --help"\n',
    },
    {
      name: "a mistyped command",
      args: ["valdate", STUB],
      want: /^apiconnectors: unknown command "valdate" \(did you mean "validate"\?\); commands: validate, check-docs, /,
    },
    {
      name: "a mistyped format",
      args: ["validate", STUB, ...CREATE, "--format", "sarf"],
      want: 'apiconnectors: --format must be one of text, json, github, junit, sarif (or github-actions), got "sarf" (did you mean "sarif"?)\n',
    },
  ])("$name", async ({ args, want }) => {
    const run = await runCli(args);
    if (typeof want === "string") expect(run.stderr).toBe(want);
    else expect(run.stderr).toMatch(want);
    expect(run.code).toBe(2);
  });

  it("a mistyped operation", async () => {
    const run = await runCli(["validate", STUB, "--operation", "createIdentityApiConector", "--request"]);
    expect(run.stderr).toContain(
      'unknown operation "createIdentityApiConector" (did you mean "createIdentityApiConnector"?); known operations:',
    );
    expect(run.code).toBe(2);
  });
});

describe("formats", () => {
  it("--format github-actions is --format github", async () => {
    const alias = await runCli(["validate", STUB, ...CREATE, "--format", "github-actions"]);
    const github = await runCli(["validate", STUB, ...CREATE, "--format", "github"]);
    expect(alias).toEqual(github);
    expect(alias.stdout).toContain("::error file=payloads/create-stub.json,line=4,col=16,");
  });

  it("--format sarif writes a SARIF 2.1.0 log the published schema accepts", async () => {
    const out = path.join(scratch, "report.sarif");
    const run = await runCli([
      "validate",
      STUB,
      "payloads/create-basic.json",
      ...CREATE,
      "-f",
      "sarif",
      "--output",
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("1 passed, 1 failed");
    const log = JSON.parse(readFileSync(out, "utf8")) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: unknown }[] }[] }[];
    };
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.runs[0]?.results.map((r) => r.ruleId)).toHaveLength(3);
    expect(log.runs[0]?.results[1]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "payloads/create-stub.json" },
      region: { startLine: 4, startColumn: 16 },
    });
  });

  it("a usage error under --format github is also an ::error annotation", async () => {
    for (const format of [["--format", "github"], ["--format=github-actions"], ["-f", "github"]]) {
      const run = await runCli(["validate", STUB, "--operation", "createIdentityApiConector", "--request", ...format]);
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(/^::error title=apiconnectors::unknown operation "createIdentityApiConector" /);
      expect(run.stderr).toContain('unknown operation "createIdentityApiConector"');
    }
    const text = await runCli(["validate", STUB, "--operation", "createIdentityApiConector", "--request"]);
    expect(text.stdout).toBe("");
  });
});

describe("how much is reported", () => {
  it("--max-problems N reports the first N findings and says how many more there are; the exit code counts all", async () => {
    const run = await runCli(["validate", STUB, ...CREATE, "--max-problems", "1"]);
    expect(run.code).toBe(1);
    expect(run.stdout.match(/ error /g)).toHaveLength(1);
    expect(run.stdout).toContain("0 passed, 1 failed");
    expect(run.stderr).toBe("apiconnectors: 2 more problems not shown (--max-problems 1)\n");
    const all = await runCli(["validate", STUB, ...CREATE]);
    expect(all.stdout.match(/ error /g)).toHaveLength(3);
  });

  it("--max-problems takes a whole number", async () => {
    const run = await runCli(["validate", STUB, ...CREATE, "--max-problems", "few"]);
    expect(run).toMatchObject({ code: 2, stderr: 'apiconnectors: --max-problems takes a whole number, got "few"\n' });
  });

  it("--quiet leaves warnings out", async () => {
    const bom = path.join(scratch, "bom.json");
    writeFileSync(
      bom,
      `\uFEFF${readFileSync(path.join(ROOT, "test/cli/fixtures/payloads/create-basic.json"), "utf8")}`,
    );
    const loud = await runCli(["validate", bom, ...CREATE, "--verbose", "--format", "json"]);
    expect(JSON.parse(loud.stdout).summary.warnings).toBe(1);
    const quiet = await runCli(["validate", bom, ...CREATE, "--quiet", "--format", "json"]);
    expect(JSON.parse(quiet.stdout).summary).toMatchObject({ passed: 1, failed: 0, warnings: 0 });
    expect(quiet.code).toBe(0);
  });
});

describe("colour flags", () => {
  const ESC = "\u001b[";
  it("--no-color wins over FORCE_COLOR, --color over NO_COLOR", async () => {
    const forced = await runCli(["validate", STUB, ...CREATE], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain(ESC);
    const off = await runCli(["validate", STUB, ...CREATE, "--no-color"], {
      env: { NO_COLOR: undefined, FORCE_COLOR: "1" },
    });
    expect(off.stdout).not.toContain(ESC);
    const on = await runCli(["validate", STUB, ...CREATE, "--color"], { env: { NO_COLOR: "1" } });
    expect(on.stdout).toContain(ESC);
  });
});
