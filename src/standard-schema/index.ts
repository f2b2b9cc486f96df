// `apiconnectors/standard-schema`: the contract's validators for libraries that accept a
// Standard Schema (tRPC, TanStack Form, Hono, …). See README "Standard Schema".
export type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
export { schemas, VENDOR } from "./schemas.js";
export type { ApiConnectorsSchema, OperationId, OperationSchemas } from "./types.js";
