// How FILE arguments become the files to read (src/cli/input/inputs.ts): a glob is matched
// under its static base (the directories before the first segment with glob syntax), and each
// match is shown under that base as written: an absolute pattern gives absolute paths, one
// that starts with "../" gives paths that start with it, never a path relative to the
// current directory that the user did not write.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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
});
