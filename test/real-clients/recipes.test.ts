// docs/mock.md's client recipes are the tested code: each ```ts block under a
// `<!-- recipe: test/real-clients/recipes/NAME.ts -->` marker must equal the text between that
// file's recipe markers, which ours/classic/kiota.test.ts run against the mock.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/repo.js";

const docs = readFileSync(path.join(repoRoot, "docs", "mock.md"), "utf8");
const RECIPES = ["ours", "classic", "kiota", "ours-user-flows", "classic-user-flows"];

function recipeInFile(name: string): string {
  const text = readFileSync(path.join(repoRoot, "test", "real-clients", "recipes", `${name}.ts`), "utf8");
  const start = text.indexOf("// recipe:start\n");
  const end = text.indexOf("  // recipe:end");
  const lines = text.slice(start + "// recipe:start\n".length, end).split("\n");
  return lines
    .map((line) => line.replace(/^ {2}/, ""))
    .join("\n")
    .trim();
}

function recipeInDocs(name: string): string | undefined {
  const marker = `<!-- recipe: test/real-clients/recipes/${name}.ts -->\n\n\`\`\`ts\n`;
  const at = docs.indexOf(marker);
  if (at < 0) return undefined;
  const body = docs.slice(at + marker.length);
  return body.slice(0, body.indexOf("\n```")).trim();
}

describe("docs/mock.md client recipes", () => {
  it.each(RECIPES)("shows the tested recipe of %s", (name) => {
    expect(recipeInDocs(name)).toBe(recipeInFile(name));
  });
});
