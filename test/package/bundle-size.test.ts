// What a browser app that uses only the typed client ships: the root entry bundled and minified
// by esbuild with code splitting (as Vite, Rollup and webpack do for a dynamic import()),
// measured raw and gzipped. What counts is what the page loads before the first call: the
// entry chunk and the chunks it imports statically. The validators are a separate chunk that
// the client imports on its first validated call (src/client/middleware.ts), so a client with
// validate: "off" never loads them.
//
// The budget is the measured size plus a little room. Measured 2026-12-01 (issue 11): 32.2 kB
// minified, 11.7 kB gzip (openapi-fetch alone is about 6.6 / 2.6 kB; the rest is the client's
// own code: retries, Retry-After, timeouts, redaction, paging, user flows, error classes). It was
// 237.2 / 35.9 kB while the root entry imported both validator builds statically. A change that
// grows the bundle past the budget fails here, and lowering the budget records a change that
// shrank it.
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Root from "../../src/index.js";
import { type FaultServer, startFaultServer } from "../client/support/fault-server.js";
import { basicConnector, basicCreate } from "../client/support/fixtures.js";
import { repoRoot } from "../support/repo.js";
import { staticClosure } from "./static-closure.js";

const BUDGET = { minified: 33_000, gzip: 12_000 };

/** The app: it uses the client (and catches ContractError), nothing of the validation API. */
const APP = `export { ContractError, createApiConnectorsClient } from "./src/index.ts";`;

interface Bundle {
  dir: string;
  entry: string;
  metafile: Metafile;
}

const bundleDir = mkdtempSync(path.join(tmpdir(), "apiconnectors-bundle-"));
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

async function clientOnlyBundle(dir = bundleDir): Promise<Bundle> {
  const result = await build({
    stdin: { contents: APP, resolveDir: repoRoot, loader: "ts", sourcefile: "app.ts" },
    bundle: true,
    minify: true,
    splitting: true,
    platform: "browser",
    format: "esm",
    absWorkingDir: repoRoot,
    outdir: dir,
    entryNames: "app",
    metafile: true,
    logLevel: "silent",
  });
  return { dir, entry: path.join(dir, "app.js"), metafile: result.metafile };
}

/** The output files the entry loads before any call: itself and its static imports, transitively. */
const loadedUpFront = (bundle: Bundle): string[] => staticClosure(bundle.metafile);

const inputsOf = (bundle: Bundle, files: readonly string[]) =>
  files.flatMap((file) => Object.keys(bundle.metafile.outputs[file]?.inputs ?? {}));

let bundle: Bundle;
beforeAll(async () => {
  bundle = await clientOnlyBundle();
});

describe("the client-only browser bundle", () => {
  it(`loads at most ${BUDGET.minified / 1000} kB minified and ${BUDGET.gzip / 1000} kB gzip up front`, async () => {
    const files = loadedUpFront(bundle);
    const code = Buffer.concat(await Promise.all(files.map((file) => readFile(path.join(repoRoot, file)))));
    const sizes = { minified: code.byteLength, gzip: gzipSync(code).byteLength, files: files.length };
    expect(sizes.minified, JSON.stringify(sizes)).toBeLessThanOrEqual(BUDGET.minified);
    expect(sizes.gzip, JSON.stringify(sizes)).toBeLessThanOrEqual(BUDGET.gzip);
  });

  it("holds no validator up front: the validators and the operation table are a chunk loaded by import()", () => {
    const upFront = inputsOf(bundle, loadedUpFront(bundle));
    expect(upFront).toContain("src/client/client.ts");
    expect(upFront.filter((input) => /^generated\/(?!secret-properties)|ajv/.test(input))).toEqual([]);
    const everything = inputsOf(bundle, Object.keys(bundle.metafile.outputs));
    expect(everything).toEqual(expect.arrayContaining(["generated/validators.js", "generated/operations.js"]));
  });

  it("bundles for the browser: no Node-only module in the client's import graph", async () => {
    // platform "browser" fails the build on a node: import, so reaching here proves it; the
    // text check guards against a polyfill shim sneaking in.
    for (const file of Object.keys(bundle.metafile.outputs)) {
      if (!file.endsWith(".js")) continue;
      expect(await readFile(path.join(repoRoot, file), "utf8")).not.toMatch(/\bnode:(http|fs|net|tls)\b/);
    }
  });
});

// The same bundle, run: the lazily loaded validators still check what validate asks for.
describe("the bundled client against a loopback server", () => {
  let server: FaultServer;
  let app: Pick<typeof Root, "ContractError" | "createApiConnectorsClient">;
  beforeAll(async () => {
    server = await startFaultServer();
    app = (await import(pathToFileURL(bundle.entry).href)) as typeof app;
  });
  afterAll(() => server.close());

  const client = (validate: "off" | "request" | "both") =>
    app.createApiConnectorsClient({ baseUrl: server.origin, token: "t", validate });
  const badCreate = { ...basicCreate, targetUrl: "http://someapi.com/api" };

  it('validate: "request" refuses a bad body before anything is sent', async () => {
    server.script({ status: 201, body: basicConnector });
    const error = await client("request")
      .createApiConnector(badCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(app.ContractError);
    expect(error).toMatchObject({ direction: "request", issues: [expect.objectContaining({ pointer: "/targetUrl" })] });
    expect(server.requests).toHaveLength(0);
  });

  it('validate: "both" refuses a 2xx answer that breaks the contract', async () => {
    server.script({ status: 201, body: { ...basicConnector, targetUrl: 42 } });
    const error = await client("both")
      .createApiConnector(basicCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(app.ContractError);
    expect(error).toMatchObject({
      direction: "response",
      issues: [expect.objectContaining({ pointer: "/targetUrl" })],
    });
    expect(server.requests).toHaveLength(1);
  });

  it('validate: "off" sends the same bad body, and a conforming call passes under "both"', async () => {
    server.script({ status: 201, body: basicConnector }, { status: 201, body: basicConnector });
    await expect(client("off").createApiConnector(badCreate)).resolves.toMatchObject({ id: basicConnector.id });
    await expect(client("both").createApiConnector(basicCreate)).resolves.toMatchObject({ id: basicConnector.id });
    expect(server.requests).toHaveLength(2);
  });

  it("asks for the validators' chunk again on the next validated call when it did not load", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-bundle-retry-"));
    try {
      const fresh = await clientOnlyBundle(dir); // its own modules: nothing loaded yet
      const outputs = fresh.metafile.outputs;
      const chunk = Object.keys(outputs).find((file) =>
        Object.hasOwn(outputs[file]?.inputs ?? {}, "generated/validators.js"),
      );
      if (!chunk) throw new Error("no chunk holds the validators");
      const chunkPath = path.join(repoRoot, chunk);
      const freshApp = (await import(pathToFileURL(fresh.entry).href)) as typeof app;
      const strict = freshApp.createApiConnectorsClient({ baseUrl: server.origin, token: "t", validate: "request" });
      server.script({ status: 201, body: basicConnector });
      renameSync(chunkPath, `${chunkPath}.away`); // as a browser offline for a moment would fail it
      const first = await strict.createApiConnector(badCreate).catch((e: unknown) => e);
      renameSync(`${chunkPath}.away`, chunkPath);
      expect(first).toBeInstanceOf(Error);
      expect(first).not.toBeInstanceOf(freshApp.ContractError);
      const second = await strict.createApiConnector(badCreate).catch((e: unknown) => e);
      expect(second).toBeInstanceOf(freshApp.ContractError);
      expect(server.requests).toHaveLength(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
