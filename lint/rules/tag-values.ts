// Shared by the discriminator rules: the values a branch schema pins its tag to.
import type { Location, UserContext } from "@redocly/openapi-core";
import type { SchemaNode } from "./schema-node.js";

export interface UnionBranch {
  ref: string | undefined;
  index: number;
  keyword: "oneOf" | "anyOf";
  resolved: { node: SchemaNode | undefined; location: Location | undefined };
}

/** The `const`/`enum` values of `properties[tag]`, or undefined when the branch does not pin it directly. */
export function pinnedTagValues(branch: SchemaNode | undefined, tag: string, ctx: UserContext): unknown[] | undefined {
  const declared = branch?.properties?.[tag];
  if (!declared) return undefined;
  const property = declared.$ref ? ctx.resolve<SchemaNode>({ $ref: declared.$ref }).node : declared;
  if (property && "const" in property) return [property.const];
  if (Array.isArray(property?.enum)) return property.enum;
  return undefined;
}

/** The union's branches (`oneOf` or `anyOf`) with their `$ref`s resolved. */
export function unionBranches(schema: SchemaNode, ctx: UserContext): UnionBranch[] {
  const branches = schema.oneOf ?? schema.anyOf ?? [];
  const keyword = schema.oneOf ? "oneOf" : "anyOf";
  return branches.map((branch, index) => {
    if (!branch.$ref) return { ref: undefined, index, keyword, resolved: { node: branch, location: undefined } };
    const resolved = ctx.resolve<SchemaNode>({ $ref: branch.$ref });
    return { ref: branch.$ref, index, keyword, resolved: { node: resolved.node, location: resolved.location } };
  });
}
