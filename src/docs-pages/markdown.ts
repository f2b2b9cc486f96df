// The pieces of Graph's docs dialect the pages are made of: YAML front matter, GFM tables,
// fenced code blocks and the ApiDoctor metadata comment that precedes a checked block.

/** A YAML front matter block; every value is written as a double-quoted JSON string (valid YAML). */
export function frontMatter(fields: Record<string, string>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join("\n")}\n---`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `|${cells.join("|")}|`;
  return [line(header), line(header.map(() => ":---")), ...rows.map(line)].join("\n");
}

/** ApiDoctor's metadata comment, `<!-- { "blockType": … } -->`, one member a line as Graph writes it. */
export function metadata(fields: Record<string, string | boolean>): string {
  return `<!-- ${JSON.stringify(fields, null, 2)}\n-->`;
}

/** A fenced block whose fence is longer than any backtick run inside it (CommonMark §4.5). */
export function codeBlock(language: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** Sections joined with one blank line, trailing newline, no runs of blank lines. */
export function page(parts: readonly (string | undefined)[]): string {
  return `${parts
    .filter((part): part is string => part !== undefined && part !== "")
    .join("\n\n")
    .replace(/\n{3,}/g, "\n\n")}\n`;
}
