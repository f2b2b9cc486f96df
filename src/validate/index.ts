export { DEFAULT_GRAPH_VERSION, GRAPH_VERSIONS, type GraphVersion, isGraphVersion } from "./graph-version.js";
export { validateHeaders } from "./headers.js";
export { MAX_ISSUES } from "./issues.js";
export {
  findOperation,
  listOperations,
  type OperationEntry,
  resolveOperation,
  responseFor,
  UnknownOperationError,
} from "./operations.js";
export { parseQuery, queryOf, selectOf, validateQuery } from "./query.js";
export { isSecretMask, isSecretProperty, REDACTED, userInfoIn, userInfoRanges, withoutUserInfo } from "./secrets.js";
export { groupDigits, type PointedIssue, type SummaryOptions, showPointer, summarizeIssues } from "./summary.js";
export type { ValidationIssue, ValidationResult } from "./types.js";
export { SECRET_PROPERTIES } from "./types.js";
export { type ResponseOptions, validateAgainst, validateRequest, validateResponse } from "./validate.js";
