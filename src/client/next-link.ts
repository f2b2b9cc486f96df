// Which `@odata.nextLink` the client follows. The link comes from the response body, so it
// is data, not configuration: the bearer token goes with the request, and therefore only to
// the origin of baseUrl (scheme, host and port), never to one a response names.
import { NextLinkError } from "./errors.js";

const COLLECTION_PATH = "/identity/apiConnectors";

/** A nextLink split the way openapi-fetch builds a URL: a base, the collection path, a query. */
export interface NextPage {
  href: string;
  /** Everything before `/identity/apiConnectors`: `https://graph.microsoft.com/beta`. */
  baseUrl: string;
  /** The query string as Graph wrote it (with its `$skiptoken`), without the `?`. */
  search: string;
}

/** Checks a nextLink against the client's baseUrl; throws NextLinkError if it must not be followed. */
export function resolveNextLink(link: string, baseUrl: string, followed: ReadonlySet<string>): NextPage {
  const base = new URL(baseUrl);
  let next: URL;
  try {
    next = new URL(link, `${base.href.replace(/\/$/, "")}/`);
  } catch {
    throw new NextLinkError(`@odata.nextLink is not a URL; stopped paging`);
  }
  if (next.origin !== base.origin || next.username !== "" || next.password !== "") {
    throw new NextLinkError(
      `refusing to follow @odata.nextLink to ${next.origin}: it is not the origin of baseUrl (${base.origin}), and the access token goes only there`,
    );
  }
  const path = next.pathname.replace(/\/$/, "");
  // Graph paths are case-insensitive; the link names the same collection in any case.
  if (!path.toLowerCase().endsWith(COLLECTION_PATH.toLowerCase())) {
    throw new NextLinkError(
      `refusing to follow @odata.nextLink ${next.origin}${next.pathname}: it does not name ${COLLECTION_PATH}`,
    );
  }
  if (followed.has(next.href)) {
    throw new NextLinkError(
      `@odata.nextLink repeats a page already read (${next.origin}${next.pathname}); stopped paging to avoid a loop`,
    );
  }
  return {
    href: next.href,
    baseUrl: next.origin + path.slice(0, path.length - COLLECTION_PATH.length),
    search: next.search.replace(/^\?/, ""),
  };
}
