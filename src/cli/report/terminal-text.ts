// The sanitiser for text that reaches a terminal or a CI log (the text format, stderr
// diagnostics, usage errors): control characters from a file name, path, header or payload
// (a property name can hold anything) are shown as escapes, so they cannot move the cursor,
// clear the screen, or end the line and start a forged workflow command (`::error …`); very
// long texts are shortened. Each other output has its own: github.ts (workflow commands),
// junit.ts (XML), JSON.stringify (json).

// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const LIMIT = 2000;

/**
 * The characters a terminal acts on that JSON.stringify and XML leave raw: DEL, the C1 controls
 * (CSI U+009B) and U+2028/U+2029. The json and junit formats write them as escapes of their own.
 */
export const RAW_IN_JSON_AND_XML = /[\u007f-\u009f\u2028\u2029]/g;

/** Each C0/C1 control character, DEL, U+2028 and U+2029 as a `\uXXXX` escape. */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function terminalSafe(text: string): string {
  const safe = escapeControlCharacters(text);
  return safe.length > LIMIT ? `${safe.slice(0, LIMIT)}… (${safe.length - LIMIT} more characters)` : safe;
}

/**
 * A template tag for diagnostics: every interpolated value (a file name, an argument, a parser's
 * message) goes through terminalSafe; the literal parts, ours, keep their line breaks.
 * `terminalText\`cannot read ${file}\``.
 */
export function terminalText(literals: TemplateStringsArray, ...values: unknown[]): string {
  let text = literals[0] ?? "";
  values.forEach((value, index) => {
    text += terminalSafe(String(value)) + (literals[index + 1] ?? "");
  });
  return text;
}
