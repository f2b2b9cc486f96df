// The package as another team meets it: the tarball `npm publish` would upload, checked by
// publint and Are the Types Wrong, then installed into a fresh project that type-checks a
// typed create call (Node ESM and bundler resolution), runs the library and runs the CLI.
// One pack and one install serve every case.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/repo.js";
import { consumerAlongside, consumerFiles } from "./consumer-project.js";
import { importSpecifiers, packageName } from "./imports.js";
import { linkTargets } from "./links.js";
import { installInFreshProject, type Packed, pack, run } from "./tarball.js";

let scratch: string;
let packed: Packed;
let consumer: string;
let installed: string;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-pack-"));
  packed = await pack(scratch);
  consumer = await installInFreshProject(packed.tarball, consumerFiles, consumerAlongside);
  installed = path.join(consumer, "node_modules", "apiconnectors");
}, 300_000);

afterAll(() => {
  for (const dir of [scratch, consumer]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What may ship: built JS and its types, the generated contract, and the package's papers. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/(?!docs\/).+\.(js|d\.ts)$/,
  /^generated\/[^/]+\.(json|js|d\.ts)$/,
];
const REQUIRED = [
  "package.json",
  "README.md",
  "LICENSE",
  "dist/index.js",
  "dist/index.d.ts",
  "dist/cli/main.js",
  "generated/openapi.json",
  "generated/schema.d.ts",
];
/** What must never ship, each named so a failure says what leaked. */
const FORBIDDEN: [string, RegExp][] = [
  ["TypeScript sources", /^src\//],
  ["tests", /^test\//],
  ["the hand-written spec", /^spec\//],
  ["benchmarks", /^bench\//],
  ["scripts", /^scripts\//],
  ["how-to docs", /^docs\//],
  ["the built docs page", /^dist\/docs\//],
  ["CI files", /^\.ci\//],
  ["source maps", /\.map$/],
  ["tsc build info", /\.tsbuildinfo$/],
  ["packed tarballs", /\.tgz$/],
];

describe("the packed tarball", () => {
  it("holds the built JavaScript with its types, generated/, README, LICENSE and package.json", () => {
    expect(packed.files).toEqual(expect.arrayContaining(REQUIRED));
    const dts = new Set(packed.files.filter((f) => f.endsWith(".d.ts")));
    const untyped = packed.files.filter((f) => /^dist\/.+\.js$/.test(f) && !dts.has(f.replace(/\.js$/, ".d.ts")));
    expect(untyped, "every dist/ module has its declaration").toEqual([]);
  });

  it("holds nothing else", () => {
    const leaked = FORBIDDEN.flatMap(([what, pattern]) =>
      packed.files.filter((f) => pattern.test(f)).map((f) => `${what}: ${f}`),
    );
    expect(leaked).toEqual([]);
    expect(packed.files.filter((f) => !ALLOWED.some((pattern) => pattern.test(f)))).toEqual([]);
  });

  it("ships every module the package loads, or declares it in dependencies", () => {
    const manifest = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8")) as Record<
      string,
      Record<string, string> | undefined
    >;
    const declared = new Set(
      Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies }),
    );
    const shipped = new Set(packed.files);
    const problems: string[] = [];
    for (const file of packed.files.filter((f) => /\.(c|m)?js$/.test(f))) {
      for (const specifier of importSpecifiers(readFileSync(path.join(installed, file), "utf8"))) {
        if (specifier.startsWith(".")) {
          const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
          if (!shipped.has(target)) problems.push(`${file} loads ${specifier}, which is not in the package`);
        } else if (!isBuiltin(specifier) && !declared.has(packageName(specifier))) {
          problems.push(`${file} loads ${specifier}, but ${packageName(specifier)} is not in dependencies`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("passes publint (no errors or warnings)", async () => {
    const tarball = readFileSync(packed.tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      level: "warning",
    });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`)).toEqual([]);
  });

  it("passes Are the Types Wrong for an ESM-only package", async () => {
    // --profile esm-only: the package is "type": "module" with no "require" condition, on
    // purpose, so CommonJS and node10 resolutions are not checked. No rule is ignored.
    const attw = path.join(repoRoot, "node_modules", ".bin", "attw");
    const result = await run(
      attw,
      [packed.tarball, "--profile", "esm-only", "--format", "table", "--no-color", "--no-emoji"],
      scratch,
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });
});

describe("the release flow", () => {
  it("packs a tarball under npm publish --dry-run, whose environment tells every nested npm to write nothing", async () => {
    // npm publish --dry-run runs prepublishOnly (npm test) with npm_config_dry_run=true.
    const into = mkdtempSync(path.join(tmpdir(), "apiconnectors-pack-dry-"));
    const saved = process.env.npm_config_dry_run;
    process.env.npm_config_dry_run = "true";
    try {
      const { tarball } = await pack(into);
      expect(existsSync(tarball), tarball).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.npm_config_dry_run;
      else process.env.npm_config_dry_run = saved;
      rmSync(into, { recursive: true, force: true });
    }
  }, 120_000);

  it("runs no lifecycle script on a consumer's install, and names its repository, homepage and issue tracker", () => {
    const manifest = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8")) as {
      scripts?: Record<string, string>;
      repository?: { url?: string };
      homepage?: string;
      bugs?: { url?: string };
    };
    // npm runs these in the consumer's project on install (prepare only for git dependencies,
    // but npm still warns about it); the build belongs in prepack, which consumers never run.
    const onInstall = ["preinstall", "install", "postinstall", "prepare"].filter((name) => manifest.scripts?.[name]);
    expect(onInstall).toEqual([]);
    expect(manifest.repository?.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs?.url).toMatch(/^https:\/\//);
  });

  it("links from the packed README only to the web or to files that ship", () => {
    const shipped = new Set(packed.files);
    const broken = linkTargets(readFileSync(path.join(installed, "README.md"), "utf8")).filter(
      (target) =>
        !/^(https?:|mailto:|#)/.test(target) && !shipped.has(path.posix.normalize(target.split("#")[0] ?? "")),
    );
    expect(broken).toEqual([]);
  });
});

describe("a fresh project with the tarball installed", () => {
  const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");

  it.each(["nodenext", "bundler"])(
    "type-checks a typed create call under %s resolution",
    async (resolution) => {
      const result = await run(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], consumer);
      expect(result.stdout + result.stderr).toBe("");
      expect(result.code).toBe(0);
    },
    60_000,
  );

  it("imports the library, the mock server, the proxy and the bundled spec at run time; the schema entry is types only", async () => {
    const result = await run(process.execPath, ["runtime-check.mjs"], consumer);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      title: "Microsoft Graph identityApiConnector API",
      good: true,
      bad: false,
      badPointers: expect.arrayContaining(["/targetUrl", "/authenticationConfiguration"]),
      schema: "ERR_PACKAGE_PATH_NOT_EXPORTED",
      mockList: 200,
      proxyRefused: 400,
      proxyFindings: true,
      proxyEntries: 1,
    });
  });

  it("runs the Standard Schema entry: version 1, vendor apiconnectors, issue paths and a JSON Schema", async () => {
    const result = await run(process.execPath, ["standard-schema-check.mjs"], consumer);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      vendor: "apiconnectors",
      paths: expect.arrayContaining([["targetUrl"], ["authenticationConfiguration"]]),
      dialect: "http://json-schema.org/draft-07/schema#",
    });
  });

  it("runs `npx apiconnectors validate`: exit 0 on a conforming body, 1 with the pointer otherwise", async () => {
    const args = (file: string) => [
      "--no",
      "apiconnectors",
      "validate",
      file,
      "--operation",
      "createIdentityApiConnector",
      "--request",
    ];
    const valid = await run("npx", args("payloads/valid.json"), consumer);
    expect(valid.code, valid.stdout + valid.stderr).toBe(0);
    const invalid = await run("npx", args("payloads/invalid.json"), consumer);
    expect(invalid.code, invalid.stdout + invalid.stderr).toBe(1);
    expect(invalid.stdout + invalid.stderr).toContain("invalid.json");
    expect(invalid.stdout + invalid.stderr).toMatch(/\/targetUrl|authenticationConfiguration/);
  });
});
