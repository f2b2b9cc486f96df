// A secret (Graph's `password`, `pkcs12Value`) may be sent but must never be read back
// (OWASP API3: excessive data exposure). In the spec that means `writeOnly: true`, or, for
// the masked echo Graph returns ("******"), a schema that allows nothing but asterisks.
const DEFAULT_SECRETS = ["password", "pkcs12Value"];
const MASK_PATTERN = "^\\*+$";

function isMask(schema) {
  return schema?.pattern === MASK_PATTERN;
}

export default function SecretPropertyWriteOnly(options = {}) {
  const secrets = new Set(options.names ?? DEFAULT_SECRETS);
  return {
    Schema: {
      enter(schema, ctx) {
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          if (!secrets.has(name) || typeof property !== "object" || property === null) continue;
          const resolved = property.$ref ? ctx.resolve(property).node : property;
          const writeOnly = property.writeOnly === true || resolved?.writeOnly === true;
          if (writeOnly || isMask(property) || isMask(resolved)) continue;
          ctx.report({
            message: `Secret property "${name}" must be \`writeOnly: true\` (or a mask restricted to pattern '${MASK_PATTERN}').`,
            location: ctx.location.child(["properties", name]),
          });
        }
      },
    },
  };
}
