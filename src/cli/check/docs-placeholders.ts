// Graph's docs write a value the reader fills in as a brace placeholder, `{id}` or
// `{user-flow-id}`, in request URLs and in bodies alike: the `@odata.id` of
// b2xidentityuserflow-put-apiconnectorconfiguration.md is
// "https://graph.microsoft.com/v1.0/identity/apiConnectors/{id}". A brace is not a URL path
// character (RFC 3986 §3.3), so the value fails the contract as written, though the page is
// right. check-docs therefore re-checks a failing string that holds placeholders with each one
// replaced by a stand-in any id accepts (the nil UUID, RFC 9562 §5.9): what is around the
// placeholder is still checked, and a finding that remains is reported on the original value.
// Only failing values are touched, so a conforming example costs nothing more.
import { pointerTokens, valueAt } from "../../validate/pointer.js";

/** A docs placeholder: a brace-delimited name (letters, digits, `_`, `-`), at most 64 long. */
const PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9_-]{0,63}\}/g;

/** What each placeholder is replaced by: an id in every id syntax the contract has. */
export const PLACEHOLDER_STAND_IN = "00000000-0000-0000-0000-000000000000";

export function hasPlaceholder(value: unknown): value is string {
  if (typeof value !== "string" || !value.includes("{")) return false;
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(value);
}

function replaceAt(document: unknown, pointer: string, value: string): void {
  const tokens = pointerTokens(pointer);
  let parent = document;
  for (const token of tokens.slice(0, -1)) parent = (parent as Record<string, unknown>)[token];
  (parent as Record<string, unknown>)[tokens[tokens.length - 1] as string] = value;
}

/**
 * The body with the placeholders at `pointers` (failing values that hold one) stood in for,
 * and those pointers; undefined when none of them holds a placeholder. The body is copied,
 * never changed.
 */
export function standInPlaceholders(body: unknown, pointers: string[]): { body: unknown; at: string[] } | undefined {
  const at = [...new Set(pointers)].filter((pointer) => pointer !== "" && hasPlaceholder(valueAt(body, pointer)));
  if (at.length === 0) return undefined;
  const copy = structuredClone(body);
  for (const pointer of at) {
    replaceAt(copy, pointer, (valueAt(body, pointer) as string).replace(PLACEHOLDER, PLACEHOLDER_STAND_IN));
  }
  return { body: copy, at };
}
