// The optional peer dependencies (src/peers/, docs/publishing.md "Dependencies"): the table
// matches package.json, each command of the CLI asks for exactly the peers its code loads,
// and the client's entries load none. What a module loads is read by esbuild from the module
// graph (import statements, import(), and loadPeer("name") for the two CommonJS peers loaded
// with require), with every package left external.
import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands.js";
import { MissingPeerError, OPTIONAL_PEERS, requirePeers } from "../../src/peers/index.js";
import { repoRoot } from "../support/repo.js";
import { packageName } from "./imports.js";
import { staticClosure } from "./static-closure.js";

const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};
const peers = Object.keys(OPTIONAL_PEERS);

/**
 * The optional peers a module reaches: by import statements, import() or loadPeer, transitively;
 * with `staticOnly`, those its import statements load with it, before any code runs.
 */
async function peersReached(entry: string, staticOnly = false): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(repoRoot, entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    write: false,
    metafile: true,
    logLevel: "silent",
    ...(staticOnly ? { splitting: true, outdir: path.join(repoRoot, ".peers-out") } : {}),
  });
  const found = new Set<string>();
  const files = staticOnly ? staticClosure(result.metafile) : Object.keys(result.metafile.outputs);
  for (const file of files) {
    for (const imported of result.metafile.outputs[file]?.imports ?? [])
      if (imported.external && (!staticOnly || imported.kind === "import-statement"))
        found.add(packageName(imported.path));
    if (staticOnly) continue; // loadPeer runs when called, not when its module loads
  }
  if (!staticOnly)
    for (const output of result.outputFiles)
      for (const match of output.text.matchAll(/\bloadPeer\(\s*"([^"]+)"/g)) found.add(match[1] ?? "");
  return [...found].filter((name) => peers.includes(name)).sort();
}

describe("the optional peer dependencies", () => {
  it("are package.json's optional peers (besides the compilers of diff --consumer), none in dependencies, each in devDependencies", () => {
    const optional = Object.keys(manifest.peerDependencies).filter(
      (name) => manifest.peerDependenciesMeta[name]?.optional && !["typescript", "openapi-typescript"].includes(name),
    );
    expect(peers.sort()).toEqual(optional.sort());
    for (const name of peers) {
      expect(manifest.peerDependencies[name], name).toBe(OPTIONAL_PEERS[name as keyof typeof OPTIONAL_PEERS]);
      expect(manifest.devDependencies[name], name).toBe(manifest.peerDependencies[name]);
      expect(manifest.dependencies[name], name).toBeUndefined();
    }
  });

  it.each(Object.keys(COMMANDS))("apiconnectors %s asks for exactly the peers its code loads", async (name) => {
    const reached = await peersReached(`src/cli/${name}-command.ts`);
    expect([...(COMMANDS[name]?.peers ?? [])].sort()).toEqual(reached);
  });

  it("lets the CLI start with none installed: main.ts loads no peer before a command's check", async () => {
    expect(await peersReached("src/cli/main.ts", true)).toEqual([]);
  });

  it.each([
    ["the root entry (client and validation)", "src/index.ts", []],
    ["apiconnectors/standard-schema", "src/standard-schema/index.ts", []],
    ["apiconnectors/mock", "src/mock/index.ts", ["jsonc-parser", "node-forge"]],
    ["apiconnectors/proxy", "src/proxy/index.ts", ["jsonc-parser"]],
  ])("%s loads %j", async (_what, entry, expected) => {
    expect(await peersReached(entry)).toEqual(expected);
  });

  it("names each missing peer with the one command that installs it", () => {
    expect(() => requirePeers(["jsonc-parser", "yaml"], "diff")).not.toThrow();
    const error = new MissingPeerError(["mdast-util-from-markdown", "tinyglobby"], "check-docs");
    expect(error.message).toBe(
      "check-docs needs mdast-util-from-markdown, tinyglobby, which are not installed: npm install --save-dev mdast-util-from-markdown@^2.1.0 tinyglobby@^0.2.17",
    );
    expect(error.message).not.toContain("\n");
  });

  it("is installed by the one line README.md, docs/ci.md and docs/publishing.md give, and publishing.md shows the error as printed", () => {
    const line = `npm install --save-dev apiconnectors ${peers.join(" ")}`;
    for (const page of ["README.md", "docs/ci.md", "docs/publishing.md"])
      expect(readFileSync(path.join(repoRoot, page), "utf8"), page).toContain(line);
    const checkDocs = (COMMANDS["check-docs"]?.peers ?? []) as (keyof typeof OPTIONAL_PEERS)[];
    expect(readFileSync(path.join(repoRoot, "docs/publishing.md"), "utf8")).toContain(
      `apiconnectors: ${new MissingPeerError(checkDocs, "check-docs").message}\n`,
    );
  });
});
