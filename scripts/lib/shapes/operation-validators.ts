// The shape of generated/operation-validators.js; its declaration file is this file's
// declaration output (scripts/lib/declarations.ts).
import type { CompiledValidator } from "./validators.js";

export interface OperationValidators {
  /** The request body's validator, or null for an operation that takes no body. */
  request: CompiledValidator | null;
  /** Status code or range (`4XX`) → the body's validator, or null for a response without content. */
  responses: Record<string, CompiledValidator | null>;
}

export declare const operationValidators: Record<string, OperationValidators>;
