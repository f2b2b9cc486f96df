// The examples of a Graph-docs-style Markdown page: code blocks (```http, or
// ```msgraph-interactive on tabbed pages) preceded by an HTML comment holding JSON metadata,
// `<!-- { "blockType": "request", "name": "…" } -->`. The page is parsed with
// mdast-util-from-markdown (micromark), so code blocks inside lists or quotes are found with
// exact positions and a fence inside another block is not mistaken for one.
import type { Code, Html, Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { parseJsonText } from "../../json/parse.js";
import { MARKDOWN_BOUNDS, type MarkdownBounds, markdownBoundProblem } from "./markdown-bounds.js";

export interface MarkdownExample {
  blockType: "request" | "response";
  metadata: Record<string, unknown>;
  /** 1-based line of the metadata comment. */
  metadataLine: number;
  /** The code block's content. */
  code: string;
  /** 1-based line of the content's first line. */
  codeLine: number;
  /** The block's indentation, which the parser removed from every content line. */
  columnShift: number;
}

export interface MarkdownProblem {
  line: number;
  message: string;
}

export interface MarkdownExamples {
  examples: MarkdownExample[];
  problems: MarkdownProblem[];
}

interface PendingMetadata {
  blockType: unknown;
  metadata: Record<string, unknown>;
  line: number;
}

const METADATA = /^<!--\s*(\{[\s\S]*\})\s*-->\s*$/;

function readMetadata(node: Html, problems: MarkdownProblem[]): PendingMetadata | undefined {
  const match = METADATA.exec(node.value.trim());
  if (!match) return undefined;
  const line = node.position?.start.line ?? 1;
  // Metadata may end an object or a list with a comma: tolerated (strict JSON otherwise).
  const parsed = parseJsonText(match[1] ?? "", { trailingCommas: true });
  if (!parsed.ok) {
    problems.push({
      line: line + (parsed.line ?? 1) - 1,
      message: `the example metadata is not valid JSON: ${parsed.reason ?? "it could not be read"}`,
    });
    return undefined;
  }
  const metadata = parsed.value;
  if (metadata === null || typeof metadata !== "object" || Array.isArray(metadata)) return undefined;
  const record = metadata as Record<string, unknown>;
  return { blockType: record.blockType, metadata: record, line };
}

/** Content's first line: the line after the opening fence, or the first line of an indented block. */
function contentLine(node: Code, markdown: string): number {
  const start = node.position?.start;
  if (!start) return 1;
  const offset = start.offset ?? 0;
  const fenced = /^[ \t]*(?:```|~~~)/.test(markdown.slice(offset, offset + 8));
  return start.line + (fenced ? 1 : 0);
}

/** The nodes of a tree in document order, without recursion (lists may nest deeply). */
function* documentOrder(root: Nodes): Generator<Nodes> {
  const pending: Nodes[] = [root];
  while (pending.length > 0) {
    const node = pending.pop() as Nodes;
    yield node;
    if ("children" in node)
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index] as Nodes);
  }
}

/** The page's examples; a page past one of `bounds` is not parsed, and gets that one problem. */
export function readMarkdownExamples(markdown: string, bounds: MarkdownBounds = MARKDOWN_BOUNDS): MarkdownExamples {
  const outOfBounds = markdownBoundProblem(markdown, bounds);
  if (outOfBounds) return { examples: [], problems: [outOfBounds] };
  const examples: MarkdownExample[] = [];
  const problems: MarkdownProblem[] = [];
  let pending: PendingMetadata | undefined;
  const dangling = (what: PendingMetadata) => {
    if (what.blockType === "request" || what.blockType === "response") {
      problems.push({
        line: what.line,
        message: `the metadata of a ${what.blockType} example is not followed by a code block`,
      });
    }
  };

  for (const node of documentOrder(fromMarkdown(markdown))) {
    if (node.type === "html") {
      const metadata = readMetadata(node, problems);
      if (!metadata) continue;
      if (pending) dangling(pending);
      pending = metadata;
    } else if (node.type === "code" && pending) {
      const { blockType, metadata, line } = pending;
      pending = undefined;
      if (blockType !== "request" && blockType !== "response") continue; // "ignored", "resource", …
      examples.push({
        blockType,
        metadata,
        metadataLine: line,
        code: node.value,
        codeLine: contentLine(node, markdown),
        columnShift: (node.position?.start.column ?? 1) - 1,
      });
    }
  }
  if (pending) dangling(pending);
  return { examples, problems };
}
