// The bundled contract (generated/openapi.json) as the page generators read it: operations in
// path order, local `$ref`s resolved, and the prose of a schema or property reduced to what a
// docs table holds. The same file ships with the package, so the command works from dist/.
import { readFileSync } from "node:fs";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface SpecExample {
  /** The key under `examples` (e.g. `basicAuthentication`). */
  key: string;
  summary: string;
  value: Json;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  /** The path template, e.g. `/identity/apiConnectors/{identityApiConnectorId}`. */
  path: string;
  summary: string;
  description: string;
  /** Query parameters, resolved. */
  query: JsonObject[];
  /** Header parameters, resolved. */
  headers: JsonObject[];
  /** The path parameter (at most one here), resolved. */
  pathParameter: JsonObject | undefined;
  requestSchema: JsonObject | undefined;
  /** The name of the request body's schema, when it is a component. */
  requestSchemaName: string | undefined;
  requestExamples: SpecExample[];
  /** The 2xx status and what it carries. */
  success: {
    status: string;
    description: string;
    schema: JsonObject | undefined;
    schemaName: string | undefined;
    examples: SpecExample[];
  };
  /** Scopes of the operation's security requirement (its own, or the document's). */
  scopes: string[];
}

export interface Spec {
  document: JsonObject;
  operations: SpecOperation[];
  resolve(node: Json | undefined): JsonObject;
  schema(name: string): JsonObject;
}

const HTTP_METHODS = ["get", "post", "patch", "put", "delete"];

export const BUNDLED_SPEC_URL = new URL("../../generated/openapi.json", import.meta.url);

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads a spec (default: the bundled one) into the model the page generators use. */
export function loadSpec(document: JsonObject = JSON.parse(readFileSync(BUNDLED_SPEC_URL, "utf8"))): Spec {
  // Local JSON pointers only (RFC 6901): the bundle has no external references left.
  const pointer = (ref: string): Json => {
    if (!ref.startsWith("#/")) throw new Error(`cannot resolve ${JSON.stringify(ref)}: only local references`);
    let node: Json = document;
    for (const raw of ref.slice(2).split("/")) {
      const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      if (!isObject(node) || !(key in node)) throw new Error(`${ref} does not exist in the spec`);
      node = node[key] as Json;
    }
    return node;
  };
  const resolve = (node: Json | undefined): JsonObject => {
    let current = node;
    for (let depth = 0; isObject(current) && typeof current.$ref === "string"; depth++) {
      if (depth > 32) throw new Error(`reference cycle at ${current.$ref}`);
      current = pointer(current.$ref);
    }
    return isObject(current) ? current : {};
  };
  const examplesOf = (media: JsonObject | undefined): SpecExample[] =>
    Object.entries(isObject(media?.examples) ? media.examples : {}).map(([key, example]) => {
      const resolved = resolve(example);
      return { key, summary: String(resolved.summary ?? key), value: resolved.value ?? null };
    });
  const globalScopes = scopesOf(document.security);

  const operations: SpecOperation[] = [];
  const DOCUMENTED_TAG = "apiConnectors";
  for (const [path, rawItem] of Object.entries(resolve(document.paths))) {
    const item = resolve(rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters.map(resolve) : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      // The pages are the identityApiConnector resource's (tag apiConnectors); the user-flow
      // operations belong to Graph's b2xIdentityUserFlow pages, which are not generated here.
      if (Array.isArray(operation.tags) && !operation.tags.includes(DOCUMENTED_TAG)) continue;
      const parameters = [...shared, ...(Array.isArray(operation.parameters) ? operation.parameters.map(resolve) : [])];
      const body = resolve(operation.requestBody);
      const requestMedia = isObject(body.content) ? resolve(body.content["application/json"]) : undefined;
      const [status, rawResponse] =
        Object.entries(resolve(operation.responses)).find(([code]) => /^2\d\d$/.test(code)) ?? [];
      if (!status) throw new Error(`${String(operation.operationId)} has no 2xx response`);
      const response = resolve(rawResponse);
      const responseMedia = isObject(response.content) ? resolve(response.content["application/json"]) : undefined;
      operations.push({
        operationId: String(operation.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(operation.summary ?? ""),
        description: String(operation.description ?? ""),
        query: parameters.filter((parameter) => parameter.in === "query"),
        headers: parameters.filter((parameter) => parameter.in === "header"),
        pathParameter: parameters.find((parameter) => parameter.in === "path"),
        requestSchema: requestMedia?.schema === undefined ? undefined : resolve(requestMedia.schema),
        requestSchemaName: refName(requestMedia?.schema),
        requestExamples: examplesOf(requestMedia),
        success: {
          status,
          description: String(response.description ?? ""),
          schema: responseMedia?.schema === undefined ? undefined : resolve(responseMedia.schema),
          schemaName: refName(responseMedia?.schema),
          examples: examplesOf(responseMedia),
        },
        scopes: operation.security === undefined ? globalScopes : scopesOf(operation.security),
      });
    }
  }
  const schemas = resolve(resolve(document.components).schemas);
  const schema = (name: string): JsonObject => {
    if (!isObject(schemas[name])) throw new Error(`the spec has no schema "${name}"`);
    return resolve(schemas[name]);
  };
  return { document, operations, resolve, schema };
}

function scopesOf(security: Json | undefined): string[] {
  if (!Array.isArray(security)) return [];
  const scopes = new Set<string>();
  for (const requirement of security)
    if (isObject(requirement))
      for (const list of Object.values(requirement))
        if (Array.isArray(list)) for (const s of list) scopes.add(String(s));
  return [...scopes];
}

/** The name a `$ref` points at (`#/components/schemas/httpsUrl` → `httpsUrl`). */
export function refName(node: Json | undefined): string | undefined {
  return isObject(node) && typeof node.$ref === "string" ? node.$ref.split("/").pop() : undefined;
}

export { isObject };

/**
 * A description as one table cell: its first paragraph, on one line, with the pipes that would
 * end the cell escaped (GFM tables).
 */
export function cellText(description: Json | undefined): string {
  if (typeof description !== "string") return "";
  const first = description.trim().split(/\n\s*\n/)[0] ?? "";
  return first.replace(/\s+/g, " ").replaceAll("|", "\\|").trim();
}

/** A description's first sentence (of its first paragraph): what a page's lead and front matter hold. */
export function firstSentence(description: Json | undefined): string {
  const paragraph = cellText(description);
  return paragraph.split(/(?<=\.)\s+(?=[A-Z`"])/)[0] ?? paragraph;
}

/** Each operation with its Operation Object in the spec's document (to annotate a copy of it). */
export function operationObjects(spec: Spec): { operation: SpecOperation; target: JsonObject }[] {
  const paths = spec.resolve(spec.document.paths);
  return spec.operations.flatMap((operation) => {
    const item = spec.resolve(paths[operation.path]);
    const target = item[operation.method.toLowerCase()];
    return isObject(target) ? [{ operation, target }] : [];
  });
}
