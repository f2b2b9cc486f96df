// `~standard.jsonSchema`: the JSON Schema of one body, self-contained (only the `$defs` it
// reaches), for the targets @standard-schema/spec 1.1 asks implementers to support:
// "draft-2020-12" (what OpenAPI 3.1 uses) and "draft-07" (`definitions` instead of `$defs`).
// Any other target throws, as the spec asks. Input and output are the same schema: the
// validators check and never transform.
import { jsonSchemaDefs } from "../../generated/json-schemas.js";

type Json = Record<string, unknown>;

const DIALECTS: Readonly<Record<string, { uri: string; defs: string }>> = {
  "draft-2020-12": { uri: "https://json-schema.org/draft/2020-12/schema", defs: "$defs" },
  "draft-07": { uri: "http://json-schema.org/draft-07/schema#", defs: "definitions" },
};

/** Keywords draft-07 does not have: a schema using one cannot be written for that target. */
const NOT_IN_DRAFT_07 = new Set([
  "prefixItems",
  "unevaluatedItems",
  "unevaluatedProperties",
  "dependentRequired",
  "dependentSchemas",
  "$anchor",
  "$dynamicRef",
  "$dynamicAnchor",
  "minContains",
  "maxContains",
]);

function reachable(name: string): string[] {
  const seen = new Set<string>();
  const visit = (schemaName: string): void => {
    if (seen.has(schemaName)) return;
    seen.add(schemaName);
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) for (const item of node) walk(item);
      else if (node !== null && typeof node === "object")
        for (const [key, value] of Object.entries(node)) {
          if (key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")) visit(value.slice(8));
          else walk(value);
        }
    };
    walk(jsonSchemaDefs[schemaName]);
  };
  visit(name);
  return [...seen].sort();
}

function rewrite(node: unknown, defsKeyword: string, target: string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, defsKeyword, target));
  if (node === null || typeof node !== "object") return node;
  const result: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (target === "draft-07" && NOT_IN_DRAFT_07.has(key))
      throw new Error(`apiconnectors: the schema uses "${key}", which JSON Schema draft-07 does not have`);
    result[key] =
      key === "$ref" && typeof value === "string"
        ? value.replace(/^#\/\$defs\//, `#/${defsKeyword}/`)
        : rewrite(value, defsKeyword, target);
  }
  return result;
}

/** The JSON Schema document for a body schema, or for "no body" (`schema` null: only `undefined` is valid, which JSON cannot say, so `false`). */
export function jsonSchemaFor(schema: string | null, target: string): Json {
  const dialect = Object.hasOwn(DIALECTS, target) ? DIALECTS[target] : undefined;
  if (!dialect)
    throw new Error(
      `apiconnectors: unsupported JSON Schema target ${JSON.stringify(target)}; supported: ${Object.keys(DIALECTS).join(", ")}`,
    );
  if (schema === null) return { $schema: dialect.uri, not: {} };
  const defs: Json = {};
  for (const name of reachable(schema)) defs[name] = rewrite(jsonSchemaDefs[name], dialect.defs, target);
  return {
    $schema: dialect.uri,
    $ref: `#/${dialect.defs}/${schema.replace(/~/g, "~0").replace(/\//g, "~1")}`,
    [dialect.defs]: defs,
  };
}
