// Paths of the repository, for tests that run its tools or read its files.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const redoclyBin = path.join(repoRoot, "node_modules", "@redocly", "cli", "bin", "cli.js");
