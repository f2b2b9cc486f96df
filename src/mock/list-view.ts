// What a list request pages through: the store in creation order, or in a `$orderby` order
// (sorted-index.ts), then filtered. The orderings follow the store's changes; a filtered list is
// kept until the store changes, so the pages of one listing, and the same list asked again,
// slice one array instead of filtering and sorting every connector per page (issue 13).
import { type FilterClause, matchesFilter } from "./filter.js";
import type { OrderKey } from "./query.js";
import { type ConnectorList, SortedIndex } from "./sorted-index.js";
import type { ConnectorStore, StoredConnector } from "./store.js";

/** Orderings kept current per store, and filtered lists kept per store version (least recently used go first). */
const MAX_ORDERINGS = 4;
const MAX_FILTERED = 8;

interface Views {
  orderings: Map<string, SortedIndex>;
  filtered: Map<string, StoredConnector[]>;
  filteredVersion: number;
}

const viewsOf = new WeakMap<ConnectorStore, Views>();

/** Reads `key` from a map used as an LRU list: a hit moves to the end. */
function touch<Value>(map: Map<string, Value>, key: string): Value | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

function ordering(store: ConnectorStore, views: Views, orderBy: readonly OrderKey[]): SortedIndex {
  const key = JSON.stringify(orderBy);
  const known = touch(views.orderings, key);
  if (known) return known;
  const index = new SortedIndex(orderBy, () => store.entries());
  store.observe(index);
  views.orderings.set(key, index);
  for (const [oldest, evicted] of views.orderings) {
    if (views.orderings.size <= MAX_ORDERINGS) break;
    store.unobserve(evicted);
    views.orderings.delete(oldest);
  }
  return index;
}

function inCreationOrder(store: ConnectorStore): ConnectorList {
  const entries = store.entries();
  return {
    length: entries.length,
    slice: (start, end) => entries.slice(start, end).map((entry) => entry.connector),
  };
}

function listOf(connectors: StoredConnector[]): ConnectorList {
  return { length: connectors.length, slice: (start, end) => connectors.slice(start, end) };
}

/** The connectors matching `filter`, in `orderBy` order (creation order without one); valid until the store changes. */
export function listView(
  store: ConnectorStore,
  filter: readonly FilterClause[] | undefined,
  orderBy: readonly OrderKey[],
): ConnectorList {
  let views = viewsOf.get(store);
  if (!views) {
    views = { orderings: new Map(), filtered: new Map(), filteredVersion: store.version };
    viewsOf.set(store, views);
  }
  const ordered = orderBy.length ? ordering(store, views, orderBy) : inCreationOrder(store);
  if (!filter) return ordered;

  if (views.filteredVersion !== store.version) {
    views.filtered.clear();
    views.filteredVersion = store.version;
  }
  const key = JSON.stringify([filter, orderBy]);
  const known = touch(views.filtered, key);
  if (known) return listOf(known);
  const matching = ordered.slice(0, ordered.length).filter((connector) => matchesFilter(connector, filter));
  views.filtered.set(key, matching);
  for (const oldest of views.filtered.keys()) {
    if (views.filtered.size <= MAX_FILTERED) break;
    views.filtered.delete(oldest);
  }
  return listOf(matching);
}
