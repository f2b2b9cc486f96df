// Paging at scale (issue 13): with 20,000 stored connectors, following @odata.nextLink sees
// every matching connector exactly once, in the order of one sort of the whole store by
// localeCompare, with and without $orderby and $filter, and also when the store changes
// between pages (offset paging over the list as it is then). The orderings the mock keeps
// current across changes (sorted-index.ts) are checked against a full sort after random changes.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../../src/mock/index.js";
import { listView } from "../../src/mock/list-view.js";
import type { OrderKey } from "../../src/mock/query.js";
import { ConnectorStore, type StoredConnector } from "../../src/mock/store.js";
import { CONNECTORS, call, startTestMock } from "./support/mock-http.js";

const COUNT = 20_000;
const NAMES = ["alpha", "Alpha", "bravo", "Bravo two", "charlie", "Zoë", "zoe", "O'Brien", "ß", "10", "9", "delta"];

interface Row {
  id: string;
  displayName: string | null;
  targetUrl: string | null;
}

function row(index: number): Row {
  // Many ties (each name about 1,500 times, with a suffix only every 7th), nulls, and text the collator must decide.
  const name = NAMES[(index * 7) % NAMES.length] ?? "";
  return {
    id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`,
    displayName: index % 13 === 0 ? null : index % 7 === 0 ? `${name} ${index % 50}` : name,
    targetUrl: index % 11 === 0 ? null : `https://api${index % 5}.example.com/hook`,
  };
}

const seed = Array.from({ length: COUNT }, (_, index) => row(index));
const asData = (rows: readonly Row[]) => ({
  value: rows.map(({ id, displayName, targetUrl }) => ({
    id,
    ...(displayName !== null ? { displayName } : {}),
    ...(targetUrl !== null ? { targetUrl } : {}),
  })),
});

// OData order, written independently of the mock's sort keys: the collator of
// localeCompare(…, "en", { sensitivity: "base" }) (order.test.ts shows they agree), ordinal
// ties, nulls first ascending.
const collator = new Intl.Collator("en", { sensitivity: "base" });
function compareReference(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return -1;
  if (right === null) return 1;
  return collator.compare(left, right) || (left < right ? -1 : 1);
}

function sortedReference<T extends Row>(rows: readonly T[], keys: readonly OrderKey[]): T[] {
  return [...rows].sort((a, b) => {
    for (const { property, descending } of keys) {
      const order = compareReference(a[property], b[property]);
      if (order !== 0) return descending ? -order : order;
    }
    return 0; // stable: creation order
  });
}

async function walk(mock: MockServer, query: string): Promise<{ ids: string[]; counts: number[]; pages: number }> {
  const ids: string[] = [];
  const counts: number[] = [];
  let pages = 0;
  for (let link: string | undefined = `${CONNECTORS}?${query}`; link; pages++) {
    if (pages > COUNT) throw new Error("the links do not end");
    const page = await call(mock, "GET", link);
    ids.push(...page.body.value.map((connector: { id: string }) => connector.id));
    if (page.body["@odata.count"] !== undefined) counts.push(page.body["@odata.count"]);
    link = page.body["@odata.nextLink"];
  }
  return { ids, counts, pages };
}

