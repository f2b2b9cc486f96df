// A server for bench/mock/load.ts, in its own process so the load generator's work does not
// share its event loop: `mock` (the built mock, dist/) or `bare` (node:http reading the body,
// parsing it and answering a fixed 201). It prints {"url": …} once listening; on stdin,
// "reset" restarts its event-loop delay histogram and "report" prints its p99 and max in ms.
import { createServer } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";

const kind = process.argv[2];
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();

let url;
if (kind === "mock") {
  const { startMockServer } = await import("../../dist/mock/index.js");
  const server = await startMockServer({ maxConnectors: 1_000_000 });
  url = `${server.baseUrl}/identity/apiConnectors`;
} else {
  const answer = JSON.stringify({ id: "00000000-0000-4000-8000-000000000000", displayName: "Bench" });
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      JSON.parse(Buffer.concat(chunks).toString("utf8"));
      response.writeHead(201, { "content-type": "application/json" }).end(answer);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${server.address().port}/identity/apiConnectors`;
}
process.stdout.write(`${JSON.stringify({ url })}\n`);

let pending = "";
process.stdin.on("data", (chunk) => {
  pending += chunk.toString();
  for (let end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n")) {
    const command = pending.slice(0, end).trim();
    pending = pending.slice(end + 1);
    if (command === "reset") delay.reset();
    if (command === "report")
      process.stdout.write(`${JSON.stringify({ p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 })}\n`);
  }
});
process.stdin.on("end", () => process.exit(0));
