// The reference sections of an operation page, between Permissions and Examples: the HTTP
// request, optional query parameters, request headers, request body and response.
import { graphTypeOf, propertyDescription, resourceLink, typeCell } from "./graph-types.js";
import { codeBlock, metadata, table } from "./markdown.js";
import { cellText, isObject, type Spec, type SpecOperation } from "./spec.js";

/** RFC 9110 §15 reason phrases of the statuses the contract uses. */
export const REASONS: Readonly<Record<string, string>> = {
  "200": "OK",
  "201": "Created",
  "202": "Accepted",
  "204": "No Content",
};

export function httpRequestSection(operation: SpecOperation): string {
  return [
    "## HTTP request",
    metadata({ blockType: "ignored" }),
    codeBlock("http", `${operation.method} ${operation.path}`),
  ].join("\n\n");
}

export function queryParametersSection(operation: SpecOperation): string | undefined {
  if (operation.query.length === 0) return undefined;
  const rows = operation.query.map((parameter) => [`\`${String(parameter.name)}\``, cellText(parameter.description)]);
  return [
    "## Optional query parameters",
    "This method takes the following [OData query parameters](/graph/query-parameters). Whether Graph's own documentation lists a parameter is said in its description.",
    table(["Name", "Description"], rows),
  ].join("\n\n");
}

export function requestHeadersSection(operation: SpecOperation): string {
  const rows = [["Authorization", "Bearer {token}. Required."]];
  if (operation.requestSchema) rows.push(["Content-Type", "application/json. Required."]);
  for (const header of operation.headers) {
    const required = header.required === true ? "Required." : "Optional.";
    rows.push([String(header.name), `${cellText(header.description)} ${required}`.trim()]);
  }
  return ["## Request headers", table(["Name", "Description"], rows)].join("\n\n");
}

/** The properties a request body may hold (every one but the OData annotations), in the spec's order. */
export function bodyProperties(
  spec: Spec,
  operation: SpecOperation,
): { name: string; type: string; description: string }[] {
  const schema = operation.requestSchema;
  if (!schema) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const properties = isObject(schema.properties) ? schema.properties : {};
  return Object.entries(properties)
    .filter(([name]) => !name.startsWith("@odata."))
    .map(([name, property]) => ({
      name,
      type: typeCell(spec, property),
      description:
        `${cellText(propertyDescription(spec, property))} ${required.has(name) ? "Required." : "Optional."}`.trim(),
    }));
}

export function requestBodySection(spec: Spec, operation: SpecOperation): string {
  if (!operation.requestSchema) return ["## Request body", "Don't supply a request body for this method."].join("\n\n");
  const type = operation.requestSchemaName ? graphTypeOf(operation.requestSchemaName) : undefined;
  const properties = bodyProperties(spec, operation);
  const lead = type
    ? `In the request body, supply a JSON representation of the ${resourceLink(type)} object with the following properties.`
    : "In the request body, supply a JSON object with the following parameters.";
  return [
    "## Request body",
    lead,
    table(
      [type ? "Property" : "Parameter", "Type", "Description"],
      properties.map((p) => [p.name, p.type, p.description]),
    ),
  ].join("\n\n");
}

export function responseSection(spec: Spec, operation: SpecOperation): string {
  const { status, schema, schemaName } = operation.success;
  const code = `\`${status} ${REASONS[status] ?? ""}\``.replace(" `", "`");
  let body = "";
  const items =
    isObject(schema?.properties) && isObject(schema.properties.value) ? schema.properties.value.items : undefined;
  const collectionOf = items === undefined ? undefined : typeCell(spec, items);
  const type = schemaName ? graphTypeOf(schemaName) : undefined;
  if (collectionOf) body = ` and a collection of ${collectionOf} objects in the response body`;
  else if (type) body = ` and ${/^[aeiou]/i.test(type) ? "an" : "a"} ${resourceLink(type)} object in the response body`;
  return ["## Response", `If successful, this method returns a ${code} response code${body}.`].join("\n\n");
}
