// The order of `$orderby` on text: case-insensitive ("en", base sensitivity), then ordinal, nulls
// first ascending, as in OData. One Intl.Collator serves every comparison
// (`localeCompare(…, "en", options)` builds one per call, which made `$orderby` over 10,000
// connectors take 60× its plain list). A sort compares prepared keys: for text made only of
// ASCII letters, digits and spaces the collator's order is that of the lower-cased code units
// (CLDR root: space < digits < letters, case a tertiary difference, no contractions), so those
// pairs skip the collator; test/mock/order.test.ts checks both paths against localeCompare.
const TEXT_ORDER = new Intl.Collator("en", { sensitivity: "base" });
const PLAIN = /^[A-Za-z0-9 ]*$/;

/** Case-insensitive, then ordinal; nulls first. */
export function compareText(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return -1;
  if (right === null) return 1;
  return TEXT_ORDER.compare(left, right) || (left < right ? -1 : 1);
}

/** A text prepared for sorting: `plain` is its lower-case form when code-unit order is the collator's. */
export interface TextKey {
  readonly text: string | null;
  readonly plain: string | undefined;
}

export function textKey(text: string | null): TextKey {
  return { text, plain: text !== null && PLAIN.test(text) ? text.toLowerCase() : undefined };
}

/** compareText on prepared keys. */
export function compareTextKeys(left: TextKey, right: TextKey): number {
  if (left.plain === undefined || right.plain === undefined) return compareText(left.text, right.text);
  if (left.plain !== right.plain) return left.plain < right.plain ? -1 : 1;
  const [a, b] = [left.text ?? "", right.text ?? ""];
  return a === b ? 0 : a < b ? -1 : 1;
}
