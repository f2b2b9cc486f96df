// Request URLs as recorded: the part the contract routes on (method and path after /v1.0 or
// /beta), and a form fit for messages. A query value may be a secret (an OAuth `code`, a SAS
// `sig`, an `access_token`): messages keep every query option's name, and the value only of
// the options the contract declares (`$select`, `$top`, …); user info (`user:pw@`) is masked.
import { listOperations, REDACTED, withoutUserInfo } from "../validate/index.js";

/** The contract's query option names, lower-cased: their values are shown. */
const CONTRACT_OPTIONS = new Set(
  listOperations().flatMap((op) => Object.keys(op.query.parameters).map((name) => name.toLowerCase())),
);

const SHOWN_LENGTH = 300;

export interface RecordedUrl {
  /** `host[:port]`, lower-cased; "" for a URL given as a path. */
  host: string;
  /** The path as sent (percent-encoding kept). */
  path: string;
  /** The query string with its `?`, or "". */
  search: string;
}

/** Reads an absolute URL (`https://host/path?query`) or an origin-form target (`/path?query`). */
export function readUrl(url: string): RecordedUrl | undefined {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/i.exec(url);
  if (absolute) {
    const authority = absolute[1] ?? "";
    const host = authority.slice(authority.lastIndexOf("@") + 1).toLowerCase();
    return { host, path: absolute[2] || "/", search: absolute[3] ?? "" };
  }
  const origin = /^(\/[^?#]*)(\?[^#]*)?/.exec(url);
  return origin ? { host: "", path: origin[1] ?? "/", search: origin[2] ?? "" } : undefined;
}

/** The query string with the values of options the contract does not declare masked. */
function displayQuery(search: string): string {
  if (search.length <= 1) return search;
  const parts = search
    .slice(1)
    .split("&")
    .map((part) => {
      const equals = part.indexOf("=");
      if (equals === -1) return part;
      const rawName = part.slice(0, equals);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, " "));
      } catch {
        // a malformed escape: the name as written, which is not a contract option
      }
      return CONTRACT_OPTIONS.has(name.toLowerCase()) ? part : `${rawName}=${REDACTED}`;
    });
  return `?${parts.join("&")}`;
}

/** `url` for a message: user info masked, query values that may be secret masked, the fragment dropped, cut at 300 characters. */
export function displayUrl(url: string): string {
  const hash = url.indexOf("#");
  const withoutFragment = hash === -1 ? url : url.slice(0, hash);
  const question = withoutFragment.indexOf("?");
  const base = withoutUserInfo(question === -1 ? withoutFragment : withoutFragment.slice(0, question));
  const shown = base + (question === -1 ? "" : displayQuery(withoutFragment.slice(question)));
  return shown.length > SHOWN_LENGTH ? `${shown.slice(0, SHOWN_LENGTH - 1)}…` : shown;
}
