// Findings about recorded traffic (a HAR file's entries, the proxy's exchanges) as the report
// model's results: one converter for both, so that `apiconnectors proxy` and `validate` of its
// recording give the same verdicts. An exchange outside the contract is one skipped result; a
// checked one gives a request result, a response result when its response was checked, and a
// `traffic` result when a rule over the recording fired. A body passed on unchecked is a
// warning; every other finding is an error.
import type { TrafficFinding } from "../../traffic/index.js";
import { type Finding, type PayloadResult, resultOf } from "./model.js";

/** What the results need of an exchange. */
export interface TrafficEntry {
  /** The recording's name (a HAR file, or the proxy's `--record` file, or "proxy"). */
  file: string;
  /** HAR `log.entries[index]`. */
  index: number;
  method: string;
  /** The URL as traffic's displayUrl shows it (no user info, no query values). */
  url: string;
  operationId?: string;
  /** Why it was not checked: outside the contract. */
  skipped?: string;
  /** The response's status when the response was checked; absent for none (a network failure, a refusal). */
  responseStatus?: number;
}

/** Kinds that do not fail a run. */
const WARNING_KINDS = new Set(["not-validated"]);

export function trafficFinding(finding: TrafficFinding): Finding {
  return {
    pointer: finding.pointer ?? "",
    keyword: finding.keyword ?? finding.kind,
    message: finding.message,
    severity: WARNING_KINDS.has(finding.kind) ? "warning" : "error",
  };
}

export function trafficResults(entry: TrafficEntry, findings: readonly TrafficFinding[]): PayloadResult[] {
  const place = {
    file: entry.file,
    entry: entry.index,
    name: `entries[${entry.index}] ${entry.method.toUpperCase()} ${entry.url}`,
    ...(entry.operationId !== undefined ? { operation: entry.operationId } : {}),
  };
  const of = (direction: TrafficFinding["direction"]) =>
    findings.filter((finding) => finding.direction === direction).map(trafficFinding);
  const results: PayloadResult[] = [];
  if (entry.skipped !== undefined)
    results.push(resultOf({ ...place, skipped: entry.skipped }, [...of("request"), ...of("response")]));
  else {
    results.push(resultOf({ ...place, direction: "request" }, of("request")));
    if (entry.responseStatus !== undefined && entry.responseStatus > 0)
      results.push(resultOf({ ...place, direction: "response", status: String(entry.responseStatus) }, of("response")));
  }
  const traffic = of("traffic");
  if (traffic.length > 0) results.push(resultOf({ ...place, direction: "traffic" }, traffic));
  return results;
}
