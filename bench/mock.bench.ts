// bench/mock: how fast the mock server starts and answers, as ratios to baselines run in this
// same process: a bare `node -e` start for the CLI, and a bare node:http server answering a
// fixed JSON body over the same keep-alive loopback connection for requests.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { startMockServer } from "../src/mock/index.js";

const RUNS = 10;
const REQUESTS = 200;
const main = new URL("../dist/cli/main.js", import.meta.url).pathname;

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
| POST uploadClientCertificate, AES-256 PFX (mean of 10) | ${ms(uploadMs)} ms | bare node:http ${ms(bareMs)} ms | ${ratio(uploadMs, bareMs)} |`);
