// List requests against mocks seeded with many connectors, each task against its baseline in
// the same process: the same request at 1,000 stored connectors (for 100,000), or the same
// list without `$orderby` (for `$orderby` at 10,000). Tasks are interleaved in short batches
// (A B, then B A) and each figure is the median over rounds of the per-round ratio.
import { performance } from "node:perf_hooks";
import { type MockServer, startMockServer } from "../../src/mock/index.js";
import { encodeSkipToken } from "../../src/mock/query.js";
import { benchId, seedConnectors } from "./seed.js";
import { median } from "./stats.js";

export interface Comparison {
  what: string;
  /** Median ms per request of the task and of its baseline, and the median per-round ratio. */
  taskMs: number;
  baselineMs: number;
  ratio: number;
}

type Step = () => Promise<void>;

async function get(url: string): Promise<void> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
}

/** Mean ms of `requests` timed calls; `prepare` runs untimed before each (a change, for a cold list). */
async function timed(requests: number, call: Step, prepare?: Step): Promise<number> {
  let total = 0;
  for (let i = 0; i < requests; i++) {
    if (prepare) await prepare();
    const started = performance.now();
    await call();
    total += performance.now() - started;
  }
  return total / requests;
}

export async function compare(
  what: string,
  task: { call: Step; prepare?: Step },
  baseline: { call: Step; prepare?: Step },
  options: { rounds: number; requests: number },
): Promise<Comparison> {
  await timed(10, task.call, task.prepare); // warm-up
  await timed(10, baseline.call, baseline.prepare);
  const taskMs: number[] = [];
  const baselineMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const runTask = () => timed(options.requests, task.call, task.prepare);
    const runBaseline = () => timed(options.requests, baseline.call, baseline.prepare);
    let t: number;
    let b: number;
    if (round % 2 === 0) {
      t = await runTask();
      b = await runBaseline();
    } else {
      b = await runBaseline();
      t = await runTask();
    }
    taskMs.push(t);
    baselineMs.push(b);
    ratios.push(t / b);
  }
  return { what, taskMs: median(taskMs), baselineMs: median(baselineMs), ratio: median(ratios) };
}

const list = (mock: MockServer, query: string) => `${mock.baseUrl}/identity/apiConnectors?${query}`;

/** A PATCH of one connector's name: the store changes, so a cached view cannot be reused. */
function renamer(mock: MockServer): Step {
  let count = 0;
  return async () => {
    const response = await fetch(`${mock.baseUrl}/identity/apiConnectors/${benchId(7)}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ displayName: `Renamed ${count++}` }),
    });
    if (response.status !== 204) throw new Error(`PATCH answered ${response.status}`);
  };
}

export async function listScale(options: {
  small: number;
  large: number;
  orderBySize: number;
  rounds: number;
  requests: number;
}): Promise<Comparison[]> {
  const { small, large, orderBySize } = options;
  const start = (count: number) =>
    startMockServer({ data: seedConnectors(count), maxConnectors: Math.max(count, 100_000) });
  const [few, many, ordered] = [await start(small), await start(large), await start(orderBySize)];
  const at = (mock: MockServer, query: string) => ({ call: () => get(list(mock, query)) });
  const middle = (count: number) => `$top=100&$skiptoken=${encodeSkipToken(Math.floor(count / 2))}`;
  const filter = `$top=100&$filter=${encodeURIComponent("targetUrl eq 'https://api3.example.com/hook'")}`;
  const sorted = `$top=100&$orderby=${encodeURIComponent("displayName desc")}`;
  const rows: Comparison[] = [];
  try {
    const size = (count: number) => count.toLocaleString("en-US");
    const vs = `at ${size(large)} stored / at ${size(small)}`;
    rows.push(await compare(`first page, $top=100, ${vs}`, at(many, "$top=100"), at(few, "$top=100"), options));
    rows.push(
      await compare(`middle page ($skiptoken), ${vs}`, at(many, middle(large)), at(few, middle(small)), options),
    );
    rows.push(
      await compare(
        `$count=true&$top=100, ${vs}`,
        at(many, "$count=true&$top=100"),
        at(few, "$count=true&$top=100"),
        options,
      ),
    );
    rows.push(await compare(`$filter (1 in 7 match), $top=100, ${vs}`, at(many, filter), at(few, filter), options));
    rows.push(await compare(`$orderby=displayName desc, $top=100, ${vs}`, at(many, sorted), at(few, sorted), options));
    rows.push(
      await compare(
        `$orderby=displayName desc / no $orderby, $top=100, ${size(orderBySize)} stored, store unchanged between lists`,
        at(ordered, sorted),
        at(ordered, "$top=100"),
        options,
      ),
    );
    const rename = renamer(ordered);
    rows.push(
      await compare(
        `$orderby=displayName desc / no $orderby, $top=100, ${size(orderBySize)} stored, a PATCH before each list`,
        { call: () => get(list(ordered, sorted)), prepare: rename },
        { call: () => get(list(ordered, "$top=100")), prepare: rename },
        options,
      ),
    );
  } finally {
    await Promise.all([few.close(), many.close(), ordered.close()]);
  }
  return rows;
}
