import { defineConfig } from "vitest/config";
import { LoadFailureReporter } from "./test/support/load-failure-reporter.js";

// The in-process suites, for Stryker (stryker.config.mjs): the e2e suites spawn processes from
// a transpile of src/ that Stryker's mutants would not reach, and cost minutes per mutant.
// MUTATION_TESTS (comma-separated globs) narrows a run to the suites that matter for the files
// being mutated: MUTATION_TESTS=test/mock/filter.test.ts npm run test:mutation -- --mutate src/mock/filter.ts
const narrowed = process.env.MUTATION_TESTS?.split(",").filter(Boolean);
export default defineConfig({
  test: {
    pool: "forks",
    reporters: ["default", new LoadFailureReporter()],
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: narrowed?.length
      ? narrowed
      : [
          "test/validate/**/*.test.ts",
          "test/client/**/*.test.ts",
          "test/mock/**/*.test.ts",
          "test/conformance/**/*.test.ts",
        ],
    exclude: ["test/**/*.e2e.test.ts"],
  },
});
