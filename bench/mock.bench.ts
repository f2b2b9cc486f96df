// bench/mock: how fast the mock server starts and answers, as ratios to baselines run in this
// same process: a bare `node -e` start for the CLI, and a bare node:http server answering a
// fixed JSON body over the same keep-alive loopback connection for requests. Then the mock at
// scale (bench/mock/scale.ts: lists over 100,000 stored connectors against 1,000, `$orderby`
// against none) and under load (bench/mock/load.ts: 64 connections creating at once).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { startMockServer } from "../src/mock/index.js";
import { runLoad, type Stream, startLoadServer } from "./mock/load.js";
import { listScale } from "./mock/scale.js";
import { median as medianOf, ms as msOf, percentile, times } from "./mock/stats.js";

const RUNS = 10;
const REQUESTS = 200;
const main = new URL("../dist/bin/apiconnectors.js", import.meta.url).pathname;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Milliseconds from spawn until `ready` appears on stdout; the process is then stopped with SIGTERM. */
function timeToOutput(args: string[], ready: RegExp): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    let elapsed = Number.NaN;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (Number.isNaN(elapsed) && ready.test(out)) {
        elapsed = performance.now() - started;
        child.kill("SIGTERM");
      }
    });
    child.on("close", (code) =>
      Number.isNaN(elapsed) ? reject(new Error(`exited ${String(code)} before printing ${ready}`)) : resolve(elapsed),
    );
  });
}

async function perRequestMs(url: string, init: () => RequestInit): Promise<number> {
  for (let i = 0; i < 20; i++) await (await fetch(url, init())).arrayBuffer(); // warm-up
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) await (await fetch(url, init())).arrayBuffer();
  return (performance.now() - started) / REQUESTS;
}

// Start-up of the CLI, against starting Node itself.
const nodeStart: number[] = [];
const cliStart: number[] = [];
for (let i = 0; i < RUNS; i++) {
  nodeStart.push(await timeToOutput(["-e", "console.log('ready'); setInterval(() => {}, 1000)"], /ready/));
  cliStart.push(await timeToOutput([main, "mock", "--port", "0", "--quiet"], /listening on http/));
}

// Start-up of the library server, in process.
const libraryStart: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const server = await startMockServer();
  libraryStart.push(performance.now() - started);
  await server.close();
}

// Requests: a bare node:http server as the floor of any loopback round trip.
const body = JSON.stringify({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors",
  value: [],
});
const bare = createServer((_request, response) =>
  response.writeHead(200, { "content-type": "application/json" }).end(body),
);
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
const bareMs = await perRequestMs(bareUrl, () => ({}));
bare.close();

const mock = await startMockServer();
const list = `${mock.baseUrl}/identity/apiConnectors?$top=10`;
const create = {
  displayName: "Bench",
  targetUrl: "https://bench.example/api",
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u", password: "p" },
};
const pfx = readFileSync(new URL("../test/mock/fixtures/current-aes.pfx", import.meta.url)).toString("base64");
const json = (value: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(value),
});
const createMs = await perRequestMs(`${mock.baseUrl}/identity/apiConnectors`, () => json(create));
mock.reset();
for (let i = 0; i < 50; i++) await fetch(`${mock.baseUrl}/identity/apiConnectors`, json(create));
const listMs = await perRequestMs(list, () => ({}));
const [first] = mock.connectors();
const uploadUrl = `${mock.baseUrl}/identity/apiConnectors/${first?.id}/uploadClientCertificate`;
// One upload first: it starts the certificate worker and loads node-forge there.
await (await fetch(uploadUrl, json({ pkcs12Value: pfx, password: "current-password" }))).arrayBuffer();
const uploadStarted = performance.now();
for (let i = 0; i < 10; i++)
  await (await fetch(uploadUrl, json({ pkcs12Value: pfx, password: "current-password" }))).arrayBuffer();
