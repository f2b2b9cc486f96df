// The names of the spec's secrets: properties declared `writeOnly: true`, directly or through
// the schema they reference (OAS 3.1 §4.8.24 / JSON Schema Validation §9.4: a value that may
// be sent but is never returned). One definition, read from the spec, so that the runtime's
// masking (generated/secret-properties.js → src/validate/secrets.ts), the lint rule
// (lint/rules/secret-property-write-only.ts) and the diff's secret checks cannot disagree.
import type { OpenApiDocument } from "./bundle.js";

type Json = Record<string, unknown>;

/**
 * Graph's mask for a secret it echoes without revealing (`"******"`): the one pattern a
 * secret-named property that is not write-only may have (spec: basicAuthenticationMasked).
 * The lint rule holds the spec to it, the generator writes it into generated/secret-properties.js
 * (`secretMask`), and the runtime (src/validate/secrets.ts `isSecretMask`) reads it from there.
 */
export const MASK_PATTERN = "^\\*+$";

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;

/** Whether a property schema is write-only, itself or through the schema its `$ref` names. */
export function isWriteOnlyProperty(property: unknown, resolve: (ref: string) => unknown): boolean {
  if (!isObject(property)) return false;
  if (property.writeOnly === true) return true;
  if (typeof property.$ref !== "string") return false;
  const target = resolve(property.$ref);
  return isObject(target) && target.writeOnly === true;
}

type Resolve = (ref: string) => unknown;

/** Calls `visit` for every named property of every component schema, at any depth. */
function eachProperty(document: OpenApiDocument, visit: (name: string, property: unknown, resolve: Resolve) => void) {
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const resolve = (ref: string) => {
    const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
    return match?.[1] === undefined ? undefined : schemas[match[1]];
  };
  // An explicit stack: schemas nest properties, items and combinators to any depth.
  const stack: unknown[] = Object.values(schemas);
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (isObject(node)) {
      if (isObject(node.properties))
        for (const [name, property] of Object.entries(node.properties)) visit(name, property, resolve);
      for (const value of Object.values(node)) if (isObject(value) || Array.isArray(value)) stack.push(value);
    }
  }
}

/** Every property name some schema of the bundled document declares write-only, sorted. */
export function readSecretProperties(document: OpenApiDocument): string[] {
  const names = new Set<string>();
  eachProperty(document, (name, property, resolve) => {
    if (isWriteOnlyProperty(property, resolve)) names.add(name);
  });
  return [...names].sort();
}

/**
 * MASK_PATTERN, once the document is seen to spell its masks with it: throws when a
 * secret-named property that is not write-only has another pattern (the lint rule reports the
 * same, with its location), so what the runtime accepts as a mask is what the spec allows.
 */
export function readSecretMaskPattern(document: OpenApiDocument): string {
  const secrets = new Set(readSecretProperties(document));
  const others = new Set<string>();
  eachProperty(document, (name, property, resolve) => {
    if (!secrets.has(name) || !isObject(property) || isWriteOnlyProperty(property, resolve)) return;
    const target = typeof property.$ref === "string" ? resolve(property.$ref) : property;
    const pattern = isObject(target) ? target.pattern : undefined;
    if (pattern !== MASK_PATTERN) others.add(`${name}: ${JSON.stringify(pattern ?? null)}`);
  });
  if (others.size > 0)
    throw new Error(
      `A secret property that is not writeOnly must have pattern ${MASK_PATTERN}; got ${[...others].join(", ")}`,
    );
  return MASK_PATTERN;
}
