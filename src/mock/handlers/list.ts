// GET /identity/apiConnectors → 200 with one page (Graph docs, "List apiConnectors"). Pages are
// offset-based: `@odata.nextLink` carries the request's options and a `$skiptoken`; creating
// or deleting connectors between pages can shift later pages, as with any offset paging.
import { listView } from "../list-view.js";
import { encodeSkipToken } from "../query.js";
import { connectorResource, contextUrl } from "../representation.js";
import type { HandlerContext, MockResult } from "./context.js";

function nextLink(context: HandlerContext, offset: number): string {
  const options = [...context.query.carried, ["$skiptoken", encodeSkipToken(offset)] as const];
  const query = options.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("&");
  return `${context.origin}${context.route.versionPrefix}/identity/apiConnectors?${query}`;
}

export function listConnectors(context: HandlerContext): MockResult {
  const { filter, orderBy, select, top, count, offset } = context.query;
  // Filtered and sorted once per change of the store, not per page (list-view.ts).
  const matching = listView(context.store, filter, orderBy);
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
