export { validateRequest, validateResponse, validateAgainst } from "./validate.js";
export { findOperation, listOperations, resolveOperation, responseFor, UnknownOperationError, type OperationEntry } from "./operations.js";
export { MAX_ISSUES } from "./issues.js";
export type { ValidationIssue, ValidationResult } from "./types.js";
export { SECRET_PROPERTIES } from "./types.js";
