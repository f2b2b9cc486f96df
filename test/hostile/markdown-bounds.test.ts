// Issue 10, item 7: check-docs refuses a Markdown page past a size, nesting or emphasis bound
// with a finding naming the file and the line, instead of handing it to micromark, which is
// super-linear on such pages (1,000 lines indented ever deeper: 172 s; "*a" × 50,000: 64 s).
import { describe, expect, it } from "vitest";
import { checkMarkdownFile } from "../../src/cli/check/check-markdown.js";
import { MARKDOWN_BOUNDS, type MarkdownBounds } from "../../src/cli/input/markdown-bounds.js";
import { readMarkdownExamples } from "../../src/cli/input/markdown-examples.js";

const EXAMPLE =
  '<!-- { "blockType": "request", "name": "get" } -->\n```http\nGET https://graph.microsoft.com/v1.0/identity/apiConnectors\n```\n';
const tiny: MarkdownBounds = { maxCharacters: 400, maxNesting: 3, maxEmphasisMarkers: 6 };

describe("Markdown bounds, tiny", () => {
  it.each([
    {
      name: "a page over the size bound",
      page: `${EXAMPLE}${"text ".repeat(80)}`,
      line: 1,
      message: /^the page is 523 characters long, more than 400: /,
    },
    {
      name: "quotes nested past the bound",
      page: `${EXAMPLE}\n> > > > deep\n`,
      line: 6,
      message: /4 levels deep, more than 3/,
    },
    {
      name: "lists nested by indentation past the bound",
      page: `${EXAMPLE}\n- a\n  - b\n    - c\n      - d\n`,
      line: 9,
      message: /4 levels deep, more than 3/,
    },
    { name: "ordered and bullet markers on one line", page: `1. - 2) + x\n`, line: 1, message: /4 levels deep/ },
    {
      name: "emphasis markers in one block",
      page: `${EXAMPLE}\n*a* _b_\n*c* _d_\n`,
      line: 7,
      message: /more than 6 emphasis markers/,
    },
  ])("$name is refused on its line, without its examples", ({ page, line, message }) => {
    const { examples, problems } = readMarkdownExamples(page, tiny);
    expect(examples).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(line);
    expect(problems[0]?.message).toMatch(message);
  });

  it("a page within the bounds is read as before", () => {
    const page = `${EXAMPLE}\n- a\n  - b *c* _d_\n\n*e* _f_ *g*\n`;
    expect(readMarkdownExamples(page, tiny)).toMatchObject({ problems: [], examples: [{ codeLine: 3 }] });
  });

  it("markers that do not nest are not counted: rules, emphasis, numbers without a marker", () => {
    const page = "---\n***\n**bold** 2026 is a year\n1.5 million\n-x\n";
    expect(readMarkdownExamples(page, { ...tiny, maxEmphasisMarkers: 100 }).problems).toEqual([]);
  });
});

describe("pathological pages end with a finding at the default bounds", () => {
  const file = { path: "docs/hostile.md", display: "docs/hostile.md" };
  it.each([
    { name: "100,000 nested quotes", page: "> ".repeat(100_000), line: 1 },
    { name: "100,000 nested list markers", page: "- ".repeat(100_000), line: 1 },
    {
      name: "lines indented ever deeper",
      page: Array.from({ length: 1_000 }, (_, i) => `${" ".repeat(2 * i)}- x`)
        .join("\n")
        .slice(0, 500_000),
      line: MARKDOWN_BOUNDS.maxNesting + 1,
    },
    { name: '"*a" × 50,000', page: "*a".repeat(50_000), line: 1 },
    { name: "a page of 1 Mi characters", page: "a".repeat(1024 * 1024), line: 1 },
  ])("$name", ({ page, line }) => {
    const [result, ...rest] = checkMarkdownFile(file, Buffer.from(page));
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ file: "docs/hostile.md", line, valid: false });
    expect(result?.findings[0]?.message).toMatch(/check-docs reads pages within that bound/);
  });
});
