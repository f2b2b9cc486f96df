// The validating proxy's public API (`apiconnectors/proxy`): start it in front of Graph or the
// mock from a test, or run `apiconnectors proxy`.

export type { ExchangeVerdict, TrafficExchange, TrafficFinding } from "../traffic/index.js";
export type { GraphVersion } from "../validate/graph-version.js";
export type { Har, HarContent, HarEntry, HarHeader } from "./har.js";
export {
  type ExchangeReport,
  ProxyOptionError,
  type ProxyOptions,
  startProxy,
  type ValidatingProxy,
} from "./server.js";
