// generated/operation-validators.js: operationId → the first-error validator of its request
// body and of each documented response status, bound once at import. validateRequest and
// validateResponse look an operation up in this table instead of resolving a schema name and
// reading a module namespace on every call (docs/benchmarks.md, "Validation").
import type { OperationEntry } from "./shapes/operations.js";

const VALIDATORS_IMPORT = 'import * as firstError from "./validators.js";';

/** `firstError.name` for a schema, or `null` for a body that must be absent. */
const reference = (schema: string | null | undefined): string =>
  schema ? `firstError[${JSON.stringify(schema)}]` : "null";

export function operationValidatorsModule(operations: OperationEntry[]): string {
  const entries = operations.map((op) => {
    const responses = Object.entries(op.responses)
      .map(([status, schema]) => `      ${JSON.stringify(status)}: ${reference(schema)},`)
      .join("\n");
    return [
      `  ${JSON.stringify(op.operationId)}: {`,
      `    request: ${reference(op.request?.schema)},`,
      // No prototype: a status such as "constructor" must find nothing.
      "    responses: {",
      "      __proto__: null,",
      responses,
      "    },",
      "  },",
    ].join("\n");
  });
  return [VALIDATORS_IMPORT, "export const operationValidators = {", "  __proto__: null,", ...entries, "};", ""].join(
    "\n",
  );
}
