// Mutation testing (npm run test:mutation; not part of npm test): StrykerJS with the vitest
// runner over the in-process suites only (vitest.mutation.config.ts). The machine is shared,
// so one test runner at a time. Narrow a run with `npm run test:mutation -- --mutate src/mock/filter.ts`.
// Scores per file: docs/mutation.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  mutate: [
    "src/validate/**/*.ts",
    "src/client/retry.ts",
    "src/client/retry-after.ts",
    "src/client/network-failure.ts",
    "src/client/transport.ts",
    "src/client/redact.ts",
    "src/mock/filter.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 1,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  // Build output (.test-build holds a symlink Stryker cannot copy) and reports stay out of the sandbox.
  ignorePatterns: [".test-build", "dist", "test-results", "reports"],
  thresholds: { high: 85, low: 70, break: null },
};
