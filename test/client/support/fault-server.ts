// A real HTTP server on 127.0.0.1 (port 0) that plays a script of replies and faults and
// records what it received. No mocks: the client under test talks to it with real fetch.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw body text ("" when none). */
  body: string;
}

/** An HTTP answer; an object body is sent as JSON. */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Send the status and headers at once, the body this much later. */
  bodyDelayMs?: number;
}

export type Reply =
  | Answer
  /** Reads the request, then drops the connection without answering (ECONNRESET). */
  | { reset: true }
  /** Reads the request and never answers (until the server closes). */
  | { hang: true }
  /** Sends the status, headers and half of the body, then drops the connection. */
  | { status: number; body: unknown; cutBody: true };

export type ReplyFor = Reply | ((request: ReceivedRequest, server: FaultServer) => Reply);

export interface FaultServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** What the server received, in order. */
  requests: ReceivedRequest[];
  /** Replaces the script: one reply per request, in order; clears `requests`. */
  script(...replies: ReplyFor[]): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, reply: Answer): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload = "";
  if (reply.body !== undefined) {
    payload = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) {
      headers["content-type"] = typeof reply.body === "string" ? "text/plain" : "application/json";
    }
  }
  res.writeHead(reply.status, headers);
  if (reply.bodyDelayMs) {
    res.flushHeaders(); // the status line and headers now, the body later
    setTimeout(() => res.end(payload), reply.bodyDelayMs);
  } else {
    res.end(payload);
  }
}

export async function startFaultServer(): Promise<FaultServer> {
  let queue: ReplyFor[] = [];
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const received: ReceivedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(received);
      const next = queue.shift();
      const reply: Reply =
        next === undefined
          ? {
              status: 599,
              body: { error: { code: "unscripted", message: `no reply scripted for request ${requests.length}` } },
            }
          : typeof next === "function"
            ? next(received, handle)
            : next;
      if ("cutBody" in reply) {
        const payload = JSON.stringify(reply.body);
        res.writeHead(reply.status, {
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(payload)),
        });
        res.write(payload.slice(0, payload.length >> 1), () => setImmediate(() => req.socket.destroy()));
      } else if ("reset" in reply) {
        req.socket.destroy();
      } else if ("hang" in reply) {
        // leave it open; close() ends it
      } else if (reply.delayMs) {
        setTimeout(() => send(res, reply), reply.delayMs);
      } else {
        send(res, reply);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const handle: FaultServer = {
    origin: `http://127.0.0.1:${port}`,
    requests,
    script(...replies) {
      queue = replies;
      requests.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return handle;
}
