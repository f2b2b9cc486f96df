// The mock's state: connectors in creation order, held in memory only. Secrets are not kept:
// a basic password is remembered only as "set", a certificate only by its public facts, so
// nothing the mock holds can leak.

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

/** Graph keys are GUIDs, matched regardless of case. */
const keyOf = (id: string): string => id.toLowerCase();

export class ConnectorStore {
  readonly #connectors = new Map<string, StoredConnector>();

  constructor(connectors: readonly StoredConnector[] = []) {
    this.replaceAll(connectors);
  }

  get size(): number {
    return this.#connectors.size;
  }

  /** Every connector, oldest first; copies, so callers cannot change the store by accident. */
  all(): StoredConnector[] {
    return [...this.#connectors.values()].map(copy);
  }

  get(id: string): StoredConnector | undefined {
    const connector = this.#connectors.get(keyOf(id));
    return connector && copy(connector);
  }

  has(id: string): boolean {
    return this.#connectors.has(keyOf(id));
  }

  add(connector: StoredConnector): StoredConnector {
    this.#connectors.set(keyOf(connector.id), copy(connector));
    return copy(connector);
  }

  /** Applies the changes and returns the result, or undefined for an unknown id. */
  update(id: string, changes: ConnectorChanges): StoredConnector | undefined {
    const current = this.#connectors.get(keyOf(id));
    if (!current) return undefined;
    const next = copy({ ...current, ...changes, id: current.id });
    this.#connectors.set(keyOf(id), next);
    return copy(next);
  }

  delete(id: string): boolean {
    return this.#connectors.delete(keyOf(id));
  }

  replaceAll(connectors: readonly StoredConnector[]): void {
    this.#connectors.clear();
    for (const connector of connectors) this.add(connector);
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