describe(`paging through ${COUNT.toLocaleString("en-US")} stored connectors`, () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startTestMock({ data: asData(seed) });
  });
  afterAll(() => mock.close());

  const q = (options: Record<string, string>) => new URLSearchParams(options).toString();

  it.each([
    ["creation order", {}, [] as OrderKey[], undefined],
    ["displayName desc", { $orderby: "displayName desc" }, [{ property: "displayName", descending: true }], undefined],
    [
      "targetUrl, then displayName desc",
      { $orderby: "targetUrl,displayName desc" },
      [
        { property: "targetUrl", descending: false },
        { property: "displayName", descending: true },
      ],
      undefined,
    ],
    [
      "a $filter, in displayName order",
      { $filter: "startswith(displayName, 'b')", $orderby: "displayName" },
      [{ property: "displayName", descending: false }],
      (found: Row) => found.displayName?.toLowerCase().startsWith("b") === true,
    ],
    [
      "a $filter, in creation order",
      { $filter: "targetUrl eq 'https://api3.example.com/hook'" },
      [],
      (found: Row) => found.targetUrl === "https://api3.example.com/hook",
    ],
  ] as const)("sees each connector once, in one sort's order: %s", async (_name, options, keys, matches) => {
    const expected = sortedReference(
      seed.filter((found) => !matches || matches(found)),
      keys,
    ).map((found) => found.id);
    const walked = await walk(mock, q({ ...options, $top: "999", $count: "true" }));
    expect(new Set(walked.ids).size).toBe(walked.ids.length);
    expect(walked.ids).toEqual(expected);
    expect(walked.pages).toBe(Math.ceil(expected.length / 999));
    expect(new Set(walked.counts)).toEqual(new Set([expected.length]));
  });

  it("pages the list as it is at each request when connectors change between pages", async () => {
    const keys: OrderKey[] = [{ property: "displayName", descending: false }];
    const query = `$top=999&$orderby=displayName`;
    // Move a connector from late in the order to the front, delete one of page 2, create one.
    // (Worked out before the first request: a long pause between requests on this loaded
    // machine can outlast the server's keep-alive timeout.)
    const before = sortedReference(seed, keys);
    const late = before[15_000]?.id;
    const gone = before[1_200]?.id;
    const first = await call(mock, "GET", `${CONNECTORS}?${query}`);
    const link: string = first.body["@odata.nextLink"];
    expect((await call(mock, "PATCH", `${CONNECTORS}/${late}`, { body: { displayName: "   first" } })).status).toBe(
      204,
    );
    expect((await call(mock, "DELETE", `${CONNECTORS}/${gone}`)).status).toBe(204);
    const created = await call(mock, "POST", CONNECTORS, {
      body: {
        displayName: "bravo",
        targetUrl: "https://new.example.com/hook",
        authenticationConfiguration: {
          "@odata.type": "#microsoft.graph.basicAuthentication",
          username: "u",
          password: "p",
        },
      },
    });
    expect(created.status).toBe(201);

    const second = await call(mock, "GET", link);
    const now = mock.connectors().map((found) => ({
      id: found.id,
      displayName: found.displayName ?? null,
      targetUrl: found.targetUrl ?? null,
    }));
    expect(second.body.value.map((found: { id: string }) => found.id)).toEqual(
      sortedReference(now, keys)
        .slice(999, 1998)
        .map((found) => found.id),
    );
    mock.reset();
  });
});

describe("the orderings kept across changes", () => {
  const orderings: OrderKey[][] = [
    [{ property: "displayName", descending: false }],
    [{ property: "displayName", descending: true }],
    [
      { property: "targetUrl", descending: true },
      { property: "displayName", descending: false },
    ],
    [{ property: "id", descending: false }],
  ];
  type Change =
    | { kind: "add"; name: number; url: number }
    | { kind: "update"; at: number; name: number }
    | { kind: "delete"; at: number }
    | { kind: "reset"; count: number }
    | { kind: "list"; ordering: number };
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc.record({ kind: fc.constant("add" as const), name: fc.nat(NAMES.length), url: fc.nat(3) }),
    fc.record({ kind: fc.constant("update" as const), at: fc.nat(), name: fc.nat(NAMES.length) }),
    fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("reset" as const), count: fc.nat(40) }),
    fc.record({ kind: fc.constant("list" as const), ordering: fc.nat(orderings.length - 1) }),
  );
  const nameOf = (index: number) => NAMES[index] ?? null;

  it("list as a full sort of the store does, after any sequence of creates, updates, deletes and resets", () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 60 }), (changes) => {
        const store = new ConnectorStore(seed.slice(0, 40).map((found) => ({ ...found, authentication: null })));
        let next = 0;
        const check = (keys: OrderKey[]) => {
          const all: StoredConnector[] = store.all();
          const view = listView(store, undefined, keys);
          expect(view.slice(0, view.length).map((found) => found.id)).toEqual(
            sortedReference(all, keys).map((found) => found.id),
          );
        };
        for (const ordering of orderings) check(ordering); // the orderings exist before the changes
        for (const step of changes) {
          const ids = store.all().map((found) => found.id);
          if (step.kind === "add")
            store.add({
              id: `10000000-0000-4000-8000-${(next++).toString(16).padStart(12, "0")}`,
              displayName: nameOf(step.name),
              targetUrl: step.url === 3 ? null : `https://api${step.url}.example.com/hook`,
              authentication: null,
            });
          else if (step.kind === "update" && ids.length)
            store.update(ids[step.at % ids.length] ?? "", { displayName: nameOf(step.name) });
          else if (step.kind === "delete" && ids.length) store.delete(ids[step.at % ids.length] ?? "");
          else if (step.kind === "reset")
            store.replaceAll(
              seed.slice(step.count, 2 * step.count).map((found) => ({ ...found, authentication: null })),
            );
          else if (step.kind === "list") check(orderings[step.ordering] ?? []);
        }
        for (const ordering of orderings) check(ordering);
      }),
      { numRuns: 300 },
    );
  });
});
