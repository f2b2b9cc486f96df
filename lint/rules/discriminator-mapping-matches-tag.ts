// The OpenAPI discriminator says "this tag value means that schema" twice: once in
// `mapping`, once in each branch's `const`/`enum`. When the two disagree, openapi-typescript
// silently types the wrong value (openapi-typescript#2149) and Redocly reports nothing
// (redocly-cli#210). This rule makes them agree, in both directions.
import type { Oas3Rule, UserContext } from "@redocly/openapi-core";
import type { SchemaNode } from "./schema-node.js";
import { pinnedTagValues, type UnionBranch, unionBranches } from "./tag-values.js";

const nameOf = (branch: UnionBranch) => branch.ref ?? `#${branch.index}`;

export const DiscriminatorMappingMatchesTag: Oas3Rule = () => ({
  Schema: {
    enter(schema: SchemaNode, ctx: UserContext) {
      const tag = schema.discriminator?.propertyName;
      const mapping = schema.discriminator?.mapping;
      if (!tag || !mapping) return;
      const mappingLocation = ctx.location.child(["discriminator", "mapping"]);
      const branches = unionBranches(schema, ctx);
      const branchByLocation = new Map<string, UnionBranch>();
      for (const branch of branches)
        if (branch.resolved.location) branchByLocation.set(branch.resolved.location.absolutePointer, branch);

      const mappedBranches = new Set<UnionBranch>();
      for (const [value, target] of Object.entries(mapping)) {
        const resolved = ctx.resolve<SchemaNode>({ $ref: target });
        const branch = resolved.location && branchByLocation.get(resolved.location.absolutePointer);
        if (!branch) {
          ctx.report({
            message: `Mapping "${value}" points at ${target}, which is not one of the union's ${schema.oneOf ? "oneOf" : "anyOf"} branches.`,
            location: mappingLocation.child([value]),
          });
          continue;
        }
        mappedBranches.add(branch);
        const pinned = pinnedTagValues(resolved.node, tag, ctx);
        if (pinned && !pinned.includes(value))
          ctx.report({
            message: `Mapping key "${value}" differs from the "${tag}" value(s) its branch pins: ${pinned.map((v) => JSON.stringify(v)).join(", ")}.`,
            location: mappingLocation.child([value]),
          });
      }

      for (const branch of branches) {
        const pinned = pinnedTagValues(branch.resolved.node, tag, ctx) ?? [];
        for (const value of pinned)
          if (typeof value === "string" && !Object.hasOwn(mapping, value))
            ctx.report({
              message: `Branch ${nameOf(branch)} accepts "${tag}" = "${value}", which has no mapping key: generators would fall back to the schema name.`,
              location: ctx.location.child([branch.keyword, branch.index]),
            });
        if (!mappedBranches.has(branch) && pinned.length === 0)
          ctx.report({
            message: `Branch ${nameOf(branch)} is not named by any mapping key.`,
            location: ctx.location.child([branch.keyword, branch.index]),
          });
      }
    },
  },
});
