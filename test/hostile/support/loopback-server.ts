// A plain node:http server on 127.0.0.1, port 0, for the hostile-server tests that need an
// answer the scripted fault server cannot give (bodies streamed forever, endless nextLinks).
// Started before the file's tests and closed (every connection dropped) after them.
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

/** `origin` (`http://127.0.0.1:PORT`) is set once the server listens. */
export function useLoopbackServer(handler: RequestListener): { origin: string } {
  const server = createServer(handler);
  const where = { origin: "" };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    where.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return where;
}
