// TypeScript types for the whole document, by openapi-typescript (paths, components,
// operations). Run on the bundled document so types and validators read the same input.
import openapiTS, { astToString } from "openapi-typescript";
import type { OpenApiDocument } from "./bundle.js";

export async function buildTypes(document: OpenApiDocument): Promise<string> {
  // openapi-typescript reads the object; a copy keeps its discriminator pass (which mutates
  // the schemas it visits) away from the document the other generators use.
  const ast = await openapiTS(structuredClone(document) as unknown as Parameters<typeof openapiTS>[0], {
    // Members the spec does not declare stay out of the types, but the schemas tolerate them.
    additionalProperties: false,
  });
  return astToString(ast);
}
