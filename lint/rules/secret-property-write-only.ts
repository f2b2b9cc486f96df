// A secret (Graph's `password`, `pkcs12Value`) may be sent but must never be read back
// (OWASP API3: excessive data exposure). The spec says which properties are secrets by
// marking them `writeOnly: true`; every other property of the same name, anywhere, must be
// `writeOnly` too, or, for the masked echo Graph returns ("******"), allow nothing but
// asterisks. "Write-only" is decided by the function that generates the runtime's list
// (scripts/lib/secret-properties.ts → generated/secret-properties.js), so the rule and the
// runtime's masking read one definition.
import type { Location, Oas3Rule, UserContext } from "@redocly/openapi-core";
import { isWriteOnlyProperty, MASK_PATTERN } from "../../scripts/lib/secret-properties.js";
import type { SchemaNode } from "./schema-node.js";

const isMask = (schema: SchemaNode | undefined) => schema?.pattern === MASK_PATTERN;

export const SecretPropertyWriteOnly: Oas3Rule = (options: { names?: string[] }) => {
  // The spec's own secrets, and any more the config names.
  const secrets = new Set<string>(options?.names ?? []);
  // Properties that are neither write-only nor masks: reported once every secret is known.
  const exposed: { name: string; location: Location; report: UserContext["report"] }[] = [];
  return {
    Schema: {
      enter(schema: SchemaNode, ctx: UserContext) {
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          if (typeof property !== "object" || property === null) continue;
          const resolve = (ref: string) => ctx.resolve<SchemaNode>({ $ref: ref }).node;
          if (isWriteOnlyProperty(property, resolve)) {
            secrets.add(name);
            continue;
          }
          if (isMask(property) || isMask(property.$ref ? resolve(property.$ref) : undefined)) continue;
          exposed.push({ name, location: ctx.location.child(["properties", name]), report: ctx.report });
        }
      },
    },
    Root: {
      leave() {
        for (const { name, location, report } of exposed)
          if (secrets.has(name))
            report({
              message: `Secret property "${name}" must be \`writeOnly: true\` (or a mask restricted to pattern '${MASK_PATTERN}'): the spec declares "${name}" write-only elsewhere.`,
              location,
            });
      },
    },
  };
};
