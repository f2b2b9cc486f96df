// Where JSON pointers point in the source text, for line/column and code frames; and where
// the write-only secrets are, so that a code frame can mask them.
import { pointerTokens } from "../validate/pointer.js";
import { maskedRanges, walkJson } from "./walk.js";

export interface JsonLocation {
  /** Offset of the value (or, for a missing member, of the nearest enclosing value). */
  offset: number;
  /** Offset of the member's key, when the located value is an object member. */
  keyOffset: number | undefined;
  /** False when the pointer itself does not exist and an ancestor was located instead. */
  exact: boolean;
}

export interface SourceMap {
  locations: Map<string, JsonLocation>;
  /** [start, end) ranges of scalar values inside secret members, in document order. */
  secrets: Array<[number, number]>;
}

function endOfNextLine(text: string, offset: number): number {
  const end = text.indexOf("\n", offset);
  if (end === -1) return text.length;
  const next = text.indexOf("\n", end + 1);
  return next === -1 ? text.length : next;
}

const pathKey = (tokens: readonly string[]) => tokens.join("\u0000");

/**
 * Locates each pointer in well-formed JSON `text`. A pointer that does not exist (a missing
 * required member) is located at its nearest existing ancestor. The walk stops once every
 * pointer is found and it has passed the line after the last one (what a code frame shows).
 */
export function locatePointers(text: string, pointers: readonly string[]): SourceMap {
  const wanted = new Map<string, string[]>();
  let maxDepth = 0;
  for (const pointer of pointers) {
    const tokens = pointerTokens(pointer);
    maxDepth = Math.max(maxDepth, tokens.length);
    for (let depth = 0; depth <= tokens.length; depth++)
      wanted.set(pathKey(tokens.slice(0, depth)), tokens.slice(0, depth));
  }
  const found = new Map<string, { offset: number; keyOffset: number | undefined }>();
  const secrets: Array<[number, number]> = [];
  let stopAfter = Number.POSITIVE_INFINITY;

  walkJson(text, {
    value: (event) => {
      secrets.push(...maskedRanges(text, event));
      if (event.path.length <= maxDepth) {
        const key = pathKey(event.path);
        if (wanted.has(key) && !found.has(key)) {
          found.set(key, { offset: event.offset, keyOffset: event.keyOffset });
          if (found.size === wanted.size) stopAfter = endOfNextLine(text, event.offset);
        }
      }
      return event.offset <= stopAfter;
    },
  });

  const locations = new Map<string, JsonLocation>();
  for (const pointer of pointers) {
    const tokens = pointerTokens(pointer);
    for (let depth = tokens.length; depth >= 0; depth--) {
      const hit = found.get(pathKey(tokens.slice(0, depth)));
      if (!hit) continue;
      const exact = depth === tokens.length;
      locations.set(pointer, { offset: hit.offset, keyOffset: exact ? hit.keyOffset : undefined, exact });
      break;
    }
  }
  return { locations, secrets };
}
