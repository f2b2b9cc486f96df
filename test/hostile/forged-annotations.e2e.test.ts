// Issue 10, item 2, through the command: an empty file a pull request adds, named to look like
// a workflow command, must not forge an annotation (or `::stop-commands::` the rest of the run)
// through the CLI's own diagnostics, and no raw control character reaches the log.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/support/run-cli.js";

const FORGED = "x\n::error file=README.md,line=1::forged\n::stop-commands::t\u001b[2J";

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-forged-"));
  mkdirSync(path.join(scratch, "docs"));
  writeFileSync(path.join(scratch, `${FORGED}.ndjson`), "\n\n");
  writeFileSync(path.join(scratch, "docs", `${FORGED}.md`), "# no examples here\n");
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Lines the GitHub runner would read as workflow commands, and raw control characters. */
function commandsAndControls(output: string) {
  return {
    commands: output.split(/\r?\n|\r/).filter((line) => line.trimStart().startsWith("::")),
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    controls: output.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g) ?? [],
  };
}

/** The one command the github format writes for a run that checked nothing: the CLI's own, naming no file. */
const NOTHING_CHECKED =
  "::warning title=apiconnectors::nothing was checked: no request or response example of an operation of the contract was found";

describe("file names that look like workflow commands", () => {
  it.each(["text", "github", "junit", "json"])("validate --format %s: nothing forged", async (format) => {
    const run = await runCli(["validate", ".", "-o", "createIdentityApiConnector", "--request", "-f", format], {
      cwd: scratch,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("holds no payload");
    expect(commandsAndControls(run.stderr)).toEqual({ commands: [], controls: [] });
    expect(commandsAndControls(run.stdout)).toEqual({
      commands: format === "github" ? [NOTHING_CHECKED] : [],
      controls: [],
    });
  });

  it("check-docs: the warning for a page without examples is one inert line", async () => {
    const run = await runCli(["check-docs", "docs", "-f", "github"], { cwd: scratch });
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      "apiconnectors: warning: docs/x\\u000a::error file=README.md,line=1::forged\\u000a::stop-commands::t\\u001b[2J.md has no request or response example",
    ]);
    expect(commandsAndControls(run.stdout)).toEqual({ commands: [NOTHING_CHECKED], controls: [] });
  });

  it("a usage error naming the file is one inert line", async () => {
    const run = await runCli(["validate", `${FORGED}.missing`, "-o", "createIdentityApiConnector", "--request"], {
      cwd: scratch,
    });
    expect(run.code).toBe(2);
    expect(commandsAndControls(run.stderr)).toEqual({ commands: [], controls: [] });
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});
