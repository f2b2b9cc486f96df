// Graph-docs pages from the spec: one page per operation (api/) and one per resource type
// (resources/), per Graph version, in the Markdown dialect of microsoft-graph-docs-contrib
// that ApiDoctor and `apiconnectors check-docs` read. See docs/docs-pages.md.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultAuthor, type PageOptions } from "./front-matter.js";
import { RESOURCE_TYPES } from "./graph-types.js";
import { operationPage } from "./operation-page.js";
import { resourcePage } from "./resource-page.js";
import type { GraphVersion } from "./samples.js";
import { loadSpec, type Spec } from "./spec.js";

export { operationExamples } from "./examples.js";
export { type CodeSamples, codeSamples, type GraphVersion } from "./samples.js";
export { loadSpec, type Spec } from "./spec.js";

export const GRAPH_VERSIONS: readonly GraphVersion[] = ["v1.0", "beta"];

export interface DocsPage {
  /** Relative to the version's folder: `api/identityapiconnector-create.md`, `resources/….md`. */
  file: string;
  text: string;
}

export function docsPages(version: GraphVersion, spec: Spec = loadSpec(), author?: string): DocsPage[] {
  const options: PageOptions = { version, author: author ?? defaultAuthor(spec) };
  return [
    ...spec.operations.map((operation) => operationPage(spec, operation, options)),
    ...RESOURCE_TYPES.map((resource) => resourcePage(spec, resource, options)),
  ];
}

/** Writes `DIR/<version>/api/*.md` and `DIR/<version>/resources/*.md`; returns the files written. */
export function writeDocsPages(
  directory: string,
  versions: readonly GraphVersion[] = GRAPH_VERSIONS,
  author?: string,
): string[] {
  const spec = loadSpec();
  const written: string[] = [];
  for (const version of versions) {
    for (const docsPage of docsPages(version, spec, author)) {
      const file = path.join(directory, version, docsPage.file);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, docsPage.text);
      written.push(file);
    }
  }
  return written;
}
