// The TypeScript samples of the generated pages, type-checked with the TypeScript compiler API
// (strict, as this project compiles) against the package's entry point, and turned into a
// function that runs one against a given client.
import path from "node:path";
import ts from "typescript";
import { IMPORT_LINE } from "../../../src/docs-pages/samples.js";
import { repoRoot } from "../../support/repo.js";

export interface Sample {
  /** Where it came from, for messages: `v1.0/api/identityapiconnector-create.md#2`. */
  where: string;
  source: string;
}

/** Every ```typescript block of a page. */
export function typescriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```typescript\n([\s\S]*?)\n```$/gm)].map((match) => match[1] ?? "");
}

/**
 * Type-checks every sample as its own ES module in which `apiconnectors` is this package
 * (src/index.ts, whose declarations are what `npm run build` emits into dist/). Returns one
 * message per diagnostic, `where:line: text`.
 */
export function typeCheck(samples: readonly Sample[]): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    paths: { apiconnectors: [path.join(repoRoot, "src/index.ts")] },
  };
  const files = new Map(samples.map((sample, index) => [path.join(repoRoot, `.docs-sample-${index}.mts`), sample]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.readFile = (file) => files.get(file)?.source ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const sample = files.get(file);
    return sample
      ? ts.createSourceFile(file, sample.source, language, true)
      : getSourceFile.call(host, file, language, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const sample = diagnostic.file ? files.get(diagnostic.file.fileName) : undefined;
    const line =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
        : 0;
    const where = sample?.where ?? diagnostic.file?.fileName ?? "(options)";
    return `${where}:${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  });
}

type Runner = (client: unknown, console: { log: (...values: unknown[]) => void }) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => Runner;

/**
 * The sample as a function of a client: its import and its `const client = …` line are the
 * two lines a reader adapts (token, base URL), so the test supplies the client instead.
 */
export function runnable(sample: Sample, clientLine: string): Runner {
  const lines = sample.source.split("\n");
  for (const expected of [IMPORT_LINE, clientLine])
    if (!lines.includes(expected))
      throw new Error(`${sample.where}: the sample has no line ${JSON.stringify(expected)}`);
  const body = lines.filter((line) => line !== IMPORT_LINE && line !== clientLine).join("\n");
  const { outputText } = ts.transpileModule(body, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return new AsyncFunction("client", "console", outputText);
}
