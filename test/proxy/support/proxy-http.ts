// What the proxy suites share: a mock behind a proxy, its request log, and an upstream of
// our own for what the mock never does (gzip, cut responses, echoing headers back).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { MockServer, MockServerOptions, RequestLogEntry } from "../../../src/mock/index.js";
import { type ProxyOptions, startProxy, type TrafficFinding, type ValidatingProxy } from "../../../src/proxy/index.js";
import { startTestMock } from "../../mock/support/mock-http.js";

export interface ProxiedMock {
  mock: MockServer;
  proxy: ValidatingProxy;
  /** What reached the mock. */
  log: RequestLogEntry[];
  /** What the proxy reported through onFinding, as it happened. */
  reported: TrafficFinding[];
  close(): Promise<void>;
}

export async function startProxiedMock(
  proxyOptions: Omit<ProxyOptions, "upstream"> = {},
  mockOptions: MockServerOptions = {},
): Promise<ProxiedMock> {
  const log: RequestLogEntry[] = [];
  const reported: TrafficFinding[] = [];
  const mock = await startTestMock({ onRequest: (entry) => log.push(entry), ...mockOptions });
  const proxy = await startProxy({
    upstream: mock.url,
    ...(mock.certificate ? { ca: mock.certificate } : {}),
    onFinding: (finding) => reported.push(finding),
    ...proxyOptions,
  });
  return {
    mock,
    proxy,
    log,
    reported,
    close: async () => {
      await proxy.close();
      await mock.close();
    },
  };
}

export interface Upstream {
  url: string;
  /** Requests as they arrived. */
  seen: Array<{ method: string; url: string; rawHeaders: string[]; body: Buffer }>;
  close(): Promise<void>;
}

/** A loopback server answering each request with `answer` once its body has been read. */
export async function startUpstream(
  answer: (request: IncomingMessage, response: ServerResponse, body: Buffer) => void,
): Promise<Upstream> {
  const seen: Upstream["seen"] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: request.method ?? "", url: request.url ?? "", rawHeaders: request.rawHeaders, body });
      answer(request, response, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
