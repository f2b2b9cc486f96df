// `required`: a request that needs a new member breaks every client that does not send it;
// a response member that stops being required becomes `T | undefined` in the generated type
// (code reading it stops compiling under strictNullChecks) and may be absent at run time.
import { child, isObject, quote } from "../../context.js";
import type { SchemaRule } from "../../schema-pair.js";

const requiredOf = (schema: Record<string, unknown>) =>
  new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);

export const requiredRule: SchemaRule = {
  name: "required",
  check(pair, report) {
    const before = requiredOf(pair.old);
    const after = requiredOf(pair.new);
    // A member removed from `properties` too is the properties check's finding, not this one's.
    const declared = isObject(pair.new.properties) ? pair.new.properties : undefined;
    const at = (name: string) => ({
      oldPointer: child(pair.oldPointer, "properties", name),
      newPointer: child(pair.newPointer, "properties", name),
      symbol: `${pair.symbol}[${quote(name)}]`,
    });
    for (const name of after)
      if (!before.has(name))
        report(
          pair.direction === "request"
            ? {
                level: "breaking",
                rule: "request-property-required",
                message: `property ${quote(name)} is now required: clients that leave it out are rejected`,
                ...at(name),
              }
            : {
                level: "info",
                rule: "response-property-required",
                message: `property ${quote(name)} is now always returned`,
                ...at(name),
              },
        );
    for (const name of before)
      if (!after.has(name) && (declared === undefined || Object.hasOwn(declared, name)))
        report(
          pair.direction === "request"
            ? {
                level: "info",
                rule: "request-property-optional",
                message: `property ${quote(name)} is now optional`,
                ...at(name),
              }
            : {
                level: "breaking",
                rule: "response-property-optional",
                message: `property ${quote(name)} may now be absent: the generated type becomes optional`,
                ...at(name),
              },
        );
  },
};
