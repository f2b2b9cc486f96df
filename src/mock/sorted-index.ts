// One `$orderby` of the store, kept sorted as the store changes: built once with a full sort,
// then each create, update or delete moves one entry (a binary search and a splice) instead of
// sorting every connector again for the next list. A replaceAll (reset) makes it sort again on
// next use, since inserting a whole seed one by one would be quadratic. Ties keep creation
// order, as the stable sort of the whole store did.
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
  #items: Sorted[] = [];
  /** After replaceAll: sorted again on next use rather than one binary insertion per connector. */
  #stale = true;

  constructor(
    readonly orderBy: readonly OrderKey[],
    private readonly entries: () => readonly StoreEntry[],
  ) {}

  get length(): number {
    return this.#sorted().length;
  }

  slice(start: number, end: number): StoredConnector[] {
    return this.#sorted()
      .slice(start, end)
      .map((item) => item.entry.connector);
  }

  added(entry: StoreEntry): void {
    if (this.#stale) return;
    const item = this.#item(entry);
    this.#items.splice(this.#position(item), 0, item);
  }

  removed(entry: StoreEntry): void {
    if (this.#stale) return;
    const at = this.#position(this.#item(entry));
    if (this.#items[at]?.entry.sequence === entry.sequence) this.#items.splice(at, 1);
  }

  cleared(): void {
    this.#items = [];
    this.#stale = true;
  }

  #sorted(): Sorted[] {
    if (this.#stale) {
      this.#items = this.entries()
        .map((entry) => this.#item(entry))
        .sort((a, b) => this.#compare(a, b));
      this.#stale = false;
    }
    return this.#items;
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
