// Issue 10: no regular expression the project runs on untrusted text may take more than linear
// time. recheck (makenowjust-labs/recheck) decides it with automata theory and fuzzing; it
// flags the polynomial cases (`\s+(\d{3})(?:\s+(.*?))?\s*$`, `/\/+$/`) that safe-regex misses.
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { sourceRegexes, specPatterns } from "./support/regexes.js";

/**
 * undefined when recheck proves the regex linear; otherwise why not. The fuzz checker (used
 * when the automaton would be too large, as for the spec's httpsUrl) draws random strings: a
 * fixed seed makes a run repeatable, and a timeout well above the usual second keeps a loaded
 * machine from turning "safe" into "unknown (timeout)".
 */
function problem(source: string, flags: string): string | undefined {
  const diagnostics = checkSync(source, flags, { timeout: 30_000, randomSeed: 20261201 });
  if (diagnostics.status === "safe") return undefined;
  if (diagnostics.status === "unknown") return `unknown (${diagnostics.error.kind})`;
  return `${diagnostics.complexity.summary} (attack: ${JSON.stringify(diagnostics.attack.pattern)})`;
}

describe("every regular expression is linear on any input (recheck)", () => {
  const { regexes, constructed } = sourceRegexes();

  it("src/ builds no regular expression at run time (the checker only sees literals)", () => {
    expect(constructed).toEqual([]);
  });

  it("finds the literals of src/ and the spec's patterns", () => {
    expect(regexes.length).toBeGreaterThan(40);
    expect(specPatterns().length).toBeGreaterThan(0);
  });

  it("checks them all", { timeout: 300_000 }, () => {
    const flagged = [...regexes, ...specPatterns()]
      .map((regex) => ({ ...regex, problem: problem(regex.source, regex.flags) }))
      .filter((regex) => regex.problem !== undefined)
      .map((regex) => `${regex.where} /${regex.source}/${regex.flags}: ${regex.problem}`);
    expect(flagged).toEqual([]);
  });
});
