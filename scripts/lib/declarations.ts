// Declaration files for generated/ made by the TypeScript compiler from the real types in
// scripts/lib/shapes/, never written as strings: a field added to a shape reaches both the
// generator (which builds its output with the type) and the published .d.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const shapesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "shapes");
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });

/** The declaration output of shapes/NAME.ts, with its import specifiers as they are (`./validators.js`). */
export function shapeDeclaration(name: string): string {
  const file = path.join(shapesDir, `${name}.ts`);
  const { outputText, diagnostics } = ts.transpileDeclaration(readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2022, removeComments: false },
    reportDiagnostics: true,
  });
  if (diagnostics?.length) {
    const text = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => shapesDir,
      getNewLine: () => "\n",
    });
    throw new Error(`cannot emit declarations for ${file}:\n${text}`);
  }
  return outputText.replace(/^export \{\};\n?/m, "");
}

/** `export declare const NAME: TYPE;` for each name, built as syntax nodes and printed. */
export function constantDeclarations(names: readonly string[], typeName: string): string {
  const source = ts.createSourceFile("constants.d.ts", "", ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  return names
    .map((name) =>
      ts.factory.createVariableStatement(
        [
          ts.factory.createModifier(ts.SyntaxKind.ExportKeyword),
          ts.factory.createModifier(ts.SyntaxKind.DeclareKeyword),
        ],
        ts.factory.createVariableDeclarationList(
          [ts.factory.createVariableDeclaration(name, undefined, ts.factory.createTypeReferenceNode(typeName))],
          ts.NodeFlags.Const,
        ),
      ),
    )
    .map((statement) => `${printer.printNode(ts.EmitHint.Unspecified, statement, source)}\n`)
    .join("");
}
