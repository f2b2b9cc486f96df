// What generated/ is made from, as one SHA-256: every file the generator reads or runs (the
// spec, redocly.yaml and the lint plugin Redocly loads while bundling, the generator's own
// code, the types generator in src/diff/consumer/) and package-lock.json (the versions of
// Redocly, openapi-typescript, ajv and TypeScript that write the output). `generate --check`
// compares it, and a hash of each output, with generated/manifest.json: when both match,
// regenerating would write the same bytes, so the check need not load the generators.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const INPUTS = [
  "spec",
  "redocly.yaml",
  "lint",
  "scripts/generate.ts",
  "scripts/lib",
  "src/diff/consumer/generated-types.ts",
  "src/diff/consumer/tools.ts",
  "package-lock.json",
];

function filesUnder(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full, { throwIfNoEntry: false })?.isDirectory()) return [entry];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)).split(path.sep).join("/"));
}

export const sha256 = (content: string | Buffer) => createHash("sha256").update(content).digest("hex");

/** The inputs' fingerprint: each file's path and content, in a fixed order. A missing input counts as absent. */
export function inputsFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((entry) => filesUnder(root, entry)).sort()) {
    let content: Buffer;
    try {
      content = readFileSync(path.join(root, file));
    } catch {
      continue;
    }
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  return hash.digest("hex");
}

export interface Manifest {
  "x-generated": string;
  /** inputsFingerprint() when the files were written. */
  inputs: string;
  /** Each generated file (but this one) → the SHA-256 of its content. */
  files: Record<string, string>;
}
