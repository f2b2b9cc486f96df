// Where the generator reads and writes, relative to the repository root.

import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const specRoot = path.join(repoRoot, "spec", "openapi.yaml");
export const generatedDir = path.join(repoRoot, "generated");
