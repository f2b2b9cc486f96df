// Findings about recorded traffic (the proxy's exchanges) as the report model's results, so
// that every report format shows them: one result per exchange that passed, one per direction
// (request, response, traffic) of an exchange with findings. A body passed on unchecked is a
// warning; every other finding is an error.
import type { ExchangeReport, TrafficFinding } from "../../proxy/index.js";
import { type Finding, type PayloadResult, resultOf } from "./model.js";

/** What a result needs of an exchange. */
export type TrafficEntry = Pick<
  ExchangeReport,
  "index" | "method" | "url" | "status" | "operationId" | "skipped" | "findings"
>;

/** Kinds that do not fail a run. */
const WARNING_KINDS = new Set(["not-validated"]);

function findingOf(finding: TrafficFinding): Finding {
  return {
    pointer: finding.pointer ?? "",
    keyword: finding.keyword ?? finding.kind,
    message: finding.message,
    severity: WARNING_KINDS.has(finding.kind) ? "warning" : "error",
  };
}

/** `file` names the recording (a HAR file, or "proxy"). */
export function trafficResults(file: string, entry: TrafficEntry): PayloadResult[] {
  const name = `entries[${entry.index}] ${entry.method} ${entry.url}`;
  const place = (direction?: "request" | "response") => ({
    file,
    name,
    ...(entry.operationId ? { operation: entry.operationId } : {}),
    ...(direction ? { direction } : {}),
    ...(direction === "response" ? { status: String(entry.status) } : {}),
    ...(entry.skipped !== undefined ? { skipped: entry.skipped, embedded: 0 } : {}),
  });
  if (entry.findings.length === 0) return [resultOf(place(), [])];
  const results: PayloadResult[] = [];
  for (const direction of ["request", "response", "traffic"] as const) {
    const findings = entry.findings.filter((finding) => finding.direction === direction).map(findingOf);
    if (findings.length > 0) results.push(resultOf(place(direction === "traffic" ? undefined : direction), findings));
  }
  return results;
}
