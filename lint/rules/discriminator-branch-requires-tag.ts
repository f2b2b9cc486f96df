// Every branch of a discriminated union must require its tag and pin it directly with
// `const`/`enum`: ajv's discriminator refuses anything else ("discriminator: … must be
// required", ajv#2281 for tags inside allOf), and openapi-typescript can only narrow on a
// literal it can see.
import type { Oas3Rule, UserContext } from "@redocly/openapi-core";
import type { SchemaNode } from "./schema-node.js";
import { pinnedTagValues, unionBranches } from "./tag-values.js";

export const DiscriminatorBranchRequiresTag: Oas3Rule = () => ({
  Schema: {
    enter(schema: SchemaNode, ctx: UserContext) {
      const tag = schema.discriminator?.propertyName;
      if (!tag) return;
      for (const branch of unionBranches(schema, ctx)) {
        const node = branch.resolved.node ?? {};
        const where = ctx.location.child([branch.keyword, branch.index]);
        const name = branch.ref ?? `#${branch.index}`;
        if (!Array.isArray(node.required) || !node.required.includes(tag))
          ctx.report({ message: `Branch ${name} does not list "${tag}" in \`required\`.`, location: where });
        if (!pinnedTagValues(node, tag, ctx))
          ctx.report({
            message: `Branch ${name} does not pin "${tag}" with \`const\` or \`enum\` in its own \`properties\`.`,
            location: where,
          });
      }
    },
  },
});
