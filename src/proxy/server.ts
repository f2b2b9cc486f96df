// startProxy: the validating proxy's library entry (`apiconnectors/proxy`) and the lifecycle of
// its socket. Each exchange is checked with the shared traffic checks (src/traffic, the same as
// `validate FILE.har`) once it ends; findings
// are reported as they happen and kept, and the HAR recording is written on close.
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { closeGracefully, listen, originOf } from "../mock/listening.js";
import { requirePeers } from "../peers/index.js";
import {
  checkExchange,
  displayUrl,
  type TrafficExchange,
  type TrafficFinding,
  type TrafficOptions,
  TrafficRules,
} from "../traffic/index.js";
import type { GraphVersion } from "../validate/graph-version.js";
import { type ExchangeOutcome, passExchange } from "./exchange.js";
import { type Har, type HarEntry, harEntry, harOf } from "./har.js";
import { ProxyOptionError, parseUpstream } from "./upstream.js";

export interface ProxyOptions {
  /** Where requests go: `https://graph.microsoft.com`, or a mock (`http://127.0.0.1:4010`); a path prefix is kept. */
  upstream: string;
  /** 0 (the default) picks a free port; read it back from `port` or `url`. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Answer a request that does not conform with a 400 listing its issues, without forwarding it. */
  enforce?: boolean;
  /** Write a HAR 1.2 recording of every exchange to this file on close (secrets redacted). */
  record?: string;
  /** Each finding, as it is found. */
  onFinding?: (finding: TrafficFinding) => void;
  /** Each exchange once it has been checked, with its findings (for a log or a report). */
  onExchange?: (report: ExchangeReport) => void;
  /** The Graph version the checks hold paths without `/v1.0` or `/beta` to (default: either). */
  graphVersion?: GraphVersion;
  /** CA certificates (PEM) to trust for an https upstream, besides Node's (a self-signed mock's). */
  ca?: string | readonly string[];
  /** How long the upstream may stay silent before the exchange fails with 502 (default 100 s, Graph's own limit). */
  timeoutMs?: number;
  /** The clock, in epoch milliseconds (recorded start times, error dates). */
  now?: () => number;
}

/** One exchange as reported: what it was, how it ended, and what was found. */
export interface ExchangeReport {
  /** 0-based, in the order requests arrived: the HAR entry's index. */
  index: number;
  method: string;
  /** The upstream URL for messages (traffic's displayUrl): user info and query values that may be secret masked. */
  url: string;
  status: number;
  operationId?: string;
  /** Why it was not checked: outside the contract. */
  skipped?: string;
  /** Refused under `enforce` (400, not forwarded). */
  refused: boolean;
  /** Whether the response was checked: not for a refusal or a failed upstream (the answer is the proxy's own). */
  responseChecked: boolean;
  findings: TrafficFinding[];
  durationMs: number;
}

export interface ValidatingProxy {
  /** `http://127.0.0.1:PORT`: point a client here (its base URL is this plus `/v1.0`). */
  url: string;
  port: number;
  /** The upstream, as given. */
  upstream: string;
  /** Every finding so far, in the order found. */
  findings(): TrafficFinding[];
  /** The recording so far, HAR 1.2, secrets redacted. */
  har(): Har;
  /** Stops accepting requests, lets open exchanges end, runs the end-of-run rules, writes `record`. Safe to call twice. */
  close(): Promise<void>;
}

export { ProxyOptionError };

const DEFAULT_TIMEOUT_MS = 100_000;

/** Findings for bodies the proxy passed on without checking them. */
function unreadFindings(unread: ExchangeOutcome["unread"], index: number): TrafficFinding[] {
  return unread.map(({ direction, reason }) => ({
    entry: index,
    direction,
    kind: "not-validated",
    message: `the ${direction} body was passed on but not validated: ${reason}`,
  }));
}

function writeHar(file: string, har: Har): void {
  writeFileSync(file, `${JSON.stringify(har, null, 2)}\n`);
}

