// bench/client: per-request overhead of the client against raw `fetch(new Request(...))`,
// both talking to the same loopback node:http server in this process, so the network, the
// server and Node's fetch cost the same on both sides and the ratio is the client's own cost
// (openapi-fetch's Request and middleware, the transport, error mapping).
//
// The baseline sends the same headers the client does (Authorization, Content-Type,
// client-request-id, User-Agent) and parses the JSON answer.
//
// Method: tasks run in short interleaved batches (A B C … A B C …) for ROUNDS rounds, and
// each ratio is the median of its per-round ratios. On a shared 2-core machine a time-boxed
// runner that measures one task after another (tinybench's model) lets a change in load
// between tasks show up as a ratio; interleaving cancels it. Both wall time and this
// process's CPU time (user + system, process.cpuUsage) are reported; the CPU ratio is the
// steadier one when other work competes for the cores.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApiConnectorCreate, createApiConnectorsClient } from "../src/index.js";

const ROUNDS = 15;
const BATCH = 200; // requests per task per round
const WARMUP = 300;
const body: ApiConnectorCreate = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "MyUsername",
    password: "MyPassword",
  },
};
const connector = JSON.stringify({
  "@odata.context": "https://graph.microsoft.com/beta/$metadata#identity/apiConnectors/$entity",
  id: "45715bb8-13f9-4bf6-927f-ef96c102d394",
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "MyUsername",
    password: "******",
  },
});

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(req.method === "POST" ? 201 : 200, { "content-type": "application/json", "request-id": "bench" });
    res.end(connector);
  });
});
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const collection = `${origin}/identity/apiConnectors`;
const item = `${collection}/45715bb8-13f9-4bf6-927f-ef96c102d394`;

const client = createApiConnectorsClient({ baseUrl: origin, token: "bench-token" });
const validating = createApiConnectorsClient({ baseUrl: origin, token: "bench-token", validate: "request" });

function headers(withBody: boolean): Record<string, string> {
  return {
    ...(withBody ? { "content-type": "application/json" } : {}),
    authorization: "Bearer bench-token",
    "client-request-id": randomUUID(),
    "user-agent": "apiconnectors/bench",
  };
}

let sink = 0;
const tasks: Record<string, () => Promise<void>> = {
  "raw fetch POST": async () => {
    const res = await fetch(
      new Request(collection, { method: "POST", headers: headers(true), body: JSON.stringify(body) }),
    );
    sink += ((await res.json()) as { id: string }).id.length;
  },
  "raw fetch POST (url, init)": async () => {
    const res = await fetch(collection, { method: "POST", headers: headers(true), body: JSON.stringify(body) });
    sink += ((await res.json()) as { id: string }).id.length;
  },
  "client.createApiConnector": async () => {
    sink += (await client.createApiConnector(body)).id.length;
  },
  'client.createApiConnector, validate "request"': async () => {
    sink += (await validating.createApiConnector(body)).id.length;
  },
  "raw fetch GET": async () => {
    const res = await fetch(new Request(item, { headers: headers(false) }));
    sink += ((await res.json()) as { id: string }).id.length;
  },
  "raw fetch GET (url, init)": async () => {
    const res = await fetch(item, { headers: headers(false) });
    sink += ((await res.json()) as { id: string }).id.length;
  },
  "client.getApiConnector": async () => {
    sink += (await client.getApiConnector("45715bb8-13f9-4bf6-927f-ef96c102d394")).id.length;
  },
};

for (const task of Object.values(tasks)) for (let i = 0; i < WARMUP; i++) await task();

const wallUs: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
const cpuUs: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const names = Object.keys(tasks);
  for (const name of round % 2 === 0 ? names : [...names].reverse()) {
    const task = tasks[name]!;
    const cpu = process.cpuUsage();
    const wall = performance.now();
    for (let i = 0; i < BATCH; i++) await task();
    wallUs[name]!.push(((performance.now() - wall) * 1000) / BATCH);
    const used = process.cpuUsage(cpu);
    cpuUs[name]!.push((used.user + used.system) / BATCH);
  }
}
server.close();
if (sink < 0) console.log(sink);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ratio = (series: Record<string, number[]>, name: string, baseline: string) =>
  median(series[name]!.map((us, i) => us / series[baseline]![i]!));
const rows: [task: string, request: string, url: string][] = [
  ["raw fetch POST", "raw fetch POST", "raw fetch POST (url, init)"],
  ["raw fetch POST (url, init)", "raw fetch POST", "raw fetch POST (url, init)"],
  ["client.createApiConnector", "raw fetch POST", "raw fetch POST (url, init)"],
  ['client.createApiConnector, validate "request"', "raw fetch POST", "raw fetch POST (url, init)"],
  ["raw fetch GET", "raw fetch GET", "raw fetch GET (url, init)"],
  ["raw fetch GET (url, init)", "raw fetch GET", "raw fetch GET (url, init)"],
  ["client.getApiConnector", "raw fetch GET", "raw fetch GET (url, init)"],
];
const both = (name: string, baseline: string) =>
  `${ratio(wallUs, name, baseline).toFixed(2)}× / ${ratio(cpuUs, name, baseline).toFixed(2)}×`;
console.log(
  `Node ${process.version}, loopback node:http server in-process; ${ROUNDS} interleaved rounds of ${BATCH} sequential requests per task; medians.\n`,
);
console.log(
  "| task | wall µs/request | CPU µs/request | ratio to fetch(new Request) wall / CPU | ratio to fetch(url, init) wall / CPU |",
);
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const [name, request, url] of rows) {
  console.log(
    `| ${name} | ${median(wallUs[name]!).toFixed(0)} | ${median(cpuUs[name]!).toFixed(0)} | ${both(name, request)} | ${both(name, url)} |`,
  );
}
console.log("\nTarget: the client costs at most 1.25× raw fetch with a Request.");
