// The discriminator (OAS 3.1 §4.8.25), Graph's `@odata.type`. Consumers narrow the generated
// union on it, usually with an exhaustive `switch`. So a response union that gains a mapping
// key is breaking: the new branch reaches the `never` default. A request union that loses one
// rejects clients sending it. A key that now maps to another branch, or a changed tag
// property, breaks both sides.
import { isObject, quote } from "../../context.js";
import type { SchemaRule } from "../../schema-pair.js";

interface Discriminator {
  propertyName: string;
  mapping: Map<string, string>;
}

/** The explicit mapping, or the implicit one (the component names of the `oneOf` branches). */
export function discriminatorOf(schema: Record<string, unknown>): Discriminator | undefined {
  const discriminator = schema.discriminator;
  if (!isObject(discriminator) || typeof discriminator.propertyName !== "string") return undefined;
  const mapping = new Map<string, string>();
  if (isObject(discriminator.mapping)) {
    for (const [key, target] of Object.entries(discriminator.mapping)) mapping.set(key, String(target));
  } else {
    for (const branch of [
      ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
      ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
    ])
      if (isObject(branch) && typeof branch.$ref === "string")
        mapping.set(branch.$ref.split("/").at(-1) ?? branch.$ref, branch.$ref);
  }
  return { propertyName: discriminator.propertyName, mapping };
}

export const discriminatorRule: SchemaRule = {
  name: "discriminator",
  check(pair, report) {
    const before = discriminatorOf(pair.old);
    const after = discriminatorOf(pair.new);
    if (!before && !after) return;
    if (!before || !after) {
      report({
        level: "info",
        rule: after ? "discriminator-added" : "discriminator-removed",
        message: `the union ${after ? "now has" : "no longer has"} a discriminator`,
      });
      return;
    }
    if (before.propertyName !== after.propertyName) {
      report({
        level: "breaking",
        rule: "discriminator-property-changed",
        message: `discriminator property ${quote(before.propertyName)} → ${quote(after.propertyName)}: every narrowing on it breaks`,
      });
      return;
    }
    const tag = quote(before.propertyName);
    for (const [key, target] of after.mapping) {
      const old = before.mapping.get(key);
      if (old === undefined) {
        if (pair.direction === "response")
          report({
            level: "breaking",
            rule: "response-discriminator-value-added",
            message: `${tag} ${quote(key)} added to a response union: an exhaustive switch on ${tag} no longer compiles or misses it`,
          });
        else
          report({
            level: "info",
            rule: "request-discriminator-value-added",
            message: `${tag} ${quote(key)} added: clients may send another branch`,
          });
      } else if (old !== target) {
        report({
          level: "breaking",
          rule: "discriminator-mapping-changed",
          message: `${tag} ${quote(key)} now maps to ${target} instead of ${old}`,
        });
      }
    }
    for (const key of before.mapping.keys()) {
      if (after.mapping.has(key)) continue;
      if (pair.direction === "request")
        report({
          level: "breaking",
          rule: "request-discriminator-value-removed",
          message: `${tag} ${quote(key)} removed: clients sending that branch are rejected`,
        });
      else
        report({
          level: "warning",
          rule: "response-discriminator-value-removed",
          message: `${tag} ${quote(key)} no longer returned: a \`case\` for it no longer compiles`,
        });
    }
  },
};