export async function startProxy(options: ProxyOptions): Promise<ValidatingProxy> {
  requirePeers(["jsonc-parser"], "apiconnectors/proxy"); // bad JSON bodies are explained with it
  const upstream = parseUpstream(options.upstream);
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ProxyOptionError(`port must be a whole number from 0 to 65535, got ${String(port)}`);
  const now = options.now ?? Date.now;
  const trafficOptions: TrafficOptions = options.graphVersion ? { graphVersion: options.graphVersion } : {};
  const check = (exchange: TrafficExchange) => checkExchange(exchange, trafficOptions);
  const rules = new TrafficRules(trafficOptions);
  const findings: TrafficFinding[] = [];
  const entries: HarEntry[] = [];
  const pending = new Set<Promise<void>>();
  const report = (found: TrafficFinding[]) => {
    for (const finding of found) {
      findings.push(finding);
      options.onFinding?.(finding);
    }
  };
  // Fails before anything listens when the recording cannot be written; an empty HAR until close.
  if (options.record !== undefined) writeHar(options.record, harOf([]));

  const settings = {
    upstream,
    enforce: options.enforce ?? false,
    ...(options.ca !== undefined ? { ca: options.ca } : {}),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    now,
    checkRequest: (exchange: TrafficExchange) => check(exchange).findings,
  };
  let count = 0;

  const finish = (index: number, outcome: ExchangeOutcome) => {
    entries.push(harEntry(outcome.recorded));
    const { request } = outcome.exchange;
    // A failed upstream's answer is the proxy's own (502) or cut short: only the request is checked.
    const failed = outcome.upstreamFailure !== undefined;
    const unread = outcome.unread.filter((body) => !(failed && body.direction === "response"));
    const verdict = outcome.refused
      ? { findings: outcome.refused, operationId: outcome.refused[0]?.operationId }
      : unread.length > 0
        ? { findings: unreadFindings(unread, index) }
        : check(failed ? { ...outcome.exchange, response: undefined } : outcome.exchange);
    const found = [...verdict.findings];
    if (outcome.upstreamFailure)
      found.push({
        entry: index,
        direction: "traffic",
        kind: "upstream-failure",
        message: `the upstream ${upstream.shown} failed: ${outcome.upstreamFailure}`,
        ...(verdict.operationId ? { operationId: verdict.operationId } : {}),
      });
    found.push(...rules.observe(outcome.exchange));
    report(found);
    options.onExchange?.({
      index,
      method: request.method,
      url: displayUrl(request.url),
      status: outcome.recorded.response.status,
      ...(verdict.operationId ? { operationId: verdict.operationId } : {}),
      ...("skipped" in verdict && verdict.skipped !== undefined ? { skipped: verdict.skipped } : {}),
      refused: outcome.refused !== undefined,
      responseChecked: outcome.refused === undefined && !failed,
      findings: found,
      durationMs: outcome.recorded.durationMs,
    });
  };

  const server = createServer((request, response) => {
    const index = count++;
    const done = passExchange(index, request, response, settings)
      .then((outcome) => {
        if (outcome) finish(index, outcome);
      })
      .catch((error: unknown) => {
        // passExchange answers every failure itself; this is a last resort.
        if (!response.headersSent) response.writeHead(500).end();
        else response.destroy();
        report([
          {
            entry: index,
            direction: "traffic",
            kind: "proxy-error",
            message: `a bug in the proxy: ${error instanceof Error ? error.message : String(error)}`,
          },
        ]);
      })
      .finally(() => pending.delete(done));
    pending.add(done);
  });
  server.requestTimeout = 0; // a slow upload is the upstream's business; the upstream has its own timeout

  const address = await listen(server, port, host);
  let closing: Promise<void> | undefined;
  return {
    url: originOf("http", address),
    port: address.port,
    upstream: options.upstream,
    findings: () => [...findings],
    har: () => harOf(entries),
    close: () =>
      (closing ??= (async () => {
        await closeGracefully(server);
        await Promise.all(pending);
        report(rules.finish());
        if (options.record !== undefined) writeHar(options.record, harOf(entries));
      })()),
  };
}
