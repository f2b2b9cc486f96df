import { defineConfig } from "vitest/config";

// The in-process suites, for Stryker (stryker.config.mjs): the e2e suites spawn processes from
// a transpile of src/ that Stryker's mutants would not reach, and cost minutes per mutant.
export default defineConfig({
  test: {
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: [
      "test/validate/**/*.test.ts",
      "test/client/**/*.test.ts",
      "test/mock/**/*.test.ts",
      "test/conformance/**/*.test.ts",
    ],
    exclude: ["test/**/*.e2e.test.ts"],
  },
});
