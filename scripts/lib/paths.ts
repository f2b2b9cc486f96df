// Where the generator reads and writes, relative to the repository root.
import { fileURLToPath } from "node:url";
import path from "node:path";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const specRoot = path.join(repoRoot, "spec", "openapi.yaml");
export const generatedDir = path.join(repoRoot, "generated");
