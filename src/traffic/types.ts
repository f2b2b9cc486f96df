// What the traffic checks read and say: one recorded HTTP exchange (a HAR entry, or what the
// validating proxy saw), and findings about it that name the exchange, the direction and,
// for a body, the JSON pointer. A finding never holds a secret, a token, a cookie or a query value.

/** A request and its response, as recorded. Bodies are decoded text (a HAR's base64 already decoded). */
export interface TrafficExchange {
  /** Its place in the recording: HAR `log.entries[index]`, or the proxy's count. */
  index: number;
  /** When the request started (epoch ms): HAR `startedDateTime`. */
  startedAt?: number;
  /** How long the exchange took until the response ended (ms): HAR `time`. */
  durationMs?: number;
  request: { method: string; url: string; headers: Array<[string, string]>; body?: string };
  /**
   * Absent when no response was recorded (a network failure, an aborted request).
   * `bodyRecorded: false`: the recorder kept no body (a HAR `content` without `text`, as
   * Playwright writes for a body the page never read): the status is checked, the body is not.
   */
  response?: { status: number; headers: Array<[string, string]>; body?: string; bodyRecorded?: false };
}

/** The part of an exchange a finding is about; `traffic` for the rules that read several. */
export type TrafficDirection = "request" | "response" | "traffic";

export interface TrafficFinding {
  /** The exchange's index. */
  entry: number;
  direction: TrafficDirection;
  /**
   * A stable rule id: `request-query`, `request-header`, `request-content-type`, `request-json`,
   * `request-body`, `request-operation`, `response-status`, `response-content-type`,
   * `response-json`, `response-body`, and the traffic rules' `secret-in-response`,
   * `duplicate-create`, `retry-after-ignored`, `client-request-id-reused`.
   */
  kind: string;
  /** The JSON Schema keyword (or `json`, `duplicateKey`, `query`, `header`, `status`, `body`) of a contract finding. */
  keyword?: string;
  /** RFC 6901 pointer into the body the finding is about. */
  pointer?: string;
  message: string;
  operationId?: string;
}

/** What checkExchange says of one exchange. */
export interface ExchangeVerdict {
  /** The contract's operation the request is, when it is one. */
  operationId?: string;
  /** Why the exchange is outside the contract (and was not checked). */
  skipped?: string;
  findings: TrafficFinding[];
}

export interface TrafficOptions {
  /** Only these Graph versions are the contract's (default: both, v1.0 and beta). */
  graphVersion?: string;
  /** Only requests to this host (`graph.microsoft.com`, or `127.0.0.1:8080`) are checked; others are skipped. */
  host?: string;
}
