// The component schemas as plain JSON Schema 2020-12, for `~standard.jsonSchema` (the
// Standard JSON Schema of src/standard-schema/). OpenAPI's own vocabulary is dropped: a
// JSON Schema consumer knows neither `discriminator` (OAS 3.1 §4.8.25) nor `xml` or
// `externalDocs`, `example` is the deprecated singular of `examples`, and `x-` extensions are
// ours. `#/components/schemas/X` becomes `#/$defs/X`. Prose (title, description, examples)
// and readOnly/writeOnly stay: they are JSON Schema annotations forms and tools show.
import type { OpenApiDocument } from "./bundle.js";

type Json = Record<string, unknown>;

const COMPONENT_REF = /^#\/components\/schemas\//;
const OPENAPI_ONLY = new Set(["discriminator", "xml", "externalDocs", "example"]);

function copy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(copy);
  if (node === null || typeof node !== "object") return node;
  const result: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith("x-")) continue;
    result[key] = key === "$ref" && typeof value === "string" ? value.replace(COMPONENT_REF, "#/$defs/") : copy(value);
  }
  return result;
}

export function buildJsonSchemaDefs(document: OpenApiDocument, inlineSchemas: Map<string, Json>): Json {
  const source: Json = { ...(document.components.schemas as Json), ...Object.fromEntries(inlineSchemas) };
  const defs: Json = {};
  for (const name of Object.keys(source).sort()) defs[name] = copy(source[name]);
  return defs;
}

export const JSON_SCHEMAS_DECLARATION = [
  "/** The spec's schemas as JSON Schema 2020-12 (OpenAPI-only keywords removed), by component name. */",
  "export declare const jsonSchemaDefs: Readonly<Record<string, Readonly<Record<string, unknown>>>>;",
  "",
].join("\n");
