// The command table: help, version, unknown commands, and every listed command's own help.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./support/run-cli.js";

describe("apiconnectors", () => {
  it.each([
    {
      name: "--help lists the commands",
      args: ["--help"],
      want: { code: 0, stdout: ["Usage: apiconnectors <command>", "  validate ", "  check-docs ", "  proxy "] },
    },
    { name: "no command is a usage error", args: [], want: { code: 2, stderr: ["Usage: apiconnectors <command>"] } },
    {
      name: "an unknown command",
      args: ["lint"],
      want: { code: 2, stderr: ['apiconnectors: unknown command "lint"; commands: validate, check-docs'] },
    },
    {
      name: "an inherited property is not a command",
      args: ["constructor"],
      want: { code: 2, stderr: ['unknown command "constructor"'] },
    },
  ])("$name", async ({ args, want }) => {
    const run = await runCli(args);
    for (const text of want.stdout ?? []) expect(run.stdout).toContain(text);
    for (const text of want.stderr ?? []) expect(run.stderr).toContain(text);
    expect(run.code).toBe(want.code);
  });

  it("--version prints the package's version", async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const run = await runCli(["--version"]);
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.code).toBe(0);
  });

  it("every command in the table answers --help", async () => {
    const help = await runCli(["--help"]);
    const commands = [...help.stdout.matchAll(/^ {2}([a-z][a-z-]*) {2,}/gm)].map((match) => match[1] ?? "");
    expect(commands).toEqual(expect.arrayContaining(["validate", "check-docs", "mock", "proxy"]));
    for (const command of commands) {
      const run = await runCli([command, "--help"]);
      expect({ command, code: run.code, usage: run.stdout.startsWith(`Usage: apiconnectors ${command}`) }).toEqual({
        command,
        code: 0,
        usage: true,
      });
    }
  });
});
