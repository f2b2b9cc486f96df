// One smoke test through the Redocly CLI as `npm run lint:spec` runs it: the lint/plugin.js
// shim loads the TypeScript rules, the spec lints clean, and a mutation fails the run with the
// rule's finding. Every rule's cases run in-process in rules.test.ts.
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { redoclyBin } from "../support/repo.js";
import { CASES, mutatedCopy } from "./cases.js";

const run = promisify(execFile);
const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

interface Problem {
  ruleId: string;
  severity: string;
  location: { pointer: string }[];
}

async function redoclyLint(dir: string): Promise<{ exitCode: number; problems: Problem[] }> {
  try {
    const { stdout } = await run(process.execPath, [redoclyBin, "lint", "--format", "json"], {
      cwd: dir,
      maxBuffer: 32 << 20,
    });
    return { exitCode: 0, problems: (JSON.parse(stdout) as { problems: Problem[] }).problems };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string };
    const parsed = JSON.parse(failure.stdout || "{}") as { problems?: Problem[] };
    return { exitCode: failure.code ?? -1, problems: parsed.problems ?? [] };
  }
}

describe("redocly lint with the apiconnectors plugin (CLI smoke test)", () => {
  it("lints the spec clean and fails a mutation with the plugin's finding", async () => {
    const clean = mutatedCopy(() => {});
    scratchDirs.push(clean);
    expect(await redoclyLint(clean)).toEqual({ exitCode: 0, problems: [] });

    const secret = CASES.find((c) => c.name === "a secret that is not writeOnly");
    if (!secret) throw new Error("the secret case is gone from cases.ts");
    const broken = mutatedCopy(secret.mutate);
    scratchDirs.push(broken);
    const { exitCode, problems } = await redoclyLint(broken);
    expect(exitCode).toBe(1);
    expect(problems.map((p) => [p.ruleId, p.severity, p.location[0]?.pointer])).toContainEqual([
      "apiconnectors/secret-property-write-only",
      "error",
      "#/properties/password",
    ]);
  }, 60_000);
});
