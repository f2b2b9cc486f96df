// docs/ci/gitlab-ci.yml's job run for real with gitlab-ci-local (scripts/gitlab-job.ts; also
// `npm run test:gitlab`): the create stub fails validate, the job fails, and both JUnit files
// are still written, as docs/ci.md says. The same job without its `|| status=1` stops at the
// first failing command and never writes the docs report, which is what the recipe avoids.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { runGitlabJob } from "../../scripts/gitlab-job.js";
import { repoRoot } from "../support/repo.js";
import { CLI_MAIN } from "../support/source-build.js";

const scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-gitlab-recipe-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const totals = (xml: string | undefined) =>
  (
    new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml ?? "") as {
      testsuites?: { tests: string; failures: string };
    }
  ).testsuites;

describe("the GitLab job of docs/ci.md, run with gitlab-ci-local", () => {
  it("fails on the non-conforming payload and still writes both JUnit reports", { timeout: 240_000 }, () => {
    // As under `npm publish --dry-run` (prepublishOnly runs npm test with npm_config_dry_run=true):
    // the job's own install must still be real.
    const saved = process.env.npm_config_dry_run;
    process.env.npm_config_dry_run = "true";
    let run: ReturnType<typeof runGitlabJob>;
    try {
      run = runGitlabJob(CLI_MAIN);
    } finally {
      if (saved === undefined) delete process.env.npm_config_dry_run;
      else process.env.npm_config_dry_run = saved;
    }
    expect(run.code, run.output).toBe(1);
    expect(Object.keys(run.reports).sort()).toEqual(["apiconnectors-docs.xml", "apiconnectors-payloads.xml"]);
    expect(totals(run.reports["apiconnectors-payloads.xml"])).toMatchObject({ tests: "2", failures: "1" });
    expect(totals(run.reports["apiconnectors-docs.xml"])).toMatchObject({ failures: "0" });
    expect(run.output).toContain("1 passed, 1 failed");
  });

  it("without `|| status=1`, the first failing command stops the job before the docs report", {
    timeout: 240_000,
  }, () => {
    const job = readFileSync(path.join(repoRoot, "docs/ci/gitlab-ci.yml"), "utf8");
    const naive = path.join(scratch, "naive.yml");
    writeFileSync(naive, job.replaceAll(" || status=1", ""));
    const run = runGitlabJob(CLI_MAIN, naive);
    expect(run.code, run.output).toBe(1);
    expect(Object.keys(run.reports)).toEqual(["apiconnectors-payloads.xml"]);
  });
});
