import { defineConfig } from "vitest/config";

// Two projects: "unit" runs in-process (npm run test:unit, seconds); "e2e" spawns processes
// (the CLI from the source build, Redocly, npm pack, Chromium). `npm test` runs both.
const E2E = "test/**/*.e2e.test.ts";

export default defineConfig({
  test: {
    // Two cores: keep the pool small so the loopback-server and child-process suites stay reliable.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [E2E] } },
      { extends: true, test: { name: "e2e", include: [E2E], globalSetup: ["test/support/global-setup.ts"] } },
    ],
  },
});
