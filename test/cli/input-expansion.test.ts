// How FILE arguments become the files to read (src/cli/input/inputs.ts): a glob is matched
// under its static base (the directories before the first segment with glob syntax), and each
// match is shown under that base as written: an absolute pattern gives absolute paths, one
// that starts with "../" gives paths that start with it, never a path relative to the
// current directory that the user did not write.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { globSync } from "tinyglobby";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandInputs } from "../../src/cli/input/inputs.js";

const options = { extensions: ["json", "ndjson"] };
let root: string;
const cwd = process.cwd();

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "apiconnectors-inputs-"));
  for (const file of ["a.json", "b.json", "c.txt", "sub/d.json", "sub/deeper/e.ndjson", "node_modules/x/f.json"]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "{}");
  }
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(root, { recursive: true, force: true });
});

const displays = async (args: string[]) => (await expandInputs(args, options)).map((file) => file.display);

describe("expandInputs", () => {
  it("shows the matches of an absolute glob as absolute paths", async () => {
    expect(await displays([`${root}/*.json`])).toEqual([`${root}/a.json`, `${root}/b.json`]);
    expect(await displays([`${root}/**/*.json`])).toEqual([`${root}/a.json`, `${root}/b.json`, `${root}/sub/d.json`]);
  });

  it("keeps a leading ../ as written, and a relative glob relative", async () => {
    process.chdir(path.join(root, "sub"));
    try {
      expect(await displays(["../*.json"])).toEqual(["../a.json", "../b.json"]);
      expect(await displays(["deeper/*.ndjson", "*.json"])).toEqual(["deeper/e.ndjson", "d.json"]);
      expect(await displays(["./*.json"])).toEqual(["d.json"]);
    } finally {
      process.chdir(cwd);
    }
  });

  it("matches a pattern whose glob syntax starts the first segment, or spans segments in braces", async () => {
    process.chdir(root);
    try {
      expect(await displays(["*.json"])).toEqual(["a.json", "b.json"]);
      expect(await displays(["{a.json,sub/d.json}"])).toEqual(["a.json", "sub/d.json"]);
      expect(await displays([`${root}/{a,sub/d}.json`])).toEqual([`${root}/a.json`, `${root}/sub/d.json`]);
    } finally {
      process.chdir(cwd);
    }
  });

  it("leaves node_modules out below the base, and reads it when the pattern names it", async () => {
    expect(await displays([`${root}/**/*.json`])).not.toContain(`${root}/node_modules/x/f.json`);
    expect(await displays([`${root}/node_modules/x/*.json`])).toEqual([`${root}/node_modules/x/f.json`]);
    process.chdir(root);
    try {
      // A lone globstar enters directories too.
      expect(await displays(["**"])).toEqual(["a.json", "b.json", "c.txt", "sub/d.json", "sub/deeper/e.ndjson"]);
    } finally {
      process.chdir(cwd);
    }
  });

  it("names a glob that matches nothing, also under a base that does not exist", async () => {
    await expect(expandInputs([`${root}/*.yaml`], options)).rejects.toThrow(`no file matches ${root}/*.yaml`);
    await expect(expandInputs([`${root}/nowhere/*.json`], options)).rejects.toThrow(
      `no file matches ${root}/nowhere/*.json`,
    );
  });

  it("searches a directory for the command's file types and lists each file once", async () => {
    expect(await displays([root, `${root}/a.json`])).toEqual([
      `${root}/a.json`,
      `${root}/b.json`,
      `${root}/sub/d.json`,
      `${root}/sub/deeper/e.ndjson`,
    ]);
  });

  it('lists "DIR/*.SUFFIX" as tinyglobby does: files and links to files, no dot files, no directories', async () => {
    const odd = path.join(root, "odd");
    mkdirSync(path.join(odd, "dir.json"), { recursive: true });
    mkdirSync(path.join(odd, "inner"), { recursive: true });
    for (const file of ["a.json", "b.JSON", ".hidden.json", "c.json.txt", "inner/d.json", "x.jsonl"])
      writeFileSync(path.join(odd, file), "{}");
    symlinkSync("a.json", path.join(odd, "link.json"));
    symlinkSync("nowhere", path.join(odd, "broken.json"));
    symlinkSync("inner", path.join(odd, "dirlink.json"));
    symlinkSync("loop.json", path.join(odd, "loop.json"));
    for (const suffix of [".json", ".JSON", ".jsonl", ".txt", ".yaml"]) {
      const oracle = globSync([`*${suffix}`], { cwd: odd, onlyFiles: true, dot: false, expandDirectories: false })
        .sort()
        .map((name) => `${odd}/${name}`);
      const ours = await expandInputs([`${odd}/*${suffix}`], options).then(
        (found) => found.map((file) => file.display),
        () => [],
      );
      expect(ours, suffix).toEqual(oracle);
    }
    expect(await displays([`${odd}/*.json`])).toEqual([`${odd}/a.json`, `${odd}/link.json`]);
  });
});
