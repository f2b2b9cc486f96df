// The mock server's public API: start it from a test, or run `apiconnectors mock`.
export { startMockServer, type MockServer, type MockServerOptions } from "./server.js";
export { FAULT_STATUSES, FaultSpecError, parseFaults, type FaultRule, type FaultStatus, type ScriptedFault } from "./faults.js";
export { MockDataError, type DataIssue } from "./seed-data.js";
export type { RequestLogEntry } from "./pipeline.js";
export type { GraphVersion } from "./router.js";
export type { ConnectorResource } from "./representation.js";
