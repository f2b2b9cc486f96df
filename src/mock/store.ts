// The mock's state: connectors in creation order, held in memory only. Secrets are not kept:
// a basic password is remembered only as "set", a certificate only by its public facts, so
// nothing the mock holds can leak.
//
// For lists over many connectors (issue 13: 100,000), the store keeps its entries in an array
// in creation order beside the id map, changed in place (a create appends, an update replaces,
// a delete removes one), so a page is a slice rather than a copy of the whole store. Stored
// connectors are frozen, so the entries can be handed to list code without copies; `version`
// changes with every change, for caches of derived views, and observers (sorted-index.ts)
// follow each change to keep their own orderings current.

/** The public facts of one uploaded certificate, in upload order (oldest first). */
export interface StoredCertificate {
  thumbprint: string | null;
  /** NumericDate: seconds since the epoch. */
  notBefore: number;
  notAfter: number;
}

export type StoredAuthentication =
  | { kind: "basicAuthentication"; username: string | null; passwordSet: boolean }
  | { kind: "clientCertificateAuthentication"; certificates: StoredCertificate[] };

export interface StoredConnector {
  id: string;
  displayName: string | null;
  targetUrl: string | null;
  authentication: StoredAuthentication | null;
}

export type ConnectorChanges = Partial<Omit<StoredConnector, "id">>;

/** A stored connector (frozen) and its place in creation order; an update keeps the place. */
export interface StoreEntry {
  readonly sequence: number;
  readonly connector: StoredConnector;
}

/** Told of every change, in order; `removed` then `added` with the same sequence is an update. */
export interface StoreObserver {
  added(entry: StoreEntry): void;
  removed(entry: StoreEntry): void;
  cleared(): void;
}

/** Graph keys are GUIDs, matched regardless of case. */
const keyOf = (id: string): string => id.toLowerCase();

export class ConnectorStore {
  readonly #byKey = new Map<string, StoreEntry>();
  /** The same entries in creation order (ascending sequence). */
  readonly #entries: StoreEntry[] = [];
  readonly #observers = new Set<StoreObserver>();
  #nextSequence = 0;
  #version = 0;

  constructor(connectors: readonly StoredConnector[] = []) {
    this.replaceAll(connectors);
  }

  get size(): number {
    return this.#byKey.size;
  }

  /** Changes with every add, update, delete and replaceAll. */
  get version(): number {
    return this.#version;
  }

  /** Every connector, oldest first; copies, so callers cannot change the store by accident. */
  all(): StoredConnector[] {
    return this.#entries.map((entry) => copy(entry.connector));
  }

  /** The entries in creation order, without copies (frozen); valid until the next change. */
  entries(): readonly StoreEntry[] {
    return this.#entries;
  }

  get(id: string): StoredConnector | undefined {
    const entry = this.#byKey.get(keyOf(id));
    return entry && copy(entry.connector);
  }

  has(id: string): boolean {
    return this.#byKey.has(keyOf(id));
  }

  add(connector: StoredConnector): StoredConnector {
    const key = keyOf(connector.id);
    const current = this.#byKey.get(key);
    if (current) return copy(this.#replace(key, current, connector).connector); // keeps its place, as Map.set does
    const entry: StoreEntry = { sequence: this.#nextSequence++, connector: frozen(connector) };
    this.#byKey.set(key, entry);
    this.#entries.push(entry);
    this.#changed((observer) => observer.added(entry));
    return copy(connector);
  }

  /** Applies the changes and returns the result, or undefined for an unknown id. */
  update(id: string, changes: ConnectorChanges): StoredConnector | undefined {
    const current = this.#byKey.get(keyOf(id));
    if (!current) return undefined;
    const next = this.#replace(keyOf(id), current, { ...current.connector, ...changes, id: current.connector.id });
    return copy(next.connector);
  }

  delete(id: string): boolean {
    const current = this.#byKey.get(keyOf(id));
    if (!current) return false;
    this.#byKey.delete(keyOf(id));
    this.#entries.splice(this.#indexOf(current), 1);
    this.#changed((observer) => observer.removed(current));
    return true;
  }

  replaceAll(connectors: readonly StoredConnector[]): void {
    this.#byKey.clear();
    this.#entries.length = 0;
    this.#changed((observer) => observer.cleared());
    for (const connector of connectors) this.add(connector);
  }

  /** Follows every later change; `unobserve` stops it. */
  observe(observer: StoreObserver): void {
    this.#observers.add(observer);
  }

  unobserve(observer: StoreObserver): void {
    this.#observers.delete(observer);
  }

  #replace(key: string, current: StoreEntry, connector: StoredConnector): StoreEntry {
    const next: StoreEntry = { sequence: current.sequence, connector: frozen(connector) };
    this.#byKey.set(key, next);
    this.#entries[this.#indexOf(current)] = next;
    this.#changed((observer) => {
      observer.removed(current);
      observer.added(next);
    });
    return next;
  }

  #changed(tell: (observer: StoreObserver) => void): void {
    this.#version++;
    for (const observer of this.#observers) tell(observer);
  }

  /** Binary search by sequence: the entries are in ascending sequence. */
  #indexOf(entry: StoreEntry): number {
    let low = 0;
    let high = this.#entries.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const sequence = this.#entries[middle]?.sequence ?? Number.NaN;
      if (sequence === entry.sequence) return middle;
      if (sequence < entry.sequence) low = middle + 1;
      else high = middle - 1;
    }
    throw new Error(`the store lost connector ${entry.connector.id}`); // the map and the array always agree
  }
}

function copy(connector: StoredConnector): StoredConnector {
  const authentication = connector.authentication;
  return {
    ...connector,
    authentication:
      authentication?.kind === "clientCertificateAuthentication"
        ? {
            kind: authentication.kind,
            certificates: authentication.certificates.map((certificate) => ({ ...certificate })),
          }
        : authentication && { ...authentication },
  };
}

/** A deep copy nobody can change: the store hands it out without copying again. */
function frozen(connector: StoredConnector): StoredConnector {
  const copied = copy(connector);
  const authentication = copied.authentication;
  if (authentication?.kind === "clientCertificateAuthentication") {
    for (const certificate of authentication.certificates) Object.freeze(certificate);
    Object.freeze(authentication.certificates);
  }
  if (authentication) Object.freeze(authentication);
  return Object.freeze(copied);
}
