// Every regular expression the project runs on untrusted text: the literals in src/ (found with
// the TypeScript parser, so a `/` in a string or comment is not mistaken for one) and the
// `pattern` of every schema in the bundled spec (which the validators compile with the `u` flag).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { repoRoot } from "../../support/repo.js";

export interface FoundRegex {
  /** Where it is: `src/…:LINE` or a JSON pointer into generated/openapi.json. */
  where: string;
  source: string;
  flags: string;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.name.endsWith(".ts")) yield full;
  }
}

/** Regex literals in src/, and the places that build one at run time (which no checker can see). */
export function sourceRegexes(): { regexes: FoundRegex[]; constructed: string[] } {
  const regexes: FoundRegex[] = [];
  const constructed: string[] = [];
  const root = path.join(repoRoot, "src");
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, "utf8");
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${path.relative(repoRoot, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf("/");
        regexes.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === "RegExp") {
        constructed.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { regexes, constructed };
}

/** The `pattern` keywords of the bundled spec, with their JSON pointers. */
export function specPatterns(): FoundRegex[] {
  const spec: unknown = JSON.parse(readFileSync(path.join(repoRoot, "generated", "openapi.json"), "utf8"));
  const found: FoundRegex[] = [];
  const walk = (value: unknown, pointer: string): void => {
    if (Array.isArray(value))
      value.forEach((item, index) => {
        walk(item, `${pointer}/${index}`);
      });
    else if (value !== null && typeof value === "object")
      for (const [key, member] of Object.entries(value)) {
        const at = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        if (key === "pattern" && typeof member === "string") found.push({ where: at, source: member, flags: "u" });
        else walk(member, at);
      }
  };
  walk(spec, "");
  return found;
}
