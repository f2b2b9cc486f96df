// The names of the spec's secrets: properties declared `writeOnly: true`, directly or through
// the schema they reference (OAS 3.1 §4.8.24 / JSON Schema Validation §9.4: a value that may
// be sent but is never returned). One definition, read from the spec, so that the runtime's
// masking (generated/operations.js → src/validate/secrets.ts), the lint rule
// (lint/rules/secret-property-write-only.ts) and the diff's secret checks cannot disagree.
import type { OpenApiDocument } from "./bundle.js";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;

/** Whether a property schema is write-only, itself or through the schema its `$ref` names. */
export function isWriteOnlyProperty(property: unknown, resolve: (ref: string) => unknown): boolean {
  if (!isObject(property)) return false;
  if (property.writeOnly === true) return true;
  if (typeof property.$ref !== "string") return false;
  const target = resolve(property.$ref);
  return isObject(target) && target.writeOnly === true;
}

/** Every property name some schema of the bundled document declares write-only, sorted. */
export function readSecretProperties(document: OpenApiDocument): string[] {
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const resolve = (ref: string) => {
    const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
    return match?.[1] === undefined ? undefined : schemas[match[1]];
  };
  const names = new Set<string>();
  // An explicit stack: schemas nest properties, items and combinators to any depth.
  const stack: unknown[] = Object.values(schemas);
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (isObject(node)) {
      if (isObject(node.properties))
        for (const [name, property] of Object.entries(node.properties))
          if (isWriteOnlyProperty(property, resolve)) names.add(name);
      for (const value of Object.values(node)) if (isObject(value) || Array.isArray(value)) stack.push(value);
    }
  }
  return [...names].sort();
}
