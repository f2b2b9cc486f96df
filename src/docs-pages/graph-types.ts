// The Graph resource types the pages document, and which schemas of the spec describe each.
// The spec splits a Graph type by direction (a create body, a response, a masked response);
// Graph's docs have one page per type, so a page reads all of its schemas.
import { isObject, type Json, type JsonObject, refName, type Spec } from "./spec.js";

export interface ResourceType {
  /** The Graph type name (`microsoft.graph.<name>`), also the page's name. */
  name: string;
  /** The schema whose description opens the page. */
  summary: string;
  /**
   * Its schemas, in the order their property descriptions are preferred: request schemas
   * first, since they say what a value means, where response schemas say what Graph returns.
   */
  schemas: readonly string[];
  /** Abstract base type: no properties of its own, derived types listed. */
  abstract?: boolean;
  /** An entity type's key (Graph marks it in the JSON representation's metadata). */
  keyProperty?: string;
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  {
    name: "identityApiConnector",
    summary: "identityApiConnector",
    schemas: ["identityApiConnectorCreate", "identityApiConnector"],
    keyProperty: "id",
  },
  {
    name: "apiAuthenticationConfigurationBase",
    summary: "apiAuthenticationConfigurationRequest",
    schemas: ["apiAuthenticationConfigurationRequest", "apiAuthenticationConfigurationResponse"],
    abstract: true,
  },
  {
    name: "basicAuthentication",
    summary: "basicAuthentication",
    schemas: ["basicAuthentication", "basicAuthenticationMasked"],
  },
  { name: "pkcs12Certificate", summary: "pkcs12Certificate", schemas: ["pkcs12Certificate"] },
  {
    name: "clientCertificateAuthentication",
    summary: "clientCertificateAuthentication",
    schemas: ["clientCertificateAuthentication"],
  },
  {
    name: "pkcs12CertificateInformation",
    summary: "pkcs12CertificateInformation",
    schemas: ["pkcs12CertificateInformation"],
  },
];

/** Schema name → the Graph type it describes (every schema of every resource type). */
const GRAPH_TYPE_OF = new Map<string, string>(
  RESOURCE_TYPES.flatMap((type) => type.schemas.map((schema) => [schema, type.name] as const)),
);
GRAPH_TYPE_OF.set("identityApiConnectorUpdate", "identityApiConnector");
GRAPH_TYPE_OF.set("identityApiConnectorWithClientCertificate", "identityApiConnector");

export function graphTypeOf(schemaName: string): string | undefined {
  return GRAPH_TYPE_OF.get(schemaName);
}

/** Graph's docs file name for a type: the name in lower case. */
export const resourceFile = (type: string): string => `${type.toLowerCase()}.md`;
export const resourceLink = (type: string): string => `[${type}](../resources/${resourceFile(type)})`;

/** The docs' spelling of a primitive (Edm) type. */
function primitive(schema: JsonObject): string | undefined {
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== "null") : [schema.type];
  const [type] = types;
  if (type === "string") return "String";
  if (type === "boolean") return "Boolean";
  if (type === "integer") return schema.format === "int64" ? "Int64" : "Int32";
  if (type === "number") return "Double";
  return undefined;
}

/** The Type cell of a property: a primitive name, or a link to the type's page. */
export function typeCell(spec: Spec, property: Json | undefined): string {
  if (!isObject(property)) return "";
  const named = refName(property);
  if (named) {
    const type = graphTypeOf(named);
    return type ? resourceLink(type) : typeCell(spec, spec.resolve(property));
  }
  const branches = Array.isArray(property.oneOf)
    ? property.oneOf.filter((b) => !(isObject(b) && b.type === "null"))
    : [];
  if (branches.length === 1) return typeCell(spec, branches[0]);
  if (property.type === "array" || (Array.isArray(property.type) && property.type.includes("array")))
    return `${typeCell(spec, property.items)} collection`;
  return primitive(property) ?? "Object";
}

/** A property's description: its own, else the description of the schema it refers to. */
export function propertyDescription(spec: Spec, property: Json | undefined): string | undefined {
  if (!isObject(property)) return undefined;
  if (typeof property.description === "string") return property.description;
  if (property.$ref !== undefined) return propertyDescription(spec, spec.resolve(property));
  const branches = Array.isArray(property.oneOf)
    ? property.oneOf.filter((b) => !(isObject(b) && b.type === "null"))
    : [];
  return branches.length === 1 ? propertyDescription(spec, branches[0]) : undefined;
}
