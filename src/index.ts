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
// The mock server is Node-only (node:http): it has its own entry, `apiconnectors/mock`.
