// What is secret, by structure (issue 10): the members the contract marks write-only
// (`password`, `pkcs12Value`), matched case-insensitively at any depth, and the user info of
// a URL (`https://user:pw@host`). One mask token for every place that hides one: client
// errors, the CLI's code frames and messages, the mock's answers.
import { SECRET_MASK, SECRET_PROPERTIES } from "./types.js";

/** What a hidden secret is shown as, everywhere. */
export const REDACTED = "[REDACTED]";

const SECRET_KEYS = new Set([...SECRET_PROPERTIES].map((key) => key.toLowerCase()));

/** Whether a value is Graph's mask of a secret (`"******"`), which hides nothing. */
export function isSecretMask(value: unknown): value is string {
  return typeof value === "string" && SECRET_MASK.test(value);
}

/** A member name that holds a secret: `password`, `Password`, `PKCS12VALUE`… */
export function isSecretProperty(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase());
}

/** Where the user info of the first URL in `text` after `from` is: [start, end) of `user:pw`. */
function userInfoSpan(text: string, from: number): [number, number] | undefined {
  for (let scheme = text.indexOf("://", from); scheme !== -1; scheme = text.indexOf("://", scheme + 3)) {
    const start = scheme + 3;
    let at = -1;
    // The authority ends at "/", "?", "#", a quote or white space (RFC 3986 §3.2); its last "@" ends the user info.
    for (let end = start; end < text.length; end++) {
      const char = text.charCodeAt(end);
      if (char === 0x2f || char === 0x3f || char === 0x23 || char <= 0x20 || char === 0x22) break;
      if (char === 0x40) at = end;
    }
    if (at !== -1) return [start, at];
  }
  return undefined;
}

/** [start, end) of the user info of every URL in `text`. */
export function userInfoRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let span = userInfoSpan(text, 0); span; span = userInfoSpan(text, span[1])) ranges.push(span);
  return ranges;
}

/** The user-info credentials of every URL in `text` (`user:pw`, and `pw` alone). */
export function userInfoIn(text: string): string[] {
  const found: string[] = [];
  for (let span = userInfoSpan(text, 0); span; span = userInfoSpan(text, span[1])) {
    const info = text.slice(span[0], span[1]);
    found.push(info);
    const colon = info.indexOf(":");
    if (colon !== -1 && colon < info.length - 1) found.push(info.slice(colon + 1));
  }
  return found;
}

/** `text` with the user info of every URL in it replaced by REDACTED. */
export function withoutUserInfo(text: string): string {
  let result = "";
  let done = 0;
  for (let span = userInfoSpan(text, 0); span; span = userInfoSpan(text, span[1])) {
    result += text.slice(done, span[0]) + REDACTED;
    done = span[1];
  }
  return result + text.slice(done);
}
