// A 3xx answer is refused, not followed. Graph serves this API without redirects, so one means
// a proxy, a captive portal or a wrong baseUrl; following it would send the bearer token (and a
// create's body, certificates included) somewhere the caller never named. Microsoft's SDKs
// follow them instead (RedirectHandler: up to 5 hops, Authorization dropped on another origin);
// this client stops and says where the answer pointed. docs/client.md, "Redirects".
import { type CallContext, GraphError } from "./errors.js";

/** The GraphError `code` of a redirect the client did not follow. */
export const REDIRECT_CODE = "redirectNotFollowed";

/** Origin and path of a Location, resolved against the request; its query may hold a secret. */
function shownLocation(location: string | null, requestUrl: string): string | undefined {
  if (location === null) return undefined;
  try {
    const url = new URL(location, requestUrl);
    return `${url.origin}${url.pathname}${url.search ? "?…" : ""}`;
  } catch {
    return "(not a URL)";
  }
}

/** A 301, 302, 303, 307 or 308 (or any 3xx): `location` says where it pointed. */
export class RedirectError extends GraphError {
  /** The resolved `Location` without its query, or undefined when the answer had none. */
  readonly location: string | undefined;

  constructor(init: { status: number; headers: Headers; context: CallContext; now?: number }) {
    const location = shownLocation(init.headers.get("location"), init.context.url);
    const said = `redirect to ${location ?? "no Location"}, not followed (Graph does not redirect this API: check baseUrl and any proxy)`;
    super({ ...init, body: { error: { code: REDIRECT_CODE, message: said } } });
    this.location = location;
  }
}
