// Type-level tests of `apiconnectors/standard-schema` (checked by `tsc -p tsconfig.json` in
// `npm test`): StandardSchemaV1.InferOutput/InferInput give the generated types, and names
// the spec does not define do not compile.
import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import { expectTypeOf } from "vitest";
import type { components, operations } from "../../generated/schema.js";
import { schemas } from "../../src/standard-schema/index.js";

type Schemas = components["schemas"];

expectTypeOf<StandardSchemaV1.InferOutput<typeof schemas.createIdentityApiConnector.request>>().toEqualTypeOf<
  Schemas["identityApiConnectorCreate"]
>();
expectTypeOf<StandardSchemaV1.InferInput<typeof schemas.createIdentityApiConnector.request>>().toEqualTypeOf<
  Schemas["identityApiConnectorCreate"]
>();
expectTypeOf<StandardSchemaV1.InferOutput<(typeof schemas.createIdentityApiConnector.response)[201]>>().toEqualTypeOf<
  Schemas["identityApiConnector"]
>();
expectTypeOf<StandardSchemaV1.InferOutput<(typeof schemas.listIdentityApiConnectors.response)[200]>>().toEqualTypeOf<
  Schemas["identityApiConnectorCollection"]
>();
expectTypeOf<StandardSchemaV1.InferOutput<typeof schemas.updateIdentityApiConnector.request>>().toEqualTypeOf<
  Schemas["identityApiConnectorUpdate"]
>();
expectTypeOf<
  StandardSchemaV1.InferOutput<typeof schemas.uploadIdentityApiConnectorClientCertificate.request>
>().toEqualTypeOf<
  operations["uploadIdentityApiConnectorClientCertificate"]["requestBody"]["content"]["application/json"]
>();
expectTypeOf<StandardSchemaV1.InferOutput<(typeof schemas.getIdentityApiConnector.response)["4XX"]>>().toEqualTypeOf<
  Schemas["odataError"]
>();
// A 204 has no body.
expectTypeOf<
  StandardSchemaV1.InferOutput<(typeof schemas.deleteIdentityApiConnector.response)[204]>
>().toEqualTypeOf<undefined>();

// Each is a Standard JSON Schema as well.
expectTypeOf(schemas.createIdentityApiConnector.request).toExtend<
  StandardJSONSchemaV1<Schemas["identityApiConnectorCreate"]>
>();

// A successful result's value is the generated type.
export function created(body: unknown): Schemas["identityApiConnector"] | undefined {
  const result = schemas.createIdentityApiConnector.response[201]["~standard"].validate(body);
  if (result instanceof Promise || result.issues) return undefined;
  expectTypeOf(result.value).toEqualTypeOf<Schemas["identityApiConnector"]>();
  return result.value;
}

// @ts-expect-error a GET takes no body: there is no request schema
schemas.getIdentityApiConnector.request;
// @ts-expect-error 201 is not a documented status of a GET
schemas.getIdentityApiConnector.response[201];
// @ts-expect-error no such operation
schemas.createApiConnector;
