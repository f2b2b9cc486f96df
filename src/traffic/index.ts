// Checks of recorded HTTP traffic (HAR files, the validating proxy): each exchange against the
// contract (checkExchange), and the rules over a whole recording (TrafficRules). docs/traffic.md.
export { checkExchange } from "./check-exchange.js";
export { exchangeFromHar, HarEntryError } from "./har.js";
export { headerOf, isJsonMediaType, notJsonBodyMessage } from "./headers.js";
export { type Located, locateExchange } from "./locate.js";
export { type QueryProblem, queryProblems } from "./query.js";
export { type Route, routeRequest } from "./route.js";
export { TrafficRules, type TrafficRulesOptions } from "./rules.js";
export type {
  ExchangeVerdict,
  TrafficDirection,
  TrafficExchange,
  TrafficFinding,
  TrafficOptions,
} from "./types.js";
export { displayUrl, type RecordedUrl, readUrl } from "./url.js";
