// The module specifiers a built JavaScript file loads (imports, re-exports, import() with a
// literal, require()), read by TypeScript's own scanner rather than by regular expressions.
import ts from "typescript";

export function importSpecifiers(source: string): string[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return [...new Set(importedFiles.map((f) => f.fileName))];
}

/** "ajv-formats/dist/formats" → "ajv-formats"; "@scope/pkg/x" → "@scope/pkg". */
export function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}
