// One resource type's page, in the order of Graph's resource pages (microsoft-graph-docs-contrib,
// api-reference/*/resources/*.md): description, derived types (abstract types), methods,
// properties, relationships and the JSON representation with its `@odata.type`.

import { type PageOptions, pageHead, titleBlock } from "./front-matter.js";
import {
  graphTypeOf,
  propertyDescription,
  RESOURCE_TYPES,
  type ResourceType,
  resourceFile,
  resourceLink,
  typeCell,
} from "./graph-types.js";
import { codeBlock, metadata, page, table } from "./markdown.js";
import { pageNames } from "./names.js";
import {
  cellText,
  firstSentence,
  isObject,
  type Json,
  type JsonObject,
  refName,
  type Spec,
  type SpecOperation,
} from "./spec.js";

export interface ResourceProperty {
  name: string;
  type: string;
  description: string;
  /** The property's schema, for the JSON representation. */
  schema: Json;
}

/** Every property any schema of the type declares (not the OData annotations), in alphabetical order as Graph lists them. */
export function resourceProperties(spec: Spec, resource: ResourceType): ResourceProperty[] {
  const found = new Map<string, ResourceProperty>();
  for (const schemaName of resource.schemas) {
    const properties = spec.schema(schemaName).properties;
    if (!isObject(properties)) continue;
    for (const [name, property] of Object.entries(properties)) {
      if (name.startsWith("@odata.")) continue;
      const description = cellText(propertyDescription(spec, property));
      const known = found.get(name);
      if (!known) found.set(name, { name, type: typeCell(spec, property), description, schema: property });
      else if (!known.description) known.description = description;
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The concrete types of an abstract one: the Graph types of its unions' branches. */
export function derivedTypes(spec: Spec, resource: ResourceType): string[] {
  const derived = new Set<string>();
  for (const schemaName of resource.schemas) {
    const branches = spec.schema(schemaName).oneOf;
    for (const branch of Array.isArray(branches) ? branches : []) {
      const type = graphTypeOf(refName(branch) ?? "");
      if (type) derived.add(type);
    }
  }
  return [...derived];
}

function baseTypeOf(spec: Spec, name: string): string | undefined {
  return RESOURCE_TYPES.find((resource) => resource.abstract && derivedTypes(spec, resource).includes(name))?.name;
}

/** The Graph type an operation's body or result is (a collection result counts as its items' type). */
function operationTypes(operation: SpecOperation): string[] {
  const value = isObject(operation.success.schema?.properties) ? operation.success.schema.properties.value : undefined;
  const schemas = [
    operation.success.schemaName,
    isObject(value) ? refName(value.items) : undefined,
    operation.requestSchemaName,
  ];
  return schemas.flatMap((schema) => (schema && graphTypeOf(schema) ? [graphTypeOf(schema) as string] : []));
}

/**
 * The operations a type's Methods table lists: every operation under the path of the ones
 * whose body or result is that type (so Delete, which has neither, is listed with the others).
 */
function methodsOf(spec: Spec, name: string): SpecOperation[] {
  const roots = spec.operations.filter((operation) => operationTypes(operation).includes(name)).map((o) => o.path);
  const root = roots.sort((a, b) => a.length - b.length)[0];
  return root === undefined ? [] : spec.operations.filter((operation) => operation.path.startsWith(root));
}

function returnType(spec: Spec, operation: SpecOperation): string {
  const { schemaName, schema } = operation.success;
  const type = schemaName ? graphTypeOf(schemaName) : undefined;
  if (type) return resourceLink(type);
  const items = isObject(schema?.properties) ? schema.properties.value : undefined;
  return isObject(items) ? `${typeCell(spec, items.items)} collection` : "None";
}

/** A placeholder value for the JSON representation: the type's name, as Graph's pages write it. */
function placeholder(spec: Spec, schema: Json, key: boolean): Json {
  const named = refName(schema);
  const type = named ? graphTypeOf(named) : undefined;
  if (type) return { "@odata.type": `microsoft.graph.${type}` };
  const resolved: JsonObject = named ? spec.resolve(schema) : isObject(schema) ? schema : {};
  const branches = Array.isArray(resolved.oneOf)
    ? resolved.oneOf.filter((b) => !(isObject(b) && b.type === "null"))
    : [];
  if (branches.length === 1) return placeholder(spec, branches[0] ?? null, key);
  if (resolved.type === "array") return [placeholder(spec, resolved.items ?? null, false)];
  const cell = typeCell(spec, resolved);
  return key ? `${cell} (identifier)` : cell;
}

export function resourcePage(spec: Spec, resource: ResourceType, options: PageOptions): { file: string; text: string } {
  const title = `${resource.name} resource type`;
  const summary = firstSentence(spec.schema(resource.summary).description);
  const properties = resourceProperties(spec, resource);
  const derived = resource.abstract ? derivedTypes(spec, resource) : [];
  const methods = methodsOf(spec, resource.name);
  const baseType = baseTypeOf(spec, resource.name);

  const representation: JsonObject = { "@odata.type": `#microsoft.graph.${resource.name}` };
  for (const property of properties)
    representation[property.name] = placeholder(spec, property.schema, property.name === resource.keyProperty);
  const meta: Record<string, string | boolean> = {
    blockType: "resource",
    "@odata.type": `microsoft.graph.${resource.name}`,
  };
  if (baseType) meta.baseType = `microsoft.graph.${baseType}`;
  if (resource.keyProperty) meta.keyProperty = resource.keyProperty;
  meta.openType = false;

  const text = page([
    pageHead(options, { title, description: summary, docType: "resourcePageType" }),
    titleBlock(options, title),
    summary,
    baseType ? `Inherits from ${resourceLink(baseType)}.` : undefined,
    derived.length > 0
      ? `This type is abstract. Its derived types are:\n\n${derived.map((type) => `- ${resourceLink(type)}: ${firstSentence(spec.schema(RESOURCE_TYPES.find((r) => r.name === type)?.summary ?? type).description)}`).join("\n")}`
      : undefined,
    methods.length > 0
      ? [
          "## Methods",
          table(
            ["Method", "Return type", "Description"],
            methods.map((operation) => {
              const names = pageNames(operation);
              return [
                `[${names.title}](../api/${names.file})`,
                returnType(spec, operation),
                cellText(operation.summary),
              ];
            }),
          ),
        ].join("\n\n")
      : undefined,
    [
      "## Properties",
      table(
        ["Property", "Type", "Description"],
        properties.map((p) => [p.name, p.type, p.description]),
      ),
    ].join("\n\n"),
    // Only entity types (those with a key) have relationships; Graph's complex-type pages leave the section out.
    resource.keyProperty ? ["## Relationships", "None."].join("\n\n") : undefined,
    [
      "## JSON representation",
      "The JSON representation of the resource, each value standing for its type:",
      metadata(meta),
      codeBlock("json", JSON.stringify(representation, null, 2)),
    ].join("\n\n"),
  ]);
  return { file: `resources/${resourceFile(resource.name)}`, text };
}
