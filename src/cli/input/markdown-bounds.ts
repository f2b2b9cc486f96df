// Bounds a Markdown page must keep before micromark parses it (issue 10). micromark is
// super-linear on deep nesting and on long runs of emphasis markers: 1,000 lines each
// indented two columns more than the last took 172 s, "*a" × 50,000 took 64 s, and it is
// already at its latest version. This linear pre-scan refuses such a page with a finding
// naming the line instead. Graph's docs pages stay far inside every bound.

import { groupDigits } from "../../validate/index.js";
import type { MarkdownProblem } from "./markdown-examples.js";

export interface MarkdownBounds {
  /** Longest page, in characters. */
  maxCharacters: number;
  /** Deepest nesting of a line: its list and quote markers plus its indentation (2 columns a level). */
  maxNesting: number;
  /** Most emphasis markers (`*`, `_`) in one block (lines between blank lines). */
  maxEmphasisMarkers: number;
}

/** 512 Ki characters (Graph's longest docs pages are about a third of that); 16 levels; 5,000 markers. */
export const MARKDOWN_BOUNDS: MarkdownBounds = { maxCharacters: 512 * 1024, maxNesting: 16, maxEmphasisMarkers: 5_000 };

const isSpace = (code: number) => code === 0x20 || code === 0x09;
const isEnd = (line: string, at: number) => at >= line.length || isSpace(line.charCodeAt(at));

/** A line's list and quote markers, plus its leading indentation in levels of 2 columns. */
function nestingOf(line: string): number {
  let at = 0;
  let columns = 0;
  for (; at < line.length && isSpace(line.charCodeAt(at)); at++) columns += line.charCodeAt(at) === 0x09 ? 4 : 1;
  let markers = 0;
  while (at < line.length) {
    const char = line[at];
    if (char === ">") at++;
    else if ((char === "-" || char === "*" || char === "+") && isEnd(line, at + 1)) at++;
    else {
      let digits = at;
      while (
        digits < line.length &&
        digits - at < 9 &&
        line.charCodeAt(digits) >= 0x30 &&
        line.charCodeAt(digits) <= 0x39
      )
        digits++;
      if (digits === at || (line[digits] !== "." && line[digits] !== ")") || !isEnd(line, digits + 1)) break;
      at = digits + 1;
    }
    markers++;
    while (at < line.length && isSpace(line.charCodeAt(at))) at++;
  }
  return markers + Math.floor(columns / 2);
}

/** The first bound the page breaks, as a problem on its line; undefined when it keeps them all. */
export function markdownBoundProblem(
  markdown: string,
  bounds: MarkdownBounds = MARKDOWN_BOUNDS,
): MarkdownProblem | undefined {
  const limits = "check-docs reads pages within that bound, since Markdown parsing is super-linear past it";
  if (markdown.length > bounds.maxCharacters) {
    return {
      line: 1,
      message: `the page is ${groupDigits(markdown.length)} characters long, more than ${groupDigits(bounds.maxCharacters)}: ${limits}`,
    };
  }
  let emphasis = 0;
  for (let start = 0, line = 1; start <= markdown.length; line++) {
    const newline = markdown.indexOf("\n", start);
    const end = newline === -1 ? markdown.length : newline;
    const text = markdown.slice(start, end);
    const nesting = nestingOf(text);
    if (nesting > bounds.maxNesting) {
      return {
        line,
        message: `this line nests lists, quotes or indentation ${nesting} levels deep, more than ${bounds.maxNesting}: ${limits}`,
      };
    }
    if (text.trim() === "") emphasis = 0;
    for (let at = 0; at < text.length; at++) if (text[at] === "*" || text[at] === "_") emphasis++;
    if (emphasis > bounds.maxEmphasisMarkers) {
      return {
        line,
        message: `this block holds more than ${groupDigits(bounds.maxEmphasisMarkers)} emphasis markers (* or _): ${limits}`,
      };
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return undefined;
}
