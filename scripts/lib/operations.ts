// Reads the bundled document's operations into the table the runtime uses to pick a
// validator: operation × direction × status → the name of a schema in `$defs`.
import type { OpenApiDocument } from "./bundle.js";
import type { HeaderParameterEntry, OperationEntry, QueryParameterEntry } from "./shapes/operations.js";

export type { HeaderParameterEntry, OperationEntry, QueryParameterEntry };

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const JSON_MEDIA = "application/json";
const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;

type Json = Record<string, unknown>;

/** Follows a local `#/components/...` reference (the bundle keeps shared objects as refs). */
function deref(document: OpenApiDocument, node: unknown): Json {
  let current = node as Json;
  for (let hops = 0; typeof current?.$ref === "string"; hops++) {
    if (hops > 16) throw new Error(`reference loop at ${String(current.$ref)}`);
    const pointer = String(current.$ref).replace(/^#\//, "").split("/").map(decodePointerToken);
    current = pointer.reduce<unknown>((at, key) => (at as Json)?.[key], document) as Json;
    if (current === undefined) throw new Error(`unresolved reference in bundle`);
  }
  return current;
}

function decodePointerToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * Names the schema of a JSON media type. Every body in this spec references a component; an
 * inline schema would be registered under a synthetic name so it still gets a validator.
 */
function schemaName(schema: Json | undefined, fallback: string, inline: Map<string, Json>): string {
  if (!schema) throw new Error(`${fallback}: application/json content has no schema`);
  const match = typeof schema.$ref === "string" ? SCHEMA_REF.exec(schema.$ref) : null;
  if (match?.[1]) return decodePointerToken(match[1]);
  inline.set(fallback, schema);
  return fallback;
}

/** The path item's and the operation's `in: query` parameters, as one closed object schema. */
function queryOf(
  document: OpenApiDocument,
  pathItem: Json,
  operation: Json,
  operationId: string,
  inline: Map<string, Json>,
): OperationEntry["query"] {
  const declared = [...((pathItem.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])]
    .map((parameter) => deref(document, parameter))
    .filter((parameter) => parameter.in === "query");
  const parameters: Record<string, QueryParameterEntry> = {};
  const properties: Record<string, Json> = {};
  for (const parameter of declared) {
    const name = String(parameter.name);
    const schema = deref(document, parameter.schema);
    const type = schema.type;
    if (type !== "string" && type !== "integer" && type !== "boolean" && type !== "array")
      throw new Error(
        `${operationId}: query parameter ${name} has type ${String(type)}, which the runtime cannot read`,
      );
    if (type === "array" && (parameter.style ?? "form") === "form" && parameter.explode !== false)
      throw new Error(`${operationId}: query parameter ${name} is an exploded array; only explode: false is read`);
    parameters[name] = { type };
    properties[name] = parameter.schema as Json;
  }
  const schema = `${operationId}_query`;
  inline.set(schema, { type: "object", additionalProperties: false, properties });
  return { schema, parameters };
}

/**
 * The path item's and the operation's `in: header` parameters: each name → its schema, named
 * after the shared parameter it comes from (`#/components/parameters/clientRequestId` →
 * `clientRequestId_header`), or after the operation for an inline one.
 */
function headersOf(
  document: OpenApiDocument,
  pathItem: Json,
  operation: Json,
  operationId: string,
  inline: Map<string, Json>,
): OperationEntry["headers"] {
  const headers: OperationEntry["headers"] = {};
  for (const reference of [...((pathItem.parameters ?? []) as Json[]), ...((operation.parameters ?? []) as Json[])]) {
    const parameter = deref(document, reference);
    if (parameter.in !== "header") continue;
    const name = String(parameter.name);
    const shared =
      typeof reference.$ref === "string" ? /^#\/components\/parameters\/([^/]+)$/.exec(reference.$ref) : null;
    const schema = shared?.[1] ? `${decodePointerToken(shared[1])}_header` : `${operationId}_header_${name}`;
    inline.set(schema, parameter.schema as Json);
    headers[name] = { schema, required: parameter.required === true };
  }
  return headers;
}

export function readOperations(document: OpenApiDocument): {
  operations: OperationEntry[];
  inlineSchemas: Map<string, Json>;
} {
  const operations: OperationEntry[] = [];
  const inlineSchemas = new Map<string, Json>();
  for (const [path, pathItemRef] of Object.entries(document.paths)) {
    const pathItem = deref(document, pathItemRef);
    for (const method of METHODS) {
      const operation = pathItem[method] as Json | undefined;
      if (!operation) continue;
      const operationId = String(operation.operationId);
      let request: OperationEntry["request"] = null;
      if (operation.requestBody) {
        const body = deref(document, operation.requestBody);
        const content = (body.content ?? {}) as Record<string, Json>;
        const media = content[JSON_MEDIA];
        if (!media) throw new Error(`${operationId}: the request body has no ${JSON_MEDIA} content`);
        request = {
          required: body.required === true,
          schema: schemaName(media.schema as Json, `${operationId}_request`, inlineSchemas),
        };
      }
      const responses: Record<string, string | null> = {};
      for (const [status, responseRef] of Object.entries((operation.responses ?? {}) as Json)) {
        const response = deref(document, responseRef);
        const media = (response.content as Record<string, Json> | undefined)?.[JSON_MEDIA];
        responses[status] = media ? schemaName(media.schema as Json, `${operationId}_${status}`, inlineSchemas) : null;
      }
      const query = queryOf(document, pathItem, operation, operationId, inlineSchemas);
      const headers = headersOf(document, pathItem, operation, operationId, inlineSchemas);
      operations.push({ operationId, method: method.toUpperCase(), path, request, responses, query, headers });
    }
  }
  return { operations, inlineSchemas };
}
