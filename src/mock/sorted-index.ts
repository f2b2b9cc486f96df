// One `$orderby` of the store, kept sorted as the store changes: built once with a full sort,
// then each create, update or delete moves one entry (a binary search and a splice) instead of
// sorting every connector again for the next list. Ties keep creation order, as the stable
// sort of the whole store did.
import type { OrderKey } from "./query.js";
import type { StoredConnector, StoreEntry, StoreObserver } from "./store.js";
import { compareTextKeys, type TextKey, textKey } from "./text-order.js";

interface Sorted {
  entry: StoreEntry;
  keys: TextKey[];
}

/** What a list pages through: how many, and one page of them. */
export interface ConnectorList {
  readonly length: number;
  slice(start: number, end: number): StoredConnector[];
}

export class SortedIndex implements StoreObserver, ConnectorList {
  #items: Sorted[];

  constructor(
    readonly orderBy: readonly OrderKey[],
    entries: readonly StoreEntry[],
  ) {
    this.#items = entries.map((entry) => this.#item(entry)).sort((a, b) => this.#compare(a, b));
  }

  get length(): number {
    return this.#items.length;
  }

  slice(start: number, end: number): StoredConnector[] {
    return this.#items.slice(start, end).map((item) => item.entry.connector);
  }

  added(entry: StoreEntry): void {
    const item = this.#item(entry);
    this.#items.splice(this.#position(item), 0, item);
  }

  removed(entry: StoreEntry): void {
    const at = this.#position(this.#item(entry));
    if (this.#items[at]?.entry.sequence === entry.sequence) this.#items.splice(at, 1);
  }

  cleared(): void {
    this.#items = [];
  }

  #item(entry: StoreEntry): Sorted {
    return { entry, keys: this.orderBy.map(({ property }) => textKey(entry.connector[property])) };
  }

  #compare(a: Sorted, b: Sorted): number {
    for (const [index, { descending }] of this.orderBy.entries()) {
      const order = compareTextKeys(a.keys[index] as TextKey, b.keys[index] as TextKey);
      if (order !== 0) return descending ? -order : order;
    }
    return a.entry.sequence - b.entry.sequence;
  }

  /** The first index whose item does not sort before `item` (its place, or where it goes). */
  #position(item: Sorted): number {
    let low = 0;
    let high = this.#items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#compare(this.#items[middle] as Sorted, item) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
