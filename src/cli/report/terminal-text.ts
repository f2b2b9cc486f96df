// Text that reaches a terminal or a CI log: control characters from a payload (a property
// name can hold anything) are shown as escapes, so they cannot move the cursor, clear the
// screen or forge a workflow command; very long texts are shortened.

// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const LIMIT = 2000;

export function terminalSafe(text: string): string {
  const safe = text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return safe.length > LIMIT ? `${safe.slice(0, LIMIT)}… (${safe.length - LIMIT} more characters)` : safe;
}
