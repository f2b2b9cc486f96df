// The public API of the `apiconnectors` package.

export * from "./client/index.js";
export {
  findOperation,
  listOperations,
  MAX_ISSUES,
  type OperationEntry,
  SECRET_PROPERTIES,
  UnknownOperationError,
  type ValidationIssue,
  type ValidationResult,
  validateRequest,
  validateResponse,
} from "./validate/index.js";
// The mock server is Node-only (node:http): it has its own entry, `apiconnectors/mock`.
