// TypeScript types for a whole document, by openapi-typescript: the one place its options
// live, used by `npm run generate` (generated/schema.d.ts) and by the consumer check, so a
// consumer is type-checked against exactly what the package would ship for that spec.
import type { Json } from "../load/bundle.js";
import { loadOpenApiTypescript } from "./tools.js";

export async function buildTypes(document: Json): Promise<string> {
  const { default: openapiTS, astToString } = await loadOpenApiTypescript();
  // openapi-typescript reads the object; a copy keeps its discriminator pass (which mutates
  // the schemas it visits) away from the document the other generators use.
  const ast = await openapiTS(structuredClone(document) as unknown as Parameters<typeof openapiTS>[0], {
    // Members the spec does not declare stay out of the types, but the schemas tolerate them.
    additionalProperties: false,
  });
  return astToString(ast);
}
