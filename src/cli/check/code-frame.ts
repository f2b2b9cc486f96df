// Code frames: the source lines around a finding with a caret under its column. Written here
// rather than taken from @babel/code-frame because a frame of a payload must mask the
// write-only secrets (password, pkcs12Value) that sit on the lines it shows, clip lines that
// are megabytes long (minified JSON, NDJSON), and stop at a syntax error, none of which a
// general code-frame library does.
import { lineText, positionAt } from "../../json/lines.js";
import { REDACTED } from "../../validate/index.js";
import type { CodeFrame } from "./model.js";

const WIDTH = 100;
const BEFORE_CARET = 40;
const MASK = REDACTED;
/** Replaced one for one (so the caret keeps its column): what a terminal would act on. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: masking control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export interface FrameSource {
  text: string;
  starts: readonly number[];
  /** File line number of the text's first line. */
  firstLine: number;
  /** [start, end) offsets of secret values to mask. */
  secrets: ReadonlyArray<readonly [number, number]>;
}

/** Replaces secrets (and characters a terminal would act on) in one line; maps the caret. */
function maskLine(
  source: FrameSource,
  line: number,
  caret: number | undefined,
): { text: string; caret: number | undefined } {
  const start = source.starts[line - 1] ?? 0;
  const raw = lineText(source.text, source.starts, line);
  let text = "";
  let at = 0;
  let delta = 0; // how much the masks before the caret changed the length
  let insideSecret: number | undefined;
  for (const [from, to] of source.secrets) {
    const a = Math.max(at, from - start);
    const b = Math.min(raw.length, to - start);
    if (b <= a) continue;
    const replacement = raw.charAt(a) === '"' ? `"${MASK}"` : MASK;
    text += raw.slice(at, a) + replacement;
    if (caret !== undefined && caret >= b) delta += replacement.length - (b - a);
    else if (caret !== undefined && caret >= a) insideSecret = a + delta;
    at = b;
  }
  text += raw.slice(at);
  const mapped = caret === undefined ? undefined : (insideSecret ?? caret + delta);
  return { text: text.replace(/\t/g, " ").replace(CONTROL, "\uFFFD"), caret: mapped };
}

/**
 * The frame around `offset` in `source`: the line before, the line itself and the line after.
 * With `cutAfter` (a syntax error), nothing is shown past that many characters from the
 * offset, nor any line below: the rest of a malformed document cannot be told apart into
 * secrets and non-secrets.
 */
export function codeFrame(source: FrameSource, offset: number, options: { cutAfter?: number } = {}): CodeFrame {
  const { line, column } = positionAt(source.starts, offset);
  const first = Math.max(1, line - 1);
  const cut = options.cutAfter !== undefined;
  const last = cut ? line : Math.min(source.starts.length, line + 1);
  const marked = maskLine(source, line, column - 1);
  let caret = marked.caret ?? 0;
  if (cut) marked.text = marked.text.slice(0, caret + (options.cutAfter ?? 0));
  const clipFrom = marked.text.length > WIDTH ? Math.max(0, caret - BEFORE_CARET) : 0;
  const clip = (text: string) => {
    if (text.length <= WIDTH && clipFrom === 0) return text;
    const slice = text.slice(clipFrom, clipFrom + WIDTH);
    return `${clipFrom > 0 ? "…" : ""}${slice}${clipFrom + WIDTH < text.length ? "…" : ""}`;
  };
  caret = caret - clipFrom + (clipFrom > 0 ? 1 : 0);

  const lines: CodeFrame["lines"] = [];
  for (let number = first; number <= last; number++) {
    const text = number === line ? marked.text : maskLine(source, number, undefined).text;
    if (number === last && number !== line && text.trim() === "") continue;
    lines.push({ number: source.firstLine + number - 1, text: clip(text) });
  }
  return { lines, line: source.firstLine + line - 1, column: caret + 1 };
}
