// Header fields of a recorded message, matched by name case-insensitively (RFC 9110 §5.1).

/** The first value of header `name`, or undefined. */
export function headerOf(headers: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [given, value] of headers) if (given.toLowerCase() === wanted) return value;
  return undefined;
}

/** A JSON media type (`application/json`, `application/problem+json; charset=utf-8`): only those bodies are checked. */
export function isJsonMediaType(contentType: string): boolean {
  return /\bjson\b/i.test(contentType);
}

const shown = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** The words for a body whose Content-Type is not JSON, the same for every input. */
export function notJsonBodyMessage(contentType: string): string {
  return `the body's Content-Type is ${shown(contentType)}; only JSON bodies can be checked`;
}
