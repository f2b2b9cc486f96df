// The public API of the `apiconnectors` package.
export {
  validateRequest,
  validateResponse,
  findOperation,
  listOperations,
  UnknownOperationError,
  MAX_ISSUES,
  SECRET_PROPERTIES,
  type OperationEntry,
  type ValidationIssue,
  type ValidationResult,
} from "./validate/index.js";
export * from "./client/index.js";
export {
  startMockServer,
  parseFaults,
  FaultSpecError,
  MockDataError,
  FAULT_STATUSES,
  type MockServer,
  type MockServerOptions,
  type FaultRule,
  type FaultStatus,
  type ScriptedFault,
  type RequestLogEntry,
  type DataIssue,
} from "./mock/index.js";
