// startMockServer: the library entry point, and the lifecycle of the listening socket.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import { requirePeers } from "../peers/index.js";
import type { GraphVersion } from "../validate/graph-version.js";
import { checkFaultRules, FaultInjector, type FaultRule, parseFaults, type ScriptedFault } from "./faults.js";
import { closeGracefully, listen, originOf } from "./listening.js";
import { checkMockOptions } from "./options.js";
import { handleRequest, type MockState, type RequestLogEntry } from "./pipeline.js";
import { parsePublicUrl } from "./public-origin.js";
import { randomSeed, seededRandom, uuidSource } from "./random.js";
import { type ConnectorResource, connectorResource } from "./representation.js";
import { seedFromData } from "./seed-data.js";
import { ConnectorStore } from "./store.js";
import { selfSignedIdentity } from "./tls.js";
import { UserFlowStore } from "./user-flow-store.js";

export interface MockServerOptions {
  /** 0 (the default) picks a free port; read it back from `port` or `url`. */
  port?: number;
  /** Default 127.0.0.1: the mock has no authentication, keep it on loopback. */
  host?: string;
  /** The Graph version of paths without `/v1.0` or `/beta`, and of `@odata.context`. Default v1.0 (graph-version.ts). */
  version?: GraphVersion;
  /** Connectors to start with: an array, or a saved list response `{ value: [...] }`. */
  data?: unknown;
  /** `"429:0.2,503:0.1"` or rules as objects. */
  faults?: string | readonly FaultRule[];
  /** Makes fault draws and generated ids reproducible. */
  seed?: number;
  /** Page size when a list request has no `$top` (default 100, Graph's usual directory page). */
  pageSize?: number;
  /**
   * The most connectors the mock holds, seeded and created (0 to 1,000,000; default 100,000). A
   * create beyond it is answered 400 `Directory_QuotaExceeded`. Graph documents 20 per tenant
   * for B2C and External ID tenants (their service-limit pages): set 20 to test that limit.
   */
  maxConnectors?: number;
  /** Answer 401 to requests without `Authorization: Bearer …` (any token is accepted). */
  requireAuthorization?: boolean;
  /**
   * The URL clients reach the mock at, when that is not where it listens (behind a proxy or a
   * tunnel): the origin, and any path prefix, of every absolute URL it writes (`@odata.nextLink`,
   * `@odata.context`). Without it, links name the `Host` the client called.
   */
  publicUrl?: string;
  /** Honour `Forwarded` / `X-Forwarded-Proto` / `X-Forwarded-Host` (only behind a proxy you run). */
  trustProxy?: boolean;
  /** Serve https with a self-signed certificate made at start-up; clients trust `certificate`. */
  tls?: boolean;
  /** The clock, in epoch milliseconds: decides `isActive` and error dates. */
  now?: () => number;
  onRequest?: (entry: RequestLogEntry) => void;
  onError?: (error: Error) => void;
}

export interface MockServer {
  /** `http://127.0.0.1:PORT` (`https://` with `tls`) */
  url: string;
  /** `url` plus the Graph version (`http://127.0.0.1:PORT/v1.0`): a client's base URL. */
  baseUrl: string;
  port: number;
  /** The seed of the fault draws (given, or chosen at random), to replay a run. */
  seed: number;
  faults: readonly FaultRule[];
  /** With `tls`: the PEM of the self-signed certificate, to give clients as a trusted CA. */
  certificate?: string;
  /** Answer the next `times` requests (default 1) with this fault, before any random draw. */
  failNext(fault: ScriptedFault): void;
  /** Replaces every connector and user flow with `data` (default: the data the server started with) and drops scripted faults. */
  reset(data?: unknown): void;
  /** The connectors as GET would return them, oldest first. */
  connectors(): ConnectorResource[];
  /** Stops accepting connections and resolves once the server is closed. Safe to call twice. */
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  // Certificate uploads (node-forge) and bad JSON bodies (jsonc-parser): named now, not mid-test.
  requirePeers(["jsonc-parser", "node-forge"], "apiconnectors/mock");
  if (options.publicUrl !== undefined) parsePublicUrl(options.publicUrl); // fails before anything starts
  const checked = checkMockOptions(options);
  const host = options.host ?? "127.0.0.1";
  const initialData = options.data ?? [];
  const seeded = seedFromData(initialData, checked.maxConnectors);
  const store = new ConnectorStore(seeded.connectors);
  const userFlows = new UserFlowStore(seeded.userFlows);
  const rules =
    typeof options.faults === "string" ? parseFaults(options.faults) : checkFaultRules(options.faults ?? []);
  const seed = options.seed ?? randomSeed();
  // Two streams from one seed, so adding a fault rule does not change the ids.
  const faults = new FaultInjector(rules, seededRandom(seed));
  const now = options.now ?? Date.now;

  const state: MockState = {
    store,
    userFlows,
    faults,
    newId: uuidSource(options.seed === undefined ? undefined : seededRandom(seed ^ 0x5bd1e995)),
    now,
    version: checked.version,
    pageSize: checked.pageSize,
    maxConnectors: checked.maxConnectors,
    requireAuthorization: options.requireAuthorization ?? false,
    origins: {
      ...(options.publicUrl !== undefined ? { publicUrl: parsePublicUrl(options.publicUrl) } : {}),
      trustProxy: options.trustProxy ?? false,
      scheme: options.tls ? "https" : "http",
      listening: "",
    },
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  };
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    handleRequest(request, response, state).catch((error: unknown) => {
      // handleRequest answers every failure itself; this is a last resort.
      state.onError?.(error instanceof Error ? error : new Error(String(error)));
      if (!response.headersSent) response.writeHead(500).end();
    });
  };
  const identity = options.tls ? await selfSignedIdentity(host) : undefined;
  const server: Server = identity
    ? createTlsServer({ cert: identity.certificate, key: identity.privateKey }, onRequest)
    : createServer(onRequest);
  server.requestTimeout = 30_000;

  const address = await listen(server, checked.port, host);
  const url = originOf(state.origins.scheme, address);
  state.origins.listening = url;

  let closing: Promise<void> | undefined;
  return {
    url,
    baseUrl: `${url}/${state.version}`,
    port: address.port,
    seed,
    faults: rules,
    ...(identity ? { certificate: identity.certificate } : {}),
    failNext: (fault) => faults.failNext(fault),
    reset: (data) => {
      const seeded = seedFromData(data ?? initialData, checked.maxConnectors);
      store.replaceAll(seeded.connectors);
      userFlows.replaceAll(seeded.userFlows);
      faults.clearScripted();
    },
    connectors: () => {
      const nowSeconds = Math.floor(now() / 1000);
      return store.all().map((connector) => connectorResource(connector, { nowSeconds }));
    },
    close: () => (closing ??= closeGracefully(server)),
  };
}
