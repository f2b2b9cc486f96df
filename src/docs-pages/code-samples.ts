// Redoc's `x-codeSamples` for every operation of a spec document, from the same examples and
// sample generators as the Markdown pages: HTTP, curl and TypeScript per example. Added by the
// docs build to its copy of the bundle, never written into spec/.
import { operationExamples } from "./examples.js";
import { pageNames } from "./names.js";
import { codeSamples, type GraphVersion } from "./samples.js";
import { isObject, type JsonObject, loadSpec } from "./spec.js";

export interface CodeSampleEntry {
  lang: string;
  label: string;
  source: string;
}

const LANGUAGES = [
  ["http", "HTTP", "HTTP"],
  ["curl", "Shell", "curl"],
  ["typescript", "TypeScript", "TypeScript"],
] as const;

/** A deep copy of the document with `x-codeSamples` on every operation (the examples' order, then language). */
export function withCodeSamples(document: JsonObject, version: GraphVersion = "v1.0"): JsonObject {
  const copy = structuredClone(document);
  const spec = loadSpec(copy);
  const paths = spec.resolve(copy.paths);
  for (const operation of spec.operations) {
    const item = paths[operation.path];
    const target = isObject(item) ? item[operation.method.toLowerCase()] : undefined;
    if (!isObject(target)) continue;
    const examples = operationExamples(operation, version, pageNames(operation).stem);
    const entries: CodeSampleEntry[] = [];
    for (const example of examples) {
      const samples = codeSamples(version, example.request);
      for (const [key, lang, label] of LANGUAGES)
        entries.push({
          lang,
          label: examples.length > 1 ? `${label}: ${example.summary}` : label,
          source: samples[key],
        });
    }
    target["x-codeSamples"] = entries as unknown as JsonObject[];
  }
  return copy;
}
