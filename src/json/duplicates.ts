// Duplicate keys: JSON.parse keeps the last of `{"a": 1, "a": 2}` silently, while other
// parsers keep the first, so a payload that passes here could mean something else to Graph.
// Finding them precisely needs a walk over the text (slow: a scanner in JS); a cheap test
// decides first whether the walk is needed at all, so the common case costs one indexOf loop.
import { walkJson } from "./walk.js";

/**
 * The number of members written in well-formed JSON text: outside strings, every ':'
 * separates one member's key from its value. Strings are skipped with indexOf, honouring
 * backslash escapes, which keeps this several times faster than a character loop.
 */
export function countMembersInText(text: string): number {
  let count = 0;
  let from = 0;
  let colon = text.indexOf(":");
  for (;;) {
    const quote = text.indexOf('"', from);
    const stop = quote === -1 ? text.length : quote;
    while (colon !== -1 && colon < stop) {
      count++;
      colon = text.indexOf(":", colon + 1);
    }
    if (quote === -1) return count;
    // The closing quote is the next '"' preceded by an even number of backslashes.
    let close = text.indexOf('"', quote + 1);
    while (close !== -1 && text.charCodeAt(close - 1) === 92) {
      let backslashes = 1;
      while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    if (close === -1) return count; // not well-formed; the caller parsed it, so unreachable
    from = close + 1;
    if (colon !== -1 && colon < from) colon = text.indexOf(":", from); // skip colons inside the string
  }
}

/**
 * The number of members of every object in a value from JSON.parse, counted without
 * recursion. for-in is safe here (JSON.parse objects inherit nothing enumerable) and twice as
 * fast as Object.keys; an own "__proto__" member is enumerated like any other.
 */
export function countMembersInValue(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || typeof current !== "object") continue;
    if (Array.isArray(current)) {
      for (const item of current) if (item !== null && typeof item === "object") pending.push(item);
      continue;
    }
    for (const key in current) {
      count++;
      const member = (current as Record<string, unknown>)[key];
      if (member !== null && typeof member === "object") pending.push(member);
    }
  }
  return count;
}

/**
 * True when `text` (which JSON.parse turned into `value`) repeats a key within an object.
 * Fast path, one indexOf loop over the colons: a key written as JSON.stringify writes it
 * (compact or pretty) has its colon right after its closing quote. When no colon anywhere
 * follows whitespace, every member's colon is one of the colons that follow a `"` (a `":`
 * inside a string can only add to those), so when they are as many as the members of
 * `value`, no member was lost to a duplicate. Any other case takes the exact count.
 */
export function hasDuplicateKeys(text: string, value: unknown): boolean {
  const members = countMembersInValue(value);
  let pairs = 0;
  for (let at = text.indexOf(":"); at !== -1; at = text.indexOf(":", at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === QUOTE) pairs++;
    // JSON's whitespace (RFC 8259 §2): a key may be spaced from its colon; count exactly.
    else if (before === SPACE || before === TAB || before === LINE_FEED || before === CARRIAGE_RETURN)
      return countMembersInText(text) !== members;
  }
  return pairs === members ? false : countMembersInText(text) !== members;
}

const QUOTE = 34;
const SPACE = 32;
const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

export interface DuplicateKey {
  /** Pointer tokens of the repeated member. */
  path: string[];
  keyOffset: number;
  firstKeyOffset: number;
}

/** Every repeated key in `text`, in document order, up to `limit`. */
export function findDuplicateKeys(text: string, limit = 100): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  walkJson(
    text,
    {
      duplicate: ({ path, keyOffset, firstKeyOffset }) => {
        if (found.length < limit) found.push({ path: [...path], keyOffset, firstKeyOffset });
      },
      value: () => found.length < limit,
    },
    { duplicates: true },
  );
  return found;
}
