// Type-checks a consumer's TypeScript against one version of the generated types. The
// consumer's code is compiled as it stands (its tsconfig.json when the folder has one), except
// that the package's types module is swapped for the version under test: the specifier
// `apiconnectors/schema`, and any import that resolves to a `generated/schema.d.ts` (the
// package's own type tests import it by a relative path), resolve to `typesFile` instead.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { SpecSourceError } from "../load/source.js";
import type { TypeScriptApi } from "./tools.js";

export interface ConsumerDiagnostic {
  /** Relative to the consumer folder, with `/` separators. */
  file: string;
  line: number;
  column: number;
  /** TypeScript's error number, e.g. 2322. */
  code: number;
  message: string;
}

export interface ConsumerProject {
  root: string;
  options: import("typescript").CompilerOptions;
  files: string[];
}

const TYPES_SPECIFIER = "apiconnectors/schema";
const GENERATED_TYPES = /[\\/]generated[\\/]schema\.d\.ts$/;

const DEFAULT_OPTIONS = (ts: TypeScriptApi): import("typescript").CompilerOptions => ({
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
  noEmit: true,
  types: [],
});

/**
 * The consumer's files and options: a tsconfig file given by path, the folder's tsconfig.json,
 * else every .ts/.mts/.cts/.tsx file under the folder (node_modules aside) with strict defaults.
 */
export function readConsumerProject(ts: TypeScriptApi, folder: string): ConsumerProject {
  const given = path.resolve(folder);
  if (!existsSync(given)) throw new SpecSourceError(`--consumer ${folder}: no such folder or tsconfig file`);
  const isConfig = given.endsWith(".json") && statSync(given).isFile();
  const root = isConfig ? path.dirname(given) : given;
  const config = isConfig ? given : path.join(root, "tsconfig.json");
  if (existsSync(config)) {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      config,
      { noEmit: true },
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new SpecSourceError(`${config}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`);
        },
      },
    );
    if (!parsed) throw new SpecSourceError(`${config}: cannot be read`);
    if (parsed.errors.length)
      throw new SpecSourceError(
        `${config}: ${ts.flattenDiagnosticMessageText(parsed.errors[0]?.messageText ?? "", " ")}`,
      );
    return { root, options: { ...parsed.options, noEmit: true }, files: parsed.fileNames };
  }
  const files = ts.sys
    .readDirectory(root, [".ts", ".tsx", ".mts", ".cts"], ["**/node_modules"], undefined)
    .filter((file) => !GENERATED_TYPES.test(file));
  if (files.length === 0) throw new SpecSourceError(`--consumer ${folder}: holds no TypeScript file`);
  return { root, options: DEFAULT_OPTIONS(ts), files };
}

/**
 * Compiles the project with `typesFile` standing in for the package's types and returns every
 * error in the consumer's own files. `previous` (the other side's program) lets TypeScript
 * reuse what did not change, such as the standard library.
 */
export function typeCheck(
  ts: TypeScriptApi,
  project: ConsumerProject,
  typesFile: string,
  previous?: import("typescript").Program,
): { diagnostics: ConsumerDiagnostic[]; program: import("typescript").Program } {
  const host = ts.createCompilerHost(project.options, true);
  const redirect: import("typescript").ResolvedModuleFull = {
    resolvedFileName: typesFile,
    extension: ts.Extension.Dts,
    isExternalLibraryImport: false,
  };
  host.resolveModuleNameLiterals = (literals, containingFile, redirectedReference, options, sourceFile) =>
    literals.map((literal) => {
      if (literal.text === TYPES_SPECIFIER) return { resolvedModule: redirect };
      const mode = ts.getModeForUsageLocation(sourceFile, literal, options);
      const resolved = ts.resolveModuleName(
        literal.text,
        containingFile,
        options,
        host,
        undefined,
        redirectedReference,
        mode,
      );
      if (resolved.resolvedModule && GENERATED_TYPES.test(resolved.resolvedModule.resolvedFileName))
        return { resolvedModule: redirect };
      return resolved;
    });
  const program = ts.createProgram({ rootNames: project.files, options: project.options, host, oldProgram: previous });
  const diagnostics: ConsumerDiagnostic[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    if (diagnostic.category !== ts.DiagnosticCategory.Error) continue;
    const file = diagnostic.file;
    // Errors inside the swapped types or a library are not the consumer's code.
    if (!file || file.fileName === typesFile) continue;
    const relative = path.relative(project.root, file.fileName);
    if (relative.startsWith("..") || /(^|[\\/])node_modules[\\/]/.test(relative)) continue;
    const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    diagnostics.push({
      file: relative.split(path.sep).join("/"),
      line: line + 1,
      column: character + 1,
      code: diagnostic.code,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, " "),
    });
  }
  return { diagnostics, program };
}
