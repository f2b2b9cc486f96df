// `properties`: a response member removed breaks clients that read it (a compile error on
// the generated type); a request member removed is rejected when the type allows no others.
import { child, isObject, quote } from "../../context.js";
import type { SchemaRule } from "../../schema-pair.js";

const names = (schema: Record<string, unknown>) =>
  new Set(isObject(schema.properties) ? Object.keys(schema.properties) : []);

export const propertiesRule: SchemaRule = {
  name: "properties",
  check(pair, report) {
    if (!isObject(pair.old.properties) && !isObject(pair.new.properties)) return;
    const before = names(pair.old);
    const after = names(pair.new);
    const closed = pair.new.additionalProperties === false;
    for (const name of before) {
      if (after.has(name)) continue;
      const where = {
        oldPointer: child(pair.oldPointer, "properties", name),
        newPointer: pair.newPointer,
        symbol: `${pair.symbol}[${quote(name)}]`,
      };
      if (pair.direction === "response")
        report({
          level: "breaking",
          rule: "response-property-removed",
          message: `property ${quote(name)} removed: clients reading it break`,
          ...where,
        });
      else if (closed)
        report({
          level: "breaking",
          rule: "request-property-removed",
          message: `property ${quote(name)} removed and others are not allowed: clients sending it are rejected`,
          ...where,
        });
      else
        report({
          level: "warning",
          rule: "request-property-removed",
          message: `property ${quote(name)} removed: the service may ignore it`,
          ...where,
        });
    }
    // A new member the request requires is the required check's (breaking) finding.
    const required = new Set(Array.isArray(pair.new.required) ? pair.new.required.map(String) : []);
    for (const name of after) {
      if (before.has(name) || (pair.direction === "request" && required.has(name))) continue;
      const where = {
        oldPointer: pair.oldPointer,
        newPointer: child(pair.newPointer, "properties", name),
        symbol: `${pair.symbol}[${quote(name)}]`,
      };
      report({
        level: "info",
        rule: `${pair.direction}-property-added`,
        message: `property ${quote(name)} added`,
        ...where,
      });
    }
  },
};
