// Keeps secrets out of everything this client builds from a response: if a server (or a
// proxy, or a mock) echoes a secret back in an error, the error still never shows it.
// By structure first (issue 10): a member the contract marks secret is masked whole, whatever
// its value; `code`, `target`, type tags and member names are identifiers, never rewritten.
// Free text (messages, a non-OData body) is searched for the secrets of the call (the request
// body's secret values, the user info of its URLs, the bearer token) in the forms an echo
// takes: as sent, JSON-escaped, URL-encoded, base64, in any letter case, and cut short.
import { isSecretMask, isSecretProperty, REDACTED, userInfoIn, withoutUserInfo } from "../validate/secrets.js";

export { REDACTED };

/** Members whose values are identifiers: never searched for secrets. */
const IDENTIFIERS = new Set(["code", "target", "@odata.type", "request-id", "client-request-id", "date"]);
/** A secret this long or longer is also caught cut short, down to this many characters. */
const TRUNCATED_MIN = 12;
/** A secret shorter than this is caught only where it stands alone (see standsAlone). */
const ANYWHERE_MIN = 8;

/** The non-empty secret values anywhere in a request body, and the user info of its URLs. */
export function collectSecrets(body: unknown, found: string[] = []): string[] {
  if (typeof body === "string") found.push(...userInfoIn(body));
  else if (Array.isArray(body)) {
    for (const item of body) collectSecrets(item, found);
  } else if (body !== null && typeof body === "object") {
    for (const [key, value] of Object.entries(body)) {
      if (isSecretProperty(key) && typeof value === "string" && value !== "") found.push(value);
      else collectSecrets(value, found);
    }
  }
  return found;
}

/** The forms an echo of `secret` may take. */
function formsOf(secret: string): string[] {
  const base64 = Buffer.from(secret, "utf8").toString("base64");
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1),
    encodeURIComponent(secret),
    base64,
    base64.slice(0, base64.indexOf("=") === -1 ? base64.length : base64.indexOf("=")), // unpadded
    Buffer.from(secret, "utf8").toString("base64url"),
  ];
  return [...new Set(forms)].filter((form) => form !== "");
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f
  );
}

/**
 * Whether an occurrence at [start, end) counts. A short secret that begins (ends) with a letter
 * or digit must not continue a word there, so that the secret "Request" leaves the message
 * "Request_BadRequest: …" alone and "p" does not eat every p of it; a longer one counts anywhere.
 */
function standsAlone(text: string, form: string, start: number, end: number, checkEnd: boolean): boolean {
  if (form.length >= ANYWHERE_MIN) return true;
  if (isWordChar(form.charCodeAt(0)) && start > 0 && isWordChar(text.charCodeAt(start - 1))) return false;
  if (checkEnd && isWordChar(form.charCodeAt(form.length - 1)) && end < text.length && isWordChar(text.charCodeAt(end)))
    return false;
  return true;
}

/** [start, end) spans of `text` that are an echo of one of the secrets. */
function echoes(text: string, secrets: readonly string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const folded = lower.length === text.length; // toLowerCase kept every offset
  const haystack = folded ? lower : text;
  const spans: Array<[number, number]> = [];
  for (const secret of secrets) {
    for (const raw of formsOf(secret)) {
      const form = folded ? raw.toLowerCase() : raw;
      for (let at = haystack.indexOf(form); at !== -1; at = haystack.indexOf(form, at + 1)) {
        if (standsAlone(haystack, form, at, at + form.length, true)) spans.push([at, at + form.length]);
      }
      if (form.length < TRUNCATED_MIN + 1 || form !== (folded ? secret.toLowerCase() : secret)) continue;
      // Cut short: the first TRUNCATED_MIN characters or more, then anything but the rest of it.
      const head = form.slice(0, TRUNCATED_MIN);
      for (let at = haystack.indexOf(head); at !== -1; at = haystack.indexOf(head, at + 1)) {
        if (!standsAlone(haystack, form, at, at, false)) continue;
        let end = at + TRUNCATED_MIN;
        while (end < haystack.length && end - at < form.length && haystack[end] === form[end - at]) end++;
        spans.push([at, end]);
      }
    }
  }
  return spans;
}

/** `text` with every echo of every secret, and the user info of every URL, replaced by REDACTED. */
export function redactText(text: string, secrets: readonly string[]): string {
  const spans = secrets.length === 0 ? [] : echoes(text, secrets).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let result = "";
  let done = 0;
  for (const [start, end] of spans) {
    if (end <= done) continue;
    result += text.slice(done, Math.max(done, start)) + (start >= done ? REDACTED : "");
    done = end;
  }
  return withoutUserInfo(result + text.slice(done));
}

/**
 * A deep copy of a parsed JSON value: secret members masked whole, identifiers and member names
 * kept as sent, every other string through redactText.
 */
export function redactValue<T>(value: T, secrets: readonly string[], key?: string): T {
  if (typeof value === "string") {
    // Graph's own mask (basicAuthenticationMasked's password: asterisks only) holds no secret and
    // is kept, so that a redacted recording still conforms; unless it is this call's secret.
    if (key !== undefined && isSecretProperty(key))
      return (isSecretMask(value) && !secrets.includes(value) ? value : REDACTED) as T;
    // An identifier is never rewritten in part: it is kept, or masked whole if it is an echo.
    if (key !== undefined && IDENTIFIERS.has(key))
      return (redactText(value, secrets) === value ? value : REDACTED) as T;
    return redactText(value, secrets) as T;
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets)) as T;
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) copy[name] = redactValue(item, secrets, name);
    return copy as T;
  }
  return value;
}
