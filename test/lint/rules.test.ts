// The project's own lint rules (lint/) and the strict example check, proven in-process on
// mutated copies of the real spec: each mutation must produce exactly the findings it targets.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { CASES, mutatedCopy } from "./cases.js";
import { lintSpec } from "./lint-in-process.js";

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

async function lintMutated(mutate: Parameters<typeof mutatedCopy>[0]) {
  const dir = mutatedCopy(mutate);
  scratchDirs.push(dir);
  return lintSpec(dir);
}

describe("lint rules on mutated copies of the spec (in-process)", () => {
  it("the unmodified spec lints clean", async () => {
    expect(await lintMutated(() => {})).toEqual([]);
  });

  it.each(CASES)("$name", async ({ mutate, want }) => {
    const problems = await lintMutated(mutate);
    // Exactly the targeted rule's findings; built-in rules may add their own on top.
    const targeted = new Set(want.map((w) => w.ruleId));
    const found = problems
      .filter((p) => targeted.has(p.ruleId))
      .map((p) => ({ ruleId: p.ruleId, severity: p.severity, pointer: p.location[0]?.pointer, message: p.message }));
    expect(found).toEqual(
      want.map((w) => ({
        ruleId: w.ruleId,
        severity: "error",
        pointer: w.pointer,
        message: expect.stringMatching(w.message),
      })),
    );
  });
});
