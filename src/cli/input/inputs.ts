// Turns the command line's FILE arguments into the list of files to read: literal paths,
// "-" for stdin, directories (searched for the command's file types) and glob patterns
// (tinyglobby, loaded only when a pattern is given). A path that does not exist is kept: reading
// it fails, and that is a finding of the report (the other files are still checked, the run
// exits 2). A glob that matches nothing, or a directory with no file of the command's types, is a
// usage error before any file is checked (as ESLint's "No files matching the pattern"): the
// command line is wrong, not a file.
import { type Dirent, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { loadPeer } from "../../peers/index.js";
import { type PayloadResult, unreadableResult } from "../check/model.js";
import type { ProcessIO } from "../io.js";
import { terminalText } from "../report/terminal-text.js";
import { UsageError } from "../usage-error.js";

export interface InputFile {
  /** The path to read, or "-" for stdin. */
  path: string;
  /** How reports name it: the path as given or found, "<stdin>" for "-". */
  display: string;
}

/**
 * An input that cannot be read: missing, not readable, a directory, over the size cap. The
 * commands report it as a finding of that file (UNREADABLE_FILE) and go on; the run exits 2.
 * It is the usage error it extends wherever it is not caught.
 */
export class UnreadableInput extends UsageError {
  constructor(
    readonly file: InputFile,
    message: string,
  ) {
    super(message);
  }
}

/** An UnreadableInput as the file's result in the report, also said on stderr; any other error is rethrown. */
export function unreadableInputResult(error: unknown, io: ProcessIO): PayloadResult {
  if (!(error instanceof UnreadableInput)) throw error;
  io.stderr(`apiconnectors: ${error.message}\n`);
  return unreadableResult(error.file.display, error.message);
}

export interface ExpandOptions {
  /** Extensions (without the dot) a directory is searched for. */
  extensions: readonly string[];
}

const GLOB_MAGIC = /[*?[\]{}!]/;

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "a part of the path is not a directory";
  return code ?? "unreadable";
}

/**
 * A glob's static base, the directories before its first segment with glob syntax, and the
 * rest: "/data/**\/*.json" → ["/data", "**\/*.json"], "../x/*.json" → ["../x", "*.json"],
 * "*.json" → ["", "*.json"]. A pattern with an escape (\) is left whole.
 */
function splitGlob(pattern: string): [base: string, rest: string] {
  if (pattern.includes("\\")) return ["", pattern];
  const segments = pattern.split("/");
  let depth = 0;
  while (depth < segments.length - 1 && !GLOB_MAGIC.test(segments[depth] as string)) depth++;
  if (depth === 0) return ["", pattern];
  const base = segments.slice(0, depth).join("/");
  return [base === "" ? "/" : base, segments.slice(depth).join("/")];
}

type Tinyglobby = typeof import("tinyglobby");

function globFiles(pattern: string, cwd?: string): string[] {
  // The synchronous crawl: the run waits for the list anyway, and the asynchronous one pays a
  // round trip through libuv's thread pool per directory read (a glob of 1,000 small files).
  // Its CommonJS build, by require: importing the ES build made Node's ES module loader read
  // picomatch, which is CommonJS, for its export names (about 14 ms; docs/benchmarks.md "CLI").
  const { globSync } = loadPeer<Tinyglobby>("tinyglobby", "the CLI");
  const found = globSync([pattern], {
    cwd,
    onlyFiles: true,
    dot: false,
    // A pattern of one segment ("*.json") enters no directory, so there is nothing to leave
    // out, and no ignore matcher to compile and run on every file.
    ignore: pattern.includes("/") || pattern.includes("**") ? ["**/node_modules/**", "**/.git/**"] : [],
    expandDirectories: false,
  });
  return found.sort();
}

/**
 * A glob's matches as the user wrote the pattern: matched under its static base, then joined
 * to it, so "/data/*.json" lists "/data/a.json". tinyglobby, given no base, lists paths
 * relative to the current directory ("../../data/a.json"), and computes each with
 * path.relative when the base is outside it: about 25 µs a file (docs/benchmarks.md, "CLI").
 */
function globMatches(pattern: string): string[] {
  const [base, rest] = splitGlob(pattern);
  if (base === "") return globFiles(pattern);
  const suffix = SUFFIX_ONLY.exec(rest)?.[1];
  const matches = suffix === undefined ? globFiles(rest, base) : filesEndingWith(base, suffix);
  return matches.map((match) => path.join(base, match));
}

/** "*.json": every file of one directory with that suffix, the commonest pattern in CI. */
const SUFFIX_ONLY = /^\*(\.[A-Za-z0-9_-]+)$/;

/**
 * What tinyglobby matches for `*SUFFIX` under `base` (test/cli/input-expansion.test.ts holds
 * the two to the same list): the files, and links to files, whose names end with `suffix` and
 * do not start with a dot. One directory read, by hand, because loading tinyglobby and
 * compiling its matcher cost more than checking 1,000 small files (docs/benchmarks.md, "CLI").
 */
function filesEndingWith(base: string, suffix: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(base, { withFileTypes: true });
  } catch {
    return []; // as tinyglobby: no such directory matches nothing
  }
  const found: string[] = [];
  for (const entry of entries) {
    const { name } = entry;
    if (name.startsWith(".") || !name.endsWith(suffix)) continue;
    if (entry.isFile() || (entry.isSymbolicLink() && isFile(path.join(base, name)))) found.push(name);
  }
  return found.sort();
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false; // a broken or looping link, as tinyglobby leaves it out
  }
}

export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (file !== "-") {
      const resolved = path.resolve(file);
      if (seen.has(resolved)) return;
      seen.add(resolved);
    }
    files.push({ path: file, display: file === "-" ? "<stdin>" : file });
  };
  for (const arg of args) {
    if (arg === "-") {
      add(arg);
      continue;
    }
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(arg);
    } catch {
      if (!GLOB_MAGIC.test(arg)) {
        add(arg); // reading it says why it cannot be read, in the report
        continue;
      }
      const matches = globMatches(arg);
      if (matches.length === 0) throw new UsageError(terminalText`no file matches ${arg}`);
      matches.forEach(add);
      continue;
    }
    if (stats.isDirectory()) {
      const pattern = `**/*.{${options.extensions.join(",")}}`;
      const matches = globFiles(pattern, arg);
      if (matches.length === 0)
        throw new UsageError(
          terminalText`${arg} holds no ${options.extensions.map((ext) => `.${ext}`).join(", ")} file`,
        );
      for (const match of matches) add(path.join(arg, match));
      continue;
    }
    add(arg);
  }
  return files;
}

export { describeError };
