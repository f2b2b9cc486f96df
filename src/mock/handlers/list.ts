// GET /identity/apiConnectors → 200 with one page (Graph docs, "List apiConnectors"). Pages are
// offset-based: `@odata.nextLink` carries the request's options and a `$skiptoken`; creating
// or deleting connectors between pages can shift later pages, as with any offset paging.
import { matchesFilter } from "../filter.js";
import { encodeSkipToken, type OrderKey } from "../query.js";
import { connectorResource, contextUrl } from "../representation.js";
import type { StoredConnector } from "../store.js";
import type { HandlerContext, MockResult } from "./context.js";

// One collator for every comparison: `localeCompare(…, "en", options)` builds one per call,
// which made `$orderby` over 10,000 connectors take 60× its plain list (docs/benchmarks.md).
const TEXT_ORDER = new Intl.Collator("en", { sensitivity: "base" });

/** Case-insensitive, then ordinal; nulls first ascending, as in OData. */
export function compareText(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return -1;
  if (right === null) return 1;
  return TEXT_ORDER.compare(left, right) || (left < right ? -1 : 1);
}

function compare(a: StoredConnector, b: StoredConnector, keys: readonly OrderKey[]): number {
  for (const { property, descending } of keys) {
    const order = compareText(a[property], b[property]);
    if (order !== 0) return descending ? -order : order;
  }
  return 0;
}

function nextLink(context: HandlerContext, offset: number): string {
  const options = [...context.query.carried, ["$skiptoken", encodeSkipToken(offset)] as const];
  const query = options.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("&");
  return `${context.origin}${context.route.versionPrefix}/identity/apiConnectors?${query}`;
}

export function listConnectors(context: HandlerContext): MockResult {
  const { filter, orderBy, select, top, count, offset } = context.query;
  const matching = context.store.all().filter((connector) => !filter || matchesFilter(connector, filter));
  if (orderBy.length) matching.sort((a, b) => compare(a, b, orderBy)); // stable: creation order breaks ties
  const pageSize = top ?? context.pageSize;
  const page = matching.slice(offset, offset + pageSize);
  const end = offset + page.length;
  return {
    status: 200,
    body: {
      "@odata.context": contextUrl(context.contextOrigin, context.route.version, "collection", select),
      ...(count ? { "@odata.count": matching.length } : {}),
      value: page.map((connector) =>
        connectorResource(connector, { nowSeconds: context.nowSeconds, ...(select ? { select } : {}) }),
      ),
      // No link after an empty page ($top=0 or past the end), so a client loop always ends.
      ...(page.length > 0 && end < matching.length ? { "@odata.nextLink": nextLink(context, end) } : {}),
    },
  };
}
