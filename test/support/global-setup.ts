// vitest global setup: build the source once per run so that spawned CLIs run what is in src/.
import type { TestProject } from "vitest/node";
import { buildSource } from "./source-build.js";

export default async function setup(project: TestProject): Promise<void> {
  await buildSource();
  project.onTestsRerun(async () => {
    await buildSource();
  });
}
