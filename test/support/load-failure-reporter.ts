import type { RunnerTestCase, RunnerTestFile } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

// For mutation runs only (vitest.mutation.config.ts). Stryker's vitest runner builds a mutant's
// result from the tests it collected, and a test file whose import throws collects none, so a
// mutant that stops a module from loading (a broken default, a module-level call that now
// throws) is scored Survived although the suite fails (stryker-js#6150, open in 9.6.1). This
// reporter gives each such file one failed test carrying its load error, which Stryker reads.
export class LoadFailureReporter implements Reporter {
  onTestModuleEnd(testModule: TestModule): void {
    // The raw task behind the module (vitest-internal): the object Stryker's runner reads.
    const file = (testModule as unknown as { task: RunnerTestFile }).task;
    if (file.result?.state !== "fail" || file.tasks.length > 0) return;
    file.tasks.push({
      type: "test",
      id: `${file.id}_load`,
      name: "the test file loads",
      fullName: `${file.name} the test file loads`,
      fullTestName: "the test file loads",
      mode: "run",
      file,
      suite: file,
      result: { state: "fail", errors: file.result.errors },
      meta: {},
      context: undefined as never, // vitest builds a test's context; nothing reads it after the run
      annotations: [],
      artifacts: [],
      timeout: 0,
    } satisfies RunnerTestCase);
  }
}
