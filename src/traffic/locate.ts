// Which exchanges are the contract's: a request to a Microsoft Graph path (`/v1.0/…` or
// `/beta/…`, on any host unless `host` says which), whose method and path name an operation.
import type { OperationEntry } from "../validate/index.js";
import { routeRequest } from "./route.js";
import type { TrafficExchange, TrafficOptions } from "./types.js";
import { displayUrl, readUrl } from "./url.js";

export type Located =
  | { kind: "operation"; operation: OperationEntry; target: string }
  | { kind: "outside"; reason: string }
  | { kind: "unknown"; message: string };

const GRAPH_PATH = /^\/(v1\.0|beta)(?:\/|$)/i;

export function locateExchange(exchange: TrafficExchange, options: TrafficOptions = {}): Located {
  const { method, url } = exchange.request;
  const shown = displayUrl(url);
  const read = readUrl(url);
  if (!read) return { kind: "outside", reason: `${method} ${shown.slice(0, 200)}: the URL cannot be read` };
  if (options.host !== undefined && read.host !== options.host.toLowerCase())
    return { kind: "outside", reason: `the request goes to ${read.host || "no host"}, not ${options.host}` };
  const version = GRAPH_PATH.exec(read.path)?.[1];
  if (version === undefined)
    return {
      kind: "outside",
      reason: `${method} ${shown.slice(0, 200)} is not a Microsoft Graph request (no /v1.0 or /beta path)`,
    };
  if (options.graphVersion !== undefined && version.toLowerCase() !== options.graphVersion.toLowerCase())
    return { kind: "outside", reason: `the request is to Graph ${version}, not ${options.graphVersion}` };
  const target = read.path + read.search;
  const route = routeRequest(method.toUpperCase(), target, read.path, shown);
  return route.kind === "operation" ? { kind: "operation", operation: route.operation, target } : route;
}
