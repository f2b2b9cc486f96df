// Issue 10, item 3: the client reads answers with a byte cap (maxResponseBytes). A server that
// answers with 500 MB used to cost 2.5 GiB of memory; now the read stops at the cap, whether
// the body is announced by Content-Length or streamed chunked without one, the connection is
// closed (the server sees it go), and the call fails with ResponseTooLargeError, not retried.
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import {
  createApiConnectorsClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  type FetchLike,
  NetworkError,
  ResponseTooLargeError,
} from "../../src/client/index.js";
import { basicConnector } from "../client/support/fixtures.js";
import { useLoopbackServer } from "./support/loopback-server.js";

const CAP = 4096;
const DECLARED = 64 * 1024 * 1024;
const TOKEN = "eyJ0-hostile-server-token";

/** What the server saw of one request: its path, the bytes it wrote, whether the connection closed. */
interface Served {
  path: string;
  written: number;
  closed: Promise<void>;
}

const served: Served[] = [];

/** Writes `total` bytes (forever when Infinity) in 1 KiB chunks, as fast as the client reads them. */
function stream(res: ServerResponse, record: Served, total: number): void {
  const chunk = Buffer.alloc(1024, "x");
  const pump = () => {
    while (record.written < total && !res.destroyed) {
      record.written += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function answer(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  let closed!: () => void;
  const record: Served = { path, written: 0, closed: new Promise((resolve) => (closed = resolve)) };
  res.socket?.once("close", closed);
  served.push(record);
  req.resume();
  const id = path.split("/").pop() ?? "";
  if (id === "small") {
    const body = JSON.stringify({ ...basicConnector, id });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  } else if (id === "declared") {
    res.writeHead(200, { "content-type": "application/json", "content-length": String(DECLARED) });
    stream(res, record, DECLARED);
  } else if (id === "chunked") {
    res.writeHead(200, { "content-type": "application/json", "request-id": "rid-1" }); // no length: chunked
    stream(res, record, Number.POSITIVE_INFINITY);
  } else if (id === "error-page") {
    res.writeHead(502, { "content-type": "text/html" });
    stream(res, record, Number.POSITIVE_INFINITY);
  }
}

const server = useLoopbackServer(answer);

function client(fetch?: FetchLike) {
  return createApiConnectorsClient({
    baseUrl: server.origin,
    token: TOKEN,
    maxResponseBytes: CAP,
    ...(fetch ? { fetch } : {}),
  });
}

describe("maxResponseBytes", () => {
  it.each([
    { name: "announced by a Content-Length over the cap", id: "declared", status: 200 },
    { name: "streamed chunked without a length, forever", id: "chunked", status: 200 },
    { name: "an error page streamed forever", id: "error-page", status: 502 },
  ])(
    "a body $name ends in ResponseTooLargeError, not retried, and the connection is closed",
    async ({ id, status }) => {
      served.length = 0;
      const error = await client()
        .getApiConnector(id)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      const tooLarge = error as ResponseTooLargeError;
      expect(tooLarge).toBeInstanceOf(NetworkError); // a call given up, as TimeoutError is
      expect(tooLarge).toMatchObject({ status, maxResponseBytes: CAP, attempts: 1, method: "GET" });
      expect(tooLarge.message).toContain(
        `GET /identity/apiConnectors/${id} failed: the ${status} answer's body passed maxResponseBytes (4096 bytes) and was not read further (client-request-id: `,
      );
      expect(`${tooLarge.message} ${tooLarge.stack} ${JSON.stringify(tooLarge)}`).not.toContain(TOKEN);
      expect(served).toHaveLength(1); // a retry would get the same answer
      await served[0]?.closed; // the test times out if the client keeps the connection open
      // The server wrote ahead into the socket buffers (a few MiB on loopback), not all of it.
      expect(served[0]?.written).toBeLessThan(DECLARED / 2);
    },
  );

  it("the same with a custom fetch, and through the raw openapi-fetch client", async () => {
    const viaFetch = client((request) => fetch(request));
    await expect(viaFetch.getApiConnector("chunked")).rejects.toBeInstanceOf(ResponseTooLargeError);
    const raw = client().raw.GET("/identity/apiConnectors/{identityApiConnectorId}", {
      params: { path: { identityApiConnectorId: "chunked" } },
    });
    await expect(raw).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it("a body within the cap is read as before, also after a refused one on the same client", async () => {
    const graph = client();
    await expect(graph.getApiConnector("chunked")).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect((await graph.getApiConnector("small")).id).toBe("small");
  });

  it("defaults to 16 MiB and refuses a cap that is no whole number of bytes", () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(16 * 1024 * 1024);
    for (const maxResponseBytes of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createApiConnectorsClient({ maxResponseBytes })).toThrow(
        `maxResponseBytes must be a whole number > 0, got ${String(maxResponseBytes)}`,
      );
    }
  });
});
