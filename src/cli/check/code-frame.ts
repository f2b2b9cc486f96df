// Code frames: the source lines around a finding with a caret under its column. Written here
// rather than taken from @babel/code-frame because a frame of a payload must mask the
// write-only secrets (password, pkcs12Value) that sit on the lines it shows, clip lines that
// are megabytes long (minified JSON, NDJSON), and stop at a syntax error, none of which a
// general code-frame library does.
import { positionAt } from "../../json/lines.js";
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

/**
 * One line with its secrets masked, as pieces: [from, to) offsets into the source text, or a
 * mask. Nothing of the line is copied here, so the cost is in the number of secrets on it,
 * not in its length: a line may be 128 MiB of NUL bytes (issue 10), and only the window a
 * frame shows is ever built (`shownText`).
 */
interface MaskedLine {
  pieces: ReadonlyArray<string | readonly [number, number]>;
  /** Length of the masked line. */
  length: number;
  /** The caret's column in the masked line. */
  caret: number | undefined;
}

function maskLine(source: FrameSource, line: number, caret: number | undefined): MaskedLine {
  const start = source.starts[line - 1] ?? source.text.length;
  const next = source.starts[line];
  let end = next === undefined ? source.text.length : next - 1;
  if (end > start && source.text.charCodeAt(end - 1) === 0x0d) end--; // a CRLF line ending
  const rawLength = end - start;
  const pieces: Array<string | readonly [number, number]> = [];
  let at = 0;
  let length = 0;
  let delta = 0; // how much the masks before the caret changed the length
  let insideSecret: number | undefined;
  for (const [from, to] of source.secrets) {
    const a = Math.max(at, from - start);
    const b = Math.min(rawLength, to - start);
    if (b <= a) continue;
    const replacement = source.text.charAt(start + a) === '"' ? `"${MASK}"` : MASK;
    if (a > at) pieces.push([start + at, start + a]);
    pieces.push(replacement);
    length += a - at + replacement.length;
    if (caret !== undefined && caret >= b) delta += replacement.length - (b - a);
    else if (caret !== undefined && caret >= a) insideSecret = a + delta;
    at = b;
  }
  if (rawLength > at) pieces.push([start + at, end]);
  length += rawLength - at;
  const mapped = caret === undefined ? undefined : (insideSecret ?? caret + delta);
  return { pieces, length, caret: mapped };
}

/** Characters [from, to) of a masked line, tabs and control characters replaced one for one. */
function shownText(source: FrameSource, line: MaskedLine, from: number, to: number): string {
  let text = "";
  let at = 0; // where the current piece starts in the masked line
  for (const piece of line.pieces) {
    if (at >= to) break;
    const length = typeof piece === "string" ? piece.length : piece[1] - piece[0];
    if (at + length > from) {
      const a = Math.max(from, at) - at;
      const b = Math.min(to, at + length) - at;
      text += typeof piece === "string" ? piece.slice(a, b) : source.text.slice(piece[0] + a, piece[0] + b);
    }
    at += length;
  }
  return text.replace(/\t/g, " ").replace(CONTROL, "\uFFFD");
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
  const lineLength = (masked: MaskedLine) =>
    masked === marked && cut ? Math.min(masked.length, caret + (options.cutAfter ?? 0)) : masked.length;
  // Clipped before anything is built: only these WIDTH characters of each line are read.
  const clipFrom = lineLength(marked) > WIDTH ? Math.max(0, caret - BEFORE_CARET) : 0;
  const window = (masked: MaskedLine) =>
    shownText(source, masked, clipFrom, Math.min(lineLength(masked), clipFrom + WIDTH));
  const clip = (masked: MaskedLine, shown: string) => {
    const length = lineLength(masked);
    if (length <= WIDTH && clipFrom === 0) return shown;
    return `${clipFrom > 0 ? "…" : ""}${shown}${clipFrom + WIDTH < length ? "…" : ""}`;
  };
  caret = caret - clipFrom + (clipFrom > 0 ? 1 : 0);

  const lines: CodeFrame["lines"] = [];
  for (let number = first; number <= last; number++) {
    const masked = number === line ? marked : maskLine(source, number, undefined);
    const shown = window(masked);
    // A blank line after the finding is left out (judged by what would be shown of it).
    if (number === last && number !== line && shown.trim() === "") continue;
    lines.push({ number: source.firstLine + number - 1, text: clip(masked, shown) });
  }
  return { lines, line: source.firstLine + line - 1, column: caret + 1 };
}
