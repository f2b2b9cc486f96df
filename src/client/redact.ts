// Keeps Graph's write-only secrets (`password`, `pkcs12Value`) out of everything this client
// builds from a response: if a server (or a proxy, or a mock) echoes a secret back in an
// error, the error still never shows it.
import { SECRET_PROPERTIES } from "../validate/index.js";

export const REDACTED = "[REDACTED]";

/** The non-empty secret values anywhere in a request body. */
export function collectSecrets(body: unknown, found: string[] = []): string[] {
  if (Array.isArray(body)) {
    for (const item of body) collectSecrets(item, found);
  } else if (body !== null && typeof body === "object") {
    for (const [key, value] of Object.entries(body)) {
      if (SECRET_PROPERTIES.has(key) && typeof value === "string" && value !== "") found.push(value);
      else collectSecrets(value, found);
    }
  }
  return found;
}

/** `text` with every occurrence of every secret replaced. Longest first, so overlaps go too. */
export function redactText(text: string, secrets: readonly string[]): string {
  if (secrets.length === 0) return text;
  let result = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join(REDACTED);
  }
  return result;
}

/** A deep copy of a parsed JSON value with secrets redacted in every string and key. */
export function redactValue<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  if (typeof value === "string") return redactText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets)) as T;
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[redactText(key, secrets)] = redactValue(item, secrets);
    return copy as T;
  }
  return value;
}
