// The link and image targets of a Markdown document (mdast, so code spans and fenced code are
// not mistaken for links).
import { fromMarkdown } from "mdast-util-from-markdown";

interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

export function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  const visit = (node: Node): void => {
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.url) {
      targets.push(node.url);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(fromMarkdown(markdown) as Node);
  return targets;
}
