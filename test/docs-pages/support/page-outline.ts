// What the comparison with Graph's real pages looks at, read from a page's Markdown: its
// sections (## headings, outside code blocks), the first column of a section's table, and
// its examples by authentication type. Line-based on purpose: both sides are Graph-docs
// Markdown, and the real pages hold JSON that is elided ("...") and cannot be parsed.
import { readMarkdownExamples } from "../../../src/cli/input/markdown-examples.js";

export interface PageOutline {
  sections: string[];
  /** Section title → the first cell of each table body row under it (before the next ## heading). */
  tableKeys: Map<string, string[]>;
  /** Authentication type (or "none") → how many request examples use it. */
  examplesByAuth: Map<string, number>;
}

/** The lines outside fenced code blocks, so a `## ` inside an example is not a heading. */
function proseLines(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence === undefined) lines.push(line);
  }
  return lines;
}

/** The authentication type an example is about: the request's, else its response's, else "none". */
function authOf(request: string, response: string | undefined): string {
  for (const text of [request, response ?? ""]) {
    const types = [...text.matchAll(/"@odata\.type"\s*:\s*"#?microsoft\.graph\.(\w+)"/gi)]
      .map((m) => m[1] ?? "")
      .filter((type) => !/^identityApiConnector$/i.test(type));
    if (types[0]) return types[0].toLowerCase();
    if (/"pkcs12Value"/.test(text)) return "pkcs12certificate";
  }
  return "none";
}

export function outline(markdown: string): PageOutline {
  const sections: string[] = [];
  const tableKeys = new Map<string, string[]>();
  let current = "";
  for (const line of proseLines(markdown)) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading?.[1]) {
      current = heading[1];
      sections.push(current);
      continue;
    }
    const row = /^\s*\|([^|]*)\|/.exec(line);
    if (!row || current === "") continue;
    const cell = (row[1] ?? "").trim();
    const keys = tableKeys.get(current) ?? [];
    // Skip the header row and the delimiter row.
    if (!tableKeys.has(current)) {
      tableKeys.set(current, []);
      continue;
    }
    if (/^:?-+:?$/.test(cell)) continue;
    keys.push(cell);
  }
  const examplesByAuth = new Map<string, number>();
  const examples = readMarkdownExamples(markdown).examples;
  examples.forEach((example, index) => {
    if (example.blockType !== "request") return;
    const next = examples[index + 1];
    const auth = authOf(example.code, next?.blockType === "response" ? next.code : undefined);
    examplesByAuth.set(auth, (examplesByAuth.get(auth) ?? 0) + 1);
  });
  return { sections, tableKeys, examplesByAuth };
}
