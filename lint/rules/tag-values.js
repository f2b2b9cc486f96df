// Shared by the discriminator rules: the values a branch schema pins its tag to.

/** The `const`/`enum` values of `properties[tag]`, or undefined when the branch does not pin it directly. */
export function pinnedTagValues(branch, tag, ctx) {
  const declared = branch?.properties?.[tag];
  if (!declared) return undefined;
  const property = declared.$ref ? ctx.resolve(declared).node : declared;
  if (property && "const" in property) return [property.const];
  if (Array.isArray(property?.enum)) return property.enum;
  return undefined;
}

/** The union's branches (`oneOf` or `anyOf`) with their `$ref`s resolved. */
export function unionBranches(schema, ctx) {
  const branches = schema.oneOf ?? schema.anyOf ?? [];
  const keyword = schema.oneOf ? "oneOf" : "anyOf";
  return branches.map((branch, index) => ({
    ref: branch.$ref,
    index,
    keyword,
    resolved: branch.$ref ? ctx.resolve(branch) : { node: branch, location: undefined },
  }));
}
