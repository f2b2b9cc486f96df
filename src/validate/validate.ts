// validateRequest / validateResponse: the library API (ARCHITECTURE.md, src/validate). Both use the
// precompiled validators (no schema is compiled at run time) and never throw on bad data.
import { type OperationValidators, operationValidators } from "../../generated/operation-validators.js";
import type { CompiledValidator } from "../../generated/validators.js";
import * as firstErrorValidators from "../../generated/validators.js";
import * as allErrorValidators from "../../generated/validators-all-errors.js";
import { toIssues } from "./issues.js";
import { type OperationEntry, resolveOperation, responseFor } from "./operations.js";
import { applySelect } from "./select.js";
import type { ValidationResult } from "./types.js";

/** A fresh result each time, so a caller that appends to `issues` cannot affect another call. */
const valid = (): ValidationResult => ({ valid: true, issues: [] });

function validatorNamed(module: Record<string, unknown>, schema: string): CompiledValidator {
  const validator = module[schema];
  if (typeof validator !== "function")
    throw new Error(`generated/ has no validator for schema "${schema}": run npm run generate`);
  return validator as CompiledValidator;
}

/**
 * Validates against one schema: the first-error validator decides (fast, and bounded on
 * hostile input); only a payload that fails is run again through the all-errors build to
 * report every finding, capped at MAX_ISSUES.
 */
export function validateAgainst(schema: string, body: unknown): ValidationResult {
  if (validatorNamed(firstErrorValidators, schema)(body)) return valid();
  const detailed = validatorNamed(allErrorValidators, schema);
  detailed(body);
  return { valid: false, issues: toIssues(detailed.errors ?? [], body, schema) };
}

interface BoundOperation {
  op: OperationEntry;
  validators: OperationValidators;
}

/** Operation names already resolved (operationIds and "METHOD /path" spellings), bounded. */
const bound = new Map<string, BoundOperation>();
const MAX_BOUND_NAMES = 256;

/** The operation and its validators for a name, resolved once per name. */
function bind(operation: string): BoundOperation {
  let entry = bound.get(operation);
  if (entry !== undefined) return entry;
  const op = resolveOperation(operation);
  const validators = operationValidators[op.operationId];
  if (!validators) throw new Error(`generated/ has no validators for "${op.operationId}": run npm run generate`);
  entry = { op, validators };
  if (bound.size >= MAX_BOUND_NAMES) bound.clear();
  bound.set(operation, entry);
  return entry;
}

/**
 * Validates a request body for an operation (operationId or "METHOD /path"). `body` is the
 * parsed JSON, or undefined for a request sent without a body. Throws UnknownOperationError
 * only for an operation the spec does not define.
 */
export function validateRequest(operation: string, body: unknown): ValidationResult {
  const { op, validators } = bind(operation);
  // The common case first: a body that conforms costs one table lookup and the validator.
  if (body !== undefined && validators.request?.(body)) return valid();
  if (!op.request) {
    return body === undefined
      ? valid()
      : {
          valid: false,
          issues: [{ pointer: "", keyword: "body", message: `${op.operationId} takes no request body` }],
        };
  }
  if (body === undefined) {
    return op.request.required
      ? {
          valid: false,
          issues: [{ pointer: "", keyword: "body", message: `${op.operationId} requires a JSON request body` }],
        }
      : valid();
  }
  return validateAgainst(op.request.schema, body);
}

export interface ResponseOptions {
  /**
   * The request's `$select` (property names, e.g. `["displayName"]`, or the query string's
   * value `"id,displayName"`). A 2xx body then carries what was selected: a property the
   * schema requires but that was not selected may be absent, and a property that was not
   * selected must not be there (`id` and `@odata.*` annotations excepted, which Graph may add).
   */
  select?: readonly string[] | string;
}

/**
 * Validates a response body for an operation and HTTP status. `body` is the parsed JSON, or
 * undefined for a response with no content (204).
 */
export function validateResponse(
  operation: string,
  status: number | string,
  body: unknown,
  options: ResponseOptions = {},
): ValidationResult {
  const { op, validators } = bind(operation);
  const { select } = options;
  // An exact status with a conforming body (and no $select to hold it to); anything else takes the full path below.
  if (body !== undefined && select === undefined && validators.responses[status]?.(body)) return valid();
  const response = responseFor(op, status);
  if (!response) {
    const documented = Object.keys(op.responses).join(", ");
    return {
      valid: false,
      issues: [
        {
          pointer: "",
          keyword: "status",
          message: `status ${String(status)} is not a documented response of ${op.operationId} (documented: ${documented})`,
        },
      ],
    };
  }
  if (response.schema === null) {
    return body === undefined
      ? valid()
      : {
          valid: false,
          issues: [
            {
              pointer: "",
              keyword: "body",
              message: `a ${response.key} response of ${op.operationId} has no content, but a body was given`,
            },
          ],
        };
  }
  if (body === undefined) {
    return {
      valid: false,
      issues: [
        {
          pointer: "",
          keyword: "body",
          message: `a ${response.key} response of ${op.operationId} has a JSON body, but none was given`,
        },
      ],
    };
  }
  const result = validateAgainst(response.schema, body);
  if (select === undefined || !response.key.startsWith("2")) return result;
  return applySelect(result, body, select);
}
