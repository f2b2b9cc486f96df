// Every operation × direction × status validator as a Standard Schema V1 object
// (standardschema.dev; @standard-schema/spec 1.1), which is also a Standard JSON Schema.
// `validate` runs the same precompiled validators as validateRequest/validateResponse, so
// issues carry the same messages (never a secret value) with the JSON pointer as a path.
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { listOperations, type OperationEntry } from "../validate/operations.js";
import type { ValidationResult } from "../validate/types.js";
import { validateRequest, validateResponse } from "../validate/validate.js";
import { issuePath } from "./issue-path.js";
import { jsonSchemaFor } from "./json-schema.js";
import type { ApiConnectorsSchema, OperationSchemas } from "./types.js";

export const VENDOR = "apiconnectors";

function toResult<T>(value: unknown, result: ValidationResult): StandardSchemaV1.Result<T> {
  if (result.valid) return { value: value as T };
  return {
    issues: result.issues.map((issue) => {
      const path = issuePath(value, issue.pointer);
      return path.length === 0 ? { message: issue.message } : { message: issue.message, path };
    }),
  };
}

function standardSchema<T>(schema: string | null, check: (value: unknown) => ValidationResult): ApiConnectorsSchema<T> {
  const jsonSchema = (options: { target: string }) => jsonSchemaFor(schema, options.target);
  return Object.freeze({
    "~standard": Object.freeze({
      version: 1 as const,
      vendor: VENDOR,
      validate: (value: unknown) => toResult<T>(value, check(value)),
      jsonSchema: Object.freeze({ input: jsonSchema, output: jsonSchema }),
    }),
  });
}

function operationSchemas(op: OperationEntry): Record<string, unknown> {
  const response: Record<string, ApiConnectorsSchema<unknown>> = {};
  for (const [status, schema] of Object.entries(op.responses))
    response[status] = standardSchema(schema, (value) => validateResponse(op.operationId, status, value));
  const entry: Record<string, unknown> = { response: Object.freeze(response) };
  if (op.request) {
    entry.request = standardSchema(op.request.schema, (value) => validateRequest(op.operationId, value));
  }
  return Object.freeze(entry);
}

/** `schemas.createIdentityApiConnector.request`, `schemas.getIdentityApiConnector.response[200]`, … */
export const schemas: OperationSchemas = Object.freeze(
  Object.fromEntries(listOperations().map((op) => [op.operationId, operationSchemas(op)])),
) as unknown as OperationSchemas;
