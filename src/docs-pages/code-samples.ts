// Redoc's `x-codeSamples` for every operation of a spec document, from the same examples and
// sample generators as the Markdown pages: HTTP, curl and TypeScript per example. Added by the
// docs build to its copy of the bundle, never written into spec/.
import { operationExamples } from "./examples.js";
import { pageNames } from "./names.js";
import { clientLine, codeSamples, type GraphVersion, IMPORT_LINE } from "./samples.js";
import { type JsonObject, loadSpec, operationObjects } from "./spec.js";

export interface CodeSampleEntry {
  lang: string;
  label: string;
  source: string;
}

/**
 * Redoc keys a sample by its label (or lang) and shows the languages redocly.yaml lists, one
 * sample each: several examples of an operation go into one sample per language, each under a
 * comment naming it. The TypeScript one keeps one import and one client, and puts each
 * example's calls in a block of its own, so it stays one valid module.
 */
function combined(
  language: "http" | "curl" | "typescript",
  parts: { summary: string; source: string }[],
  version: GraphVersion,
): string {
  if (parts.length === 1) return parts[0]?.source ?? "";
  if (language !== "typescript")
    return parts.map((part, i) => `# Example ${i + 1}: ${part.summary}\n${part.source}`).join("\n\n");
  const head = [IMPORT_LINE, "", clientLine(version)];
  const blocks = parts.map((part, i) => {
    const body = part.source.split("\n").filter((line) => !head.includes(line) || line === "");
    const statements = body.filter((line) => line !== "").map((line) => `  ${line}`);
    return [`// Example ${i + 1}: ${part.summary}`, "{", ...statements, "}"].join("\n");
  });
  return [...head, ...blocks].join("\n");
}

const LANGUAGES = [
  ["http", "HTTP"],
  ["curl", "curl"],
  ["typescript", "TypeScript"],
] as const;

/** A deep copy of the document with `x-codeSamples` (HTTP, curl, TypeScript) on every operation. */
export function withCodeSamples(document: JsonObject, version: GraphVersion = "v1.0"): JsonObject {
  const copy = structuredClone(document);
  const spec = loadSpec(copy);
  for (const { operation, target } of operationObjects(spec)) {
    const examples = operationExamples(operation, version, pageNames(operation).stem).map((example) => ({
      summary: example.summary,
      samples: codeSamples(version, example.request),
    }));
    const entries: CodeSampleEntry[] = LANGUAGES.map(([key, lang]) => ({
      lang,
      label: lang,
      source: combined(
        key,
        examples.map((example) => ({ summary: example.summary, source: example.samples[key] })),
        version,
      ),
    }));
    target["x-codeSamples"] = entries as unknown as JsonObject[];
  }
  return copy;
}
