// The package's version has one source, package.json. This writes it into
// src/client/version.ts (the client's User-Agent token), which the root entry imports as a
// constant so it stays free of Node-only modules and of a JSON import. Run by `npm run build`
// and by npm's `version` lifecycle (after `npm version` bumps package.json, before it commits),
// and after `changeset version`; test/client/options.test.ts fails if the two ever differ.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./lib/paths.js";

const versionModule = path.join(repoRoot, "src", "client", "version.ts");

function renderVersionModule(version: string): string {
  return `// Generated from package.json by scripts/write-version.ts (npm run build, npm version): do not edit.
// The package's version, for the User-Agent product token; a constant rather than a read of
// package.json so the root entry stays free of Node-only modules.
export const PACKAGE_VERSION = ${JSON.stringify(version)};
`;
}

const { version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
const wanted = renderVersionModule(version);
let current = "";
try {
  current = readFileSync(versionModule, "utf8");
} catch {
  // missing: written below
}
if (current !== wanted) {
  writeFileSync(versionModule, wanted);
  console.log(`wrote src/client/version.ts (${version})`);
}
