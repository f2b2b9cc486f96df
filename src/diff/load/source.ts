// Where a side of `apiconnectors diff` is read from: the file system, or a commit of the
// current repository through `git show REF:PATH` (so a release tag needs no checkout).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface SpecSource {
  /** How reports name this side: the path, or `git:REF:PATH`. */
  label: string;
  /** The root document, as a path the reader understands. */
  root: string;
  /** The text of a file, or undefined when it does not exist. */
  read: (file: string) => string | undefined;
}

/** The root document when `git:REF` names no path. */
export const DEFAULT_GIT_ROOT = "spec/openapi.yaml";

function fileSource(argument: string, cwd: string): SpecSource {
  return {
    label: argument,
    root: path.resolve(cwd, argument),
    read: (file) => {
      try {
        return readFileSync(file, "utf8");
      } catch {
        return undefined;
      }
    },
  };
}

/** Thrown for a side that cannot be read; the command turns it into exit 2. */
export class SpecSourceError extends Error {
  override name = "SpecSourceError";
}

function gitSource(ref: string, root: string, cwd: string): SpecSource {
  // A ref starting with "-" would be read by git as an option.
  if (ref === "" || ref.startsWith("-")) throw new SpecSourceError(`git:${ref}: not a git revision`);
  try {
    execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd, stdio: "ignore" });
  } catch {
    throw new SpecSourceError(`git:${ref}: no such commit, branch or tag in the repository at ${cwd}`);
  }
  const rootPath = path.posix.normalize(root.split(path.sep).join("/"));
  let batch: Map<string, string> | undefined;
  return {
    label: `git:${ref}:${root}`,
    root: rootPath,
    read: (file) => {
      // One `git cat-file --batch` for every spec file under the root's folder, rather than a
      // `git show` process per file (a multi-file spec has dozens).
      batch ??= readTree(ref, path.posix.dirname(rootPath), cwd);
      return batch.get(file) ?? showFile(ref, file, cwd);
    },
  };
}

const git = (args: string[], cwd: string, input?: string) =>
  execFileSync("git", args, { cwd, input, stdio: ["pipe", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });

function showFile(ref: string, file: string, cwd: string): string | undefined {
  try {
    // `./` makes the path relative to cwd rather than to the top of the repository.
    return git(["show", `${ref}:./${file}`], cwd).toString("utf8");
  } catch {
    return undefined;
  }
}

const MAX_BATCH = 2000;

function readTree(ref: string, folder: string, cwd: string): Map<string, string> {
  const files = new Map<string, string>();
  let names: string[];
  try {
    names = git(["ls-tree", "-r", "-z", "--name-only", ref, "--", folder], cwd)
      .toString("utf8")
      .split("\0")
      .filter((name) => /\.(?:ya?ml|json)$/i.test(name));
  } catch {
    return files;
  }
  // A root at the top of a large repository: read file by file rather than every JSON file.
  if (names.length === 0 || names.length > MAX_BATCH) return files;
  const output = git(["cat-file", "--batch"], cwd, names.map((name) => `${ref}:./${name}\n`).join(""));
  // Each object is "<oid> <type> <size>\n<content>\n", or "<name> missing\n".
  let at = 0;
  for (const name of names) {
    const end = output.indexOf(0x0a, at);
    if (end === -1) break;
    const header = output.subarray(at, end).toString("utf8").split(" ");
    at = end + 1;
    if (header.length !== 3 || header[1] !== "blob") continue;
    const size = Number(header[2]);
    files.set(path.posix.normalize(name), output.subarray(at, at + size).toString("utf8"));
    at += size + 1;
  }
  return files;
}

/** `git:v1.2.0`, `git:main:spec/openapi.yaml`, or a file path. */
export function specSource(argument: string, cwd = process.cwd()): SpecSource {
  if (!argument.startsWith("git:")) return fileSource(argument, cwd);
  const rest = argument.slice(4);
  const colon = rest.indexOf(":");
  const ref = colon === -1 ? rest : rest.slice(0, colon);
  const root = colon === -1 ? DEFAULT_GIT_ROOT : rest.slice(colon + 1);
  return gitSource(ref, root, cwd);
}
