// The generated type of each operation's request body and of each documented response, read
// from openapi-typescript's `operations` (generated/schema.d.ts): what `validate` promises
// on success, and what StandardSchemaV1.InferOutput gives a consumer.
import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import type { operations } from "../../generated/schema.js";

/** The `application/json` body of a request body or response object; `undefined` when it has none (204). */
type JsonBody<T> = T extends { content: { "application/json": infer Body } } ? Body : undefined;

/** A validator that is both a Standard Schema and a Standard JSON Schema. */
export interface ApiConnectorsSchema<T> extends StandardSchemaV1<T, T>, StandardJSONSchemaV1<T, T> {
  readonly "~standard": StandardSchemaV1.Props<T, T> & StandardJSONSchemaV1.Props<T, T>;
}

export type OperationId = keyof operations;

type RequestSchemas<Op> = Op extends { requestBody: infer Body }
  ? [Body] extends [never]
    ? Record<never, never>
    : { readonly request: ApiConnectorsSchema<JsonBody<Body>> }
  : Record<never, never>;

type ResponseSchemas<Op> = Op extends { responses: infer Responses }
  ? { readonly response: { readonly [Status in keyof Responses]: ApiConnectorsSchema<JsonBody<Responses[Status]>> } }
  : never;

/** `schemas[operationId]`: `.request` (when the operation takes a body) and `.response[status]`. */
export type OperationSchemas = {
  readonly [Id in OperationId]: RequestSchemas<operations[Id]> & ResponseSchemas<operations[Id]>;
};
