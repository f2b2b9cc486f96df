// The version has one source, package.json (docs/publishing.md, "Version it"): after
// `npm version patch` in a copy of the project, with no other step, the build gives the new
// version to the CLI's --version and to the client's User-Agent, and the commit npm makes holds
// the written src/client/version.ts. `--no-git-tag-version` keeps npm from committing and
// tagging in the copy; the `version` lifecycle script runs all the same.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/repo.js";
import { run } from "./tarball.js";

/** What `npm run build` and the `version` script read; node_modules is linked, not copied. */
const COPIED = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "src",
  "scripts",
  "generated",
];

let copy: string;
let before: string;
let after: string;

function bumpPatch(version: string): string {
  const [major, minor, patch] = version.split(/[.-]/).map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

beforeAll(async () => {
  copy = mkdtempSync(path.join(tmpdir(), "apiconnectors-version-"));
  for (const entry of COPIED) cpSync(path.join(repoRoot, entry), path.join(copy, entry), { recursive: true });
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(copy, "node_modules"), "dir");
  // A clone, as the release steps start from: the version script stages its file for npm's commit.
  const git = (...args: string[]) =>
    run("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], copy);
  writeFileSync(path.join(copy, ".gitignore"), "node_modules\ndist\n");
  await git("init", "-q");
  await git("add", "-A");
  await git("commit", "-qm", "copy");
  before = (JSON.parse(readFileSync(path.join(copy, "package.json"), "utf8")) as { version: string }).version;
  const bumped = await run("npm", ["version", "patch", "--no-git-tag-version"], copy, 120_000);
  if (bumped.code !== 0) throw new Error(`npm version patch exited ${bumped.code}:\n${bumped.stderr}`);
  after = (JSON.parse(readFileSync(path.join(copy, "package.json"), "utf8")) as { version: string }).version;
  const built = await run("npm", ["run", "build"], copy, 300_000);
  if (built.code !== 0) throw new Error(`npm run build exited ${built.code}:\n${built.stderr || built.stdout}`);
}, 480_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("npm version patch, then the build", () => {
  it("bumps package.json and writes the same version into src/client/version.ts, staged for npm's commit", async () => {
    expect(after).toBe(bumpPatch(before));
    expect(readFileSync(path.join(copy, "src/client/version.ts"), "utf8")).toContain(
      `PACKAGE_VERSION = ${JSON.stringify(after)};`,
    );
    const staged = await run("git", ["diff", "--cached", "--name-only"], copy);
    expect(staged.stdout.split("\n")).toContain("src/client/version.ts");
  });

  it("prints the new version from the built CLI's --version, on its own and after a command", async () => {
    for (const args of [["--version"], ["validate", "--version"]]) {
      const result = await run(process.execPath, [path.join(copy, "dist/bin/apiconnectors.js"), ...args], copy);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(`${after}\n`);
    }
  });

  it("sends the new version in the built client's User-Agent", async () => {
    const script = `import { createServer } from "node:http";
import { createApiConnectorsClient } from ${JSON.stringify(path.join(copy, "dist/index.js"))};
let agent;
const server = createServer((request, response) => {
  agent = request.headers["user-agent"];
  response.writeHead(200, { "content-type": "application/json" });
  response.end('{"value":[]}');
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const client = createApiConnectorsClient({ baseUrl: \`http://127.0.0.1:\${server.address().port}/v1.0\`, token: "t" });
await client.listApiConnectors();
server.close();
console.log(agent);
`;
    writeFileSync(path.join(copy, "user-agent.mjs"), script);
    const result = await run(process.execPath, ["user-agent.mjs"], copy);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`apiconnectors/${after}\n`);
  });
});
