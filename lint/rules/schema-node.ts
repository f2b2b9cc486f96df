// The part of a JSON Schema node the rules read. Redocly's visitor hands rules the raw node;
// its own schema typings are not exported by @redocly/openapi-core, so the rules declare what
// they look at, and nothing more.
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  writeOnly?: boolean;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  discriminator?: { propertyName?: string; mapping?: Record<string, string> };
}
