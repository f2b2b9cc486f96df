// The package as another team meets it: the tarball `npm publish` would upload, checked by
// publint and Are the Types Wrong, then installed into a fresh project that type-checks a
// typed create call (Node ESM and bundler resolution), runs the library and runs the CLI.
// One pack and one install serve every case.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WORKERS_FROM_NDJSON_BYTES } from "../../src/cli/validate-jobs.js";
import { repoRoot } from "../support/repo.js";
import { clientOnlyFiles, consumerAlongside, consumerFiles } from "./consumer-project.js";
import { importSpecifiers, packageName } from "./imports.js";
import { linkTargets } from "./links.js";
import { installInFreshProject, type Packed, pack, run } from "./tarball.js";

let scratch: string;
let packed: Packed;
let consumer: string;
let installed: string;
let clientOnly: string;
const WORKER_COUNT_HOOK = path.join(repoRoot, "test/cli/support/count-workers.cjs");

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-pack-"));
  packed = await pack(scratch);
  consumer = await installInFreshProject(packed.tarball, consumerFiles, consumerAlongside);
  installed = path.join(consumer, "node_modules", "apiconnectors");
  clientOnly = await installInFreshProject(packed.tarball, clientOnlyFiles);
}, 600_000);

afterAll(() => {
  for (const dir of [scratch, consumer, clientOnly]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The packages npm installed into a project (its hidden lock file lists each one). */
function installedPackages(project: string): string[] {
  const lock = JSON.parse(readFileSync(path.join(project, "node_modules", ".package-lock.json"), "utf8")) as {
    packages: Record<string, unknown>;
  };
  return Object.keys(lock.packages).map((key) => key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length));
}

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
  "dist/bin/apiconnectors.js",
  "dist/bin/validate-worker.js",
  "dist/bin/certificate-worker.js",
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
    // dist/bin/ is the command's bundle (scripts/lib/bundle-cli.ts), run, never imported.
    const untyped = packed.files.filter(
      (f) => /^dist\/(?!bin\/).+\.js$/.test(f) && !dts.has(f.replace(/\.js$/, ".d.ts")),
    );
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

  it("runs `validate --jobs 2` on worker threads from the installed dist/, with the --jobs 1 report", async () => {
    // An NDJSON file over the workers' threshold, one line in 500 failing.
    const lines: string[] = [];
    for (let size = 0, index = 0; size < WORKERS_FROM_NDJSON_BYTES + 1024; index++) {
      const line = JSON.stringify({
        displayName: `Connector ${index}`,
        targetUrl: `${index % 500 === 0 ? "http" : "https"}://api${index}.contoso.com/hooks/signup`,
        authenticationConfiguration: {
          "@odata.type": "#microsoft.graph.basicAuthentication",
          username: `svc-${index}`,
          password: `pack-password-${index}`,
        },
      });
      lines.push(line);
      size += line.length + 1;
    }
    writeFileSync(path.join(consumer, "payloads/large.ndjson"), `${lines.join("\n")}\n`);
    const cli = path.join(installed, "dist/bin/apiconnectors.js");
    const validate = async (jobs: string) => {
      const workers = path.join(consumer, `workers-${jobs}`);
      const result = await run(
        process.execPath,
        [
          "--require",
          WORKER_COUNT_HOOK,
          cli,
          "validate",
          "payloads/large.ndjson",
          "-o",
          "createIdentityApiConnector",
          "--request",
          "--jobs",
          jobs,
        ],
        consumer,
        120_000,
        { APICONNECTORS_WORKERS_FILE: workers, NO_COLOR: "1" },
      );
      return { ...result, workers: Number(readFileSync(workers, "utf8")) };
    };
    const one = await validate("1");
    const two = await validate("2");
    expect(one.workers).toBe(0);
    expect(two.workers, two.stderr).toBe(2);
    expect(one.code).toBe(1);
    expect(one.stdout).toContain(`${lines.length - Math.ceil(lines.length / 500)} passed`);
    expect([two.code, two.stderr, two.stdout]).toEqual([one.code, one.stderr, one.stdout]);
  });
});

// A client-only consumer (docs/publishing.md, "Dependencies"): `npm install apiconnectors` and
// nothing else. The CLI's, the mock's and the proxy's libraries are optional peers.
describe("a project with only the tarball installed (the client's dependencies)", () => {
  const peerNames = ["@streamparser/json", "fastest-levenshtein", "jsonc-parser", "mdast-util-from-markdown"];

  it("installs the client's few packages: no Markdown stack, no node-forge, no CLI helpers", () => {
    const packages = installedPackages(clientOnly);
    expect(packages).toContain("apiconnectors");
    expect(packages).toContain("openapi-fetch");
    for (const name of [...peerNames, "node-forge", "tinyglobby", "yaml", "micromark"])
      expect(packages, name).not.toContain(name);
    // The generated validators import nothing (scripts/lib/native-formats.ts), so neither ajv nor
    // ajv-formats is installed: 4 packages (apiconnectors, openapi-fetch and its helper types,
    // @standard-schema/spec), against 9 with ajv's and 53 while the CLI's libraries were
    // dependencies (the same count from the dependencies of dfc123f's package.json).
    expect(packages).not.toContain("ajv");
    expect(packages).not.toContain("ajv-formats");
    expect(packages.length, packages.join(", ")).toBeLessThanOrEqual(4);
    // The CLI user's project (the other consumer) has them all.
    expect(installedPackages(consumer)).toEqual(expect.arrayContaining([...peerNames, "node-forge", "micromark"]));
  });

  it("runs the client, which validates with the lazily loaded validators; the mock entry names its missing peers", async () => {
    const result = await run(process.execPath, ["client-check.mjs"], clientOnly);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      listed: true,
      refused: expect.arrayContaining(["/targetUrl"]),
      sent: 1,
      mock: "MissingPeerError: apiconnectors/mock needs jsonc-parser, node-forge, which are not installed: npm install --save-dev jsonc-parser@^3.3.1 node-forge@^1.4.3",
    });
  });

  it.each([
    ["check-docs", ["page.md"], "fastest-levenshtein jsonc-parser mdast-util-from-markdown tinyglobby"],
    [
      "validate",
      ["page.json", "--operation", "createIdentityApiConnector", "--request"],
      "@streamparser/json fastest-levenshtein jsonc-parser tinyglobby",
    ],
    ["mock", ["--port", "0"], "fastest-levenshtein jsonc-parser node-forge"],
  ])(
    "apiconnectors %s without its peers: one line naming them and the install command, exit 2",
    async (command, args, missing) => {
      const result = await run("npx", ["--no", "apiconnectors", command, ...args], clientOnly);
      expect(result.code, result.stdout + result.stderr).toBe(2);
      const names = missing.split(" ");
      expect(result.stderr).toMatch(
        new RegExp(
          `^apiconnectors: ${command} needs ${names.join(", ")}, which are not installed: npm install --save-dev ${names.map((n) => `${n}@\\S+`).join(" ")}\n$`,
        ),
      );
      expect(result.stdout).toBe("");
    },
  );
});
