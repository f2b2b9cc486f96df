// The rules only a recording can show, over the exchanges in the order they were made:
//  - secret-in-response: a response carries a secret (secrets.ts);
//  - duplicate-create: a create sent again with the same body after the first got no 2xx (no
//    answer, a 5xx, a timeout): the first may have created the connector, so a blind retry
//    may have made a second (ARCHITECTURE.md: a POST is never repeated after an ambiguous failure);
//  - retry-after-ignored: the same call sent again sooner than the `Retry-After` of its 429 or
//    503 asked (RFC 9110 §10.2.3; Graph's throttling guidance);
//  - client-request-id-reused: one `client-request-id` on different logical calls (the spec:
//    "send one per logical call"; only the retries of one call repeat it).
// Memory is bounded: each rule remembers at most `maxTracked` calls, the oldest forgotten first.
import { hash } from "node:crypto";
import { parseRetryAfter } from "../client/retry-after.js";
import { headerOf } from "./headers.js";
import { locateExchange } from "./locate.js";
import { secretFindings } from "./secrets.js";
import type { TrafficExchange, TrafficFinding, TrafficOptions } from "./types.js";
import { displayUrl } from "./url.js";

const CREATE = "createIdentityApiConnector";
const THROTTLED = new Set([429, 503]);

export interface TrafficRulesOptions extends TrafficOptions {
  /** How many calls each rule remembers (default 1,000: retries follow their call closely). */
  maxTracked?: number;
}

/** A bounded map: inserting past the bound forgets the oldest entry. */
class Recent<V> extends Map<string, V> {
  constructor(private readonly bound: number) {
    super();
  }
  remember(key: string, value: V): void {
    this.delete(key);
    this.set(key, value);
    if (this.size > this.bound) this.delete(this.keys().next().value as string);
  }
}

/**
 * A copy of `text` that shares no memory with it. A string read from a recording may be a slice
 * of a much larger one (a parser's chunk); kept in a map as it is, it would keep that whole
 * chunk alive, and memory would grow with the recording instead of staying bounded.
 */
const retained = (text: string) => Buffer.from(text, "utf8").toString("utf8");

const label = (exchange: TrafficExchange) =>
  retained(`entries[${exchange.index}] (${exchange.request.method.toUpperCase()} ${displayUrl(exchange.request.url)})`);

// One-shot hashing (crypto.hash, Node 20.12+): a Hash object per exchange holds native memory until a major GC.
const digest = (text: string) => hash("sha256", text, "base64");

function outcome(exchange: TrafficExchange): string {
  const status = exchange.response?.status;
  return status === undefined || status <= 0 ? "no response" : `status ${status}`;
}

export class TrafficRules {
  // What is remembered of an exchange is its label and outcome, never the exchange (its bodies).
  private readonly creates: Recent<{ label: string; outcome: string; succeeded: boolean }>;
  private readonly waits: Recent<{ label: string; outcome: string; notBefore: number; waitMs: number }>;
  private readonly requestIds: Recent<{ label: string; call: string }>;

  constructor(private readonly options: TrafficRulesOptions = {}) {
    const bound = options.maxTracked ?? 1_000;
    this.creates = new Recent(bound);
    this.waits = new Recent(bound);
    this.requestIds = new Recent(bound);
  }

  /** The findings this exchange makes, given the ones observed before it. */
  observe(exchange: TrafficExchange): TrafficFinding[] {
    const located = locateExchange(exchange, this.options);
    if (located.kind !== "operation") return [];
    const operationId = located.operation.operationId;
    const method = exchange.request.method.toUpperCase();
    const bodyDigest = digest(exchange.request.body ?? "");
    // One logical call: the same method, URL and body.
    const call = retained(`${method} ${exchange.request.url}\u0000${bodyDigest}`);
    const findings: TrafficFinding[] = secretFindings(exchange).map((finding) => ({ ...finding, operationId }));
    const traffic = (kind: string, message: string): TrafficFinding => ({
      entry: exchange.index,
      direction: "traffic",
      kind,
      message,
      operationId,
    });

    if (operationId === CREATE) {
      const earlier = this.creates.get(bodyDigest);
      if (earlier && !earlier.succeeded)
        findings.push(
          traffic(
            "duplicate-create",
            `this create repeats ${earlier.label} with the same body after it got ${earlier.outcome}: the first may have created the connector, so this may be a duplicate (check with a list before retrying a create)`,
          ),
        );
      const status = exchange.response?.status ?? 0;
      this.creates.remember(bodyDigest, {
        label: label(exchange),
        outcome: outcome(exchange),
        succeeded: status >= 200 && status < 300,
      });
    }

    const wait = this.waits.get(call);
    if (wait) {
      this.waits.delete(call);
      if (exchange.startedAt !== undefined && exchange.startedAt < wait.notBefore) {
        const waited = Math.max(0, exchange.startedAt - (wait.notBefore - wait.waitMs));
        findings.push(
          traffic(
            "retry-after-ignored",
            `this retry of ${wait.label} came ${waited} ms after its ${wait.outcome}, which asked (Retry-After) to wait ${wait.waitMs} ms`,
          ),
        );
      }
    }
    this.noteRetryAfter(exchange, call);

    const header = headerOf(exchange.request.headers, "client-request-id")?.trim().toLowerCase();
    const requestId = header ? retained(header) : undefined;
    if (requestId) {
      const first = this.requestIds.get(requestId);
      if (first && first.call !== call)
        findings.push(
          traffic(
            "client-request-id-reused",
            `the client-request-id of ${first.label} is sent again on a different call: send a new one per logical call (only its retries repeat it)`,
          ),
        );
      if (!first || first.call !== call) this.requestIds.remember(requestId, { label: label(exchange), call });
    }
    return findings;
  }

  /** What is left to say once the recording ends (nothing yet: every rule decides as it goes); forgets everything. */
  finish(): TrafficFinding[] {
    this.creates.clear();
    this.waits.clear();
    this.requestIds.clear();
    return [];
  }

  private noteRetryAfter(exchange: TrafficExchange, call: string): void {
    const response = exchange.response;
    if (!response || !THROTTLED.has(response.status) || exchange.startedAt === undefined) return;
    // The wait counts from when the response arrived: the start plus the exchange's time, when recorded.
    const answeredAt = exchange.startedAt + (exchange.durationMs ?? 0);
    const waitMs = parseRetryAfter(headerOf(response.headers, "retry-after"), answeredAt);
    if (waitMs === undefined) return;
    this.waits.remember(call, {
      label: label(exchange),
      outcome: outcome(exchange),
      notBefore: answeredAt + waitMs,
      waitMs,
    });
  }
}
