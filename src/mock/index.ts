// The mock server's public API: start it from a test, or run `apiconnectors mock`.

export type { GraphVersion } from "../validate/graph-version.js";
export {
  FAULT_STATUSES,
  type FaultRule,
  FaultSpecError,
  type FaultStatus,
  parseFaults,
  type ScriptedFault,
} from "./faults.js";
export { MockOptionError } from "./options.js";
export type { RequestLogEntry } from "./pipeline.js";
export type { ConnectorResource } from "./representation.js";
export { type DataIssue, MockDataError } from "./seed-data.js";
export { type MockServer, type MockServerOptions, startMockServer } from "./server.js";
