// POST create under 64 concurrent keep-alive connections, against servers in child processes
// (server-child.mjs): each connection sends its requests one after another, and every
// request's latency is kept for the percentiles; the server reports its own event-loop delay.
import { type ChildProcess, spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import { createInterface, type Interface } from "node:readline";

export interface LoadServer {
  url: string;
  /** The server's event-loop delay (p99 and max, ms) since the last call. */
  eventLoopDelay(): Promise<{ p99: number; max: number }>;
  close(): void;
}

export async function startLoadServer(kind: "mock" | "bare"): Promise<LoadServer> {
  const child: ChildProcess = spawn(
    "nice",
    ["-n", "10", process.execPath, new URL("./server-child.mjs", import.meta.url).pathname, kind],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines: Interface = createInterface({ input: child.stdout ?? process.stdin });
  const next = () => new Promise<string>((resolve) => lines.once("line", resolve));
  const { url } = JSON.parse(await next()) as { url: string };
  return {
    url,
    async eventLoopDelay() {
      const answer = next();
      child.stdin?.write("report\nreset\n");
      return JSON.parse(await answer) as { p99: number; max: number };
    },
    close: () => {
      child.stdin?.end();
      lines.close();
    },
  };
}

function post(agent: Agent, url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const outgoing = request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => {
          if (response.statusCode !== 201) text += chunk.toString();
        });
        response.on("end", () =>
          response.statusCode === 201
            ? resolve(performance.now() - started)
            : reject(new Error(`answered ${String(response.statusCode)}: ${text.slice(0, 300)}`)),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export interface Stream {
  connections: number;
  requestsEach: number;
  body: string;
}

/** Runs the streams at once (their connections together share one agent); latencies per stream. */
export async function runLoad(url: string, streams: readonly Stream[]): Promise<number[][]> {
  const total = streams.reduce((sum, stream) => sum + stream.connections, 0);
  const agent = new Agent({ keepAlive: true, maxSockets: total });
  try {
    return await Promise.all(
      streams.map(async (stream) => {
        const latencies: number[] = [];
        await Promise.all(
          Array.from({ length: stream.connections }, async () => {
            for (let i = 0; i < stream.requestsEach; i++) latencies.push(await post(agent, url, stream.body));
          }),
        );
        return latencies;
      }),
    );
  } finally {
    agent.destroy();
  }
}