const uploadMs = (performance.now() - uploadStarted) / 10;
await mock.close();

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0);
const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}×`;
console.log(`| what | median / mean | baseline | ratio |
| --- | ---: | ---: | ---: |
| \`apiconnectors mock\` start, spawn to URL printed (median of ${RUNS}) | ${ms(median(cliStart))} ms | \`node -e\` start ${ms(median(nodeStart))} ms | ${ratio(median(cliStart), median(nodeStart))} |
| \`startMockServer()\` until listening (median of ${RUNS}, warm process) | ${ms(median(libraryStart))} ms | — | — |
| GET list, 10 of 50 connectors (mean of ${REQUESTS}) | ${ms(listMs)} ms | bare node:http ${ms(bareMs)} ms | ${ratio(listMs, bareMs)} |
| POST create, basic authentication (mean of ${REQUESTS}) | ${ms(createMs)} ms | bare node:http ${ms(bareMs)} ms | ${ratio(createMs, bareMs)} |
| POST uploadClientCertificate, AES-256 PFX (mean of 10, after one) | ${ms(uploadMs)} ms | bare node:http ${ms(bareMs)} ms | ${ratio(uploadMs, bareMs)} |`);

// The mock at scale: list pages against the same request at 1,000 stored, `$orderby` against none.
const LARGE = 100_000;
const scale = await listScale({ small: 1_000, large: LARGE, orderBySize: 10_000, rounds: 7, requests: 20 });
console.log(`
| list request (7 interleaved rounds of 20 requests) | task ms | baseline ms | ratio (median of rounds) |
| --- | ---: | ---: | ---: |
${scale.map((row) => `| ${row.what} | ${msOf(row.taskMs)} | ${msOf(row.baselineMs)} | ${times(row.ratio)} |`).join("\n")}`);

// Creates under load: 64 connections at once, servers in child processes.
const LOAD_ROUNDS = 5;
const basic = JSON.stringify(create);
const pkcs12 = JSON.stringify({
  displayName: "Bench",
  targetUrl: "https://bench.example/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.pkcs12Certificate",
    pkcs12Value: pfx,
    password: "current-password",
  },
});
const cases: { what: string; server: "bare" | "mock"; streams: Stream[] }[] = [
  { what: "bare node:http, basic body", server: "bare", streams: [{ connections: 64, requestsEach: 20, body: basic }] },
  { what: "mock, basic authentication", server: "mock", streams: [{ connections: 64, requestsEach: 20, body: basic }] },
  {
    what: "mock, PKCS #12 (AES-256 PFX)",
    server: "mock",
    streams: [{ connections: 64, requestsEach: 1, body: pkcs12 }],
  },
  {
    what: "mock, basic on 56 connections while 8 send PKCS #12",
    server: "mock",
    streams: [
      { connections: 56, requestsEach: 20, body: basic },
      { connections: 8, requestsEach: 1, body: pkcs12 },
    ],
  },
];
const servers = { bare: await startLoadServer("bare"), mock: await startLoadServer("mock") };
const results = cases.map(() => ({
  p50: [] as number[],
  p99: [] as number[],
  delayP99: [] as number[],
  delayMax: [] as number[],
}));
try {
  await runLoad(servers.mock.url, [{ connections: 64, requestsEach: 2, body: pkcs12 }]); // warm-up, worker started
  await runLoad(servers.bare.url, [{ connections: 64, requestsEach: 5, body: basic }]);
  for (let round = 0; round < LOAD_ROUNDS; round++) {
    const order = round % 2 === 0 ? cases : [...cases].reverse();
    for (const entry of order) {
      const server = servers[entry.server];
      await server.eventLoopDelay(); // restarts the histogram
      const [first] = await runLoad(server.url, entry.streams);
      const delay = await server.eventLoopDelay();
      const result = results[cases.indexOf(entry)];
      result?.p50.push(percentile(first ?? [], 0.5));
      result?.p99.push(percentile(first ?? [], 0.99));
      result?.delayP99.push(delay.p99);
      result?.delayMax.push(delay.max);
    }
  }
} finally {
  servers.bare.close();
  servers.mock.close();
}
console.log(`
| POST create, 64 connections (median of ${LOAD_ROUNDS} interleaved rounds) | p50 ms | p99 ms | server event-loop delay p99 / max ms |
| --- | ---: | ---: | ---: |
${cases
  .map((entry, index) => {
    const result = results[index];
    if (!result) return "";
    return `| ${entry.what}${entry.streams.length > 1 ? " (the basic creates)" : ""} | ${msOf(medianOf(result.p50))} | ${msOf(medianOf(result.p99))} | ${msOf(medianOf(result.delayP99))} / ${msOf(medianOf(result.delayMax))} |`;
  })
  .join("\n")}`);
