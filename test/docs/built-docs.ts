// The docs page, built for one test file: into a scratch folder before its tests (so a suite
// needs no earlier `npm run docs` and does not race another run over dist/docs), removed after.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { buildDocs } from "../../scripts/docs/build.js";

/**
 * Registers the build and the clean-up as this file's first hooks (so its own afterAll, which
 * closes the browser, runs before the folder is removed); returns the page's path, known once
 * the hooks have run.
 */
export function builtDocsPage(name: string): () => string {
  let scratch: string | undefined;
  let file: string | undefined;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), `apiconnectors-docs-${name}-`));
    file = buildDocs({ output: path.join(scratch, "index.html") }).output;
  }, 120_000);
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });
  return () => {
    if (file === undefined) throw new Error("the docs page is built in beforeAll: read it in a hook or a test");
    return file;
  };
}
