// Where the mock tells clients it lives: the origin of every absolute URL it writes
// (`@odata.nextLink`, `@odata.context`). In order: the configured public URL; with trustProxy,
// what the proxy reports (RFC 7239 `Forwarded`, else `X-Forwarded-Proto` / `X-Forwarded-Host`);
// the `Host` the client called; the listening socket. Forwarding headers are ignored unless the
// proxy is trusted, since any client can send them.
import type { IncomingMessage } from "node:http";

/** A hostname, IPv4 address or bracketed IPv6 literal, with an optional port. */
const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;
const PROTO = /^https?$/i;

export interface OriginSettings {
  /** `--public-url`, already checked by parsePublicUrl. */
  publicUrl?: string;
  trustProxy: boolean;
  /** The scheme the socket speaks: `https` with `--tls`. */
  scheme: "http" | "https";
  /** `scheme://address:port` of the listening socket. */
  listening: string;
}

export interface RequestOrigins {
  /** The origin (and path prefix of a public URL) for `@odata.nextLink`. */
  links: string;
  /** Set when the public URL is known (configured or reported by a trusted proxy). */
  public?: string;
}

/**
 * Checks `--public-url`: an absolute http(s) URL without user info, query or fragment. A path
 * is kept (a proxy that mounts the mock under `/graph`); a trailing slash is dropped.
 */
export function parsePublicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RangeError(`publicUrl must be an absolute URL such as https://mock.example, got ${JSON.stringify(text)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new RangeError(`publicUrl must be an http:// or https:// URL, got ${JSON.stringify(text)}`);
  if (url.username || url.password || url.search || url.hash)
    throw new RangeError(`publicUrl must not hold user info, a query or a fragment, got ${JSON.stringify(text)}`);
  // A loop, not `/\/+$/`: that regex is quadratic on a long run of slashes mid-path (recheck).
  let end = url.pathname.length;
  while (end > 0 && url.pathname.charCodeAt(end - 1) === 0x2f) end--;
  return `${url.origin}${url.pathname.slice(0, end)}`;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

const firstListed = (value: string | undefined): string | undefined => value?.split(",")[0]?.trim();

/** RFC 7239 §4: the first (client-side) element's `proto` and `host`; values may be quoted. */
function fromForwarded(value: string): { proto?: string; host?: string } {
  const element = firstListed(value) ?? "";
  const found: { proto?: string; host?: string } = {};
  for (const pair of element.split(";")) {
    const equals = pair.indexOf("=");
    if (equals < 0) continue;
    const name = pair.slice(0, equals).trim().toLowerCase();
    const raw = pair.slice(equals + 1).trim();
    const unquoted = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw;
    if (name === "proto" || name === "host") found[name] = unquoted;
  }
  return found;
}

/** The proxy's view; a part it does not report is the mock's own (its scheme, the Host header). */
function forwardedOrigin(request: IncomingMessage, scheme: string): string | undefined {
  const forwarded = header(request, "forwarded");
  const { proto, host } = forwarded
    ? fromForwarded(forwarded)
    : {
        proto: firstListed(header(request, "x-forwarded-proto")),
        host: firstListed(header(request, "x-forwarded-host")),
      };
  if (proto === undefined && host === undefined) return undefined;
  const shownProto = proto ?? scheme;
  const shownHost = host ?? header(request, "host");
  if (!PROTO.test(shownProto) || !shownHost || !HOST.test(shownHost)) return undefined;
  return `${shownProto.toLowerCase()}://${shownHost}`;
}

export function requestOrigins(request: IncomingMessage, settings: OriginSettings): RequestOrigins {
  if (settings.publicUrl !== undefined) return { links: settings.publicUrl, public: settings.publicUrl };
  const forwarded = settings.trustProxy ? forwardedOrigin(request, settings.scheme) : undefined;
  if (forwarded) return { links: forwarded, public: forwarded };
  const host = header(request, "host");
  return { links: host && HOST.test(host) ? `${settings.scheme}://${host}` : settings.listening };
}
