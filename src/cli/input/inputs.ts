// Turns the command line's FILE arguments into the list of files to read: literal paths,
// "-" for stdin, directories (searched for the command's file types) and glob patterns
// (tinyglobby, loaded only when a pattern is given). Every problem is found before any file
// is checked, so a run either starts with all its inputs or stops with exit code 2.
import { statSync } from "node:fs";
import path from "node:path";
import { terminalText } from "../report/terminal-text.js";
import { UsageError } from "../usage-error.js";

export interface InputFile {
  /** The path to read, or "-" for stdin. */
  path: string;
  /** How reports name it: the path as given or found, "<stdin>" for "-". */
  display: string;
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

async function globFiles(patterns: string[], cwd?: string): Promise<string[]> {
  const { glob } = await import("tinyglobby");
  const found = await glob(patterns, {
    cwd,
    onlyFiles: true,
    dot: false,
    ignore: ["**/node_modules/**", "**/.git/**"],
    expandDirectories: false,
  });
  return found.sort();
}

export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (file !== "-" && seen.has(path.resolve(file))) return;
    if (file !== "-") seen.add(path.resolve(file));
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
    } catch (error) {
      if (!GLOB_MAGIC.test(arg)) throw new UsageError(terminalText`cannot read ${arg}: ${describeError(error)}`);
      const matches = await globFiles([arg]);
      if (matches.length === 0) throw new UsageError(terminalText`no file matches ${arg}`);
      matches.forEach(add);
      continue;
    }
    if (stats.isDirectory()) {
      const pattern = `**/*.{${options.extensions.join(",")}}`;
      const matches = await globFiles([pattern], arg);
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
