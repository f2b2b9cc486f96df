// Offsets to 1-based line and column numbers (columns count UTF-16 code units, as editors
// and GitHub annotations do for the characters JSON payloads are made of).

/** Offsets at which each line of `text` starts (after "\n"; a "\r\n" pair ends one line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

export function positionAt(starts: readonly number[], offset: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
