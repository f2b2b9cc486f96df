// Where the proxy sends requests: the upstream's origin and path prefix, and what a failure
// to reach it is called. An upstream is Graph (https://graph.microsoft.com) or a mock
// (http://127.0.0.1:4010); its URL may carry a path prefix, never a query or credentials.
import { withoutUserInfo } from "../validate/index.js";

export class ProxyOptionError extends Error {
  override name = "ProxyOptionError";
}

export interface Upstream {
  url: URL;
  /** The path prefix without a trailing slash ("" for none). */
  prefix: string;
  /** For messages. */
  shown: string;
}

/** `path` without its trailing slashes (a loop: /\/+$/ is quadratic on many slashes). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return path.slice(0, end);
}

export function parseUpstream(text: string): Upstream {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProxyOptionError(
      `upstream must be an absolute http or https URL, got ${JSON.stringify(withoutUserInfo(text).slice(0, 200))}`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ProxyOptionError(`upstream must use http or https, got ${url.protocol.slice(0, -1).slice(0, 20)}`);
  if (url.username || url.password) throw new ProxyOptionError("upstream must not carry credentials (user:password@)");
  if (url.search || url.hash)
    throw new ProxyOptionError(
      `upstream must not have a query or fragment, got ${url.origin}${url.pathname}${url.search}`,
    );
  const prefix = withoutTrailingSlashes(url.pathname);
  return { url, prefix, shown: `${url.origin}${prefix}` };
}

/** The upstream URL of a request target (origin-form `/path?query`, or an absolute URL sent to a proxy). */
export function upstreamTarget(upstream: Upstream, target: string): string {
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "") : target;
  return `${upstream.url.origin}${upstream.prefix}${path.startsWith("/") ? path : `/${path}`}`;
}

/** An upstream failure in words: connection refused, reset, a TLS error, a timeout. */
export function describeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code === "ECONNREFUSED") return "the connection was refused";
  if (code === "ECONNRESET" || code === "EPIPE") return "the connection was reset";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "its host name does not resolve";
  if (code === "ETIMEDOUT" || code === "UPSTREAM_TIMEOUT") return "it did not answer in time";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return "its host cannot be reached";
  if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code)) return `its TLS certificate was refused (${code})`;
  return code ? `the request failed (${code})` : "the request failed";
}
