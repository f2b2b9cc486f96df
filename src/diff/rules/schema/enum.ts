// `enum`: a request enum that loses a value rejects clients that send it; a response enum that
// gains one hands clients a value an exhaustive `switch` over the generated literal union does
// not handle (a warning: plain enums are often only shown; the discriminator has its own,
// stricter check, rules/schema/discriminator.ts).
import { quote } from "../../context.js";
import type { SchemaRule } from "../../schema-pair.js";

const values = (schema: Record<string, unknown>) =>
  Array.isArray(schema.enum) ? new Map(schema.enum.map((value) => [JSON.stringify(value), value])) : undefined;

export const enumRule: SchemaRule = {
  name: "enum",
  check(pair, report) {
    const before = values(pair.old);
    const after = values(pair.new);
    if (!before && !after) return;
    if (pair.direction === "request") {
      if (before && after) {
        for (const [key, value] of before)
          if (!after.has(key))
            report({
              level: "breaking",
              rule: "request-enum-value-removed",
              message: `enum value ${quote(value)} removed: clients sending it are rejected`,
            });
        for (const [key, value] of after)
          if (!before.has(key))
            report({ level: "info", rule: "request-enum-value-added", message: `enum value ${quote(value)} added` });
      } else if (after) {
        report({
          level: "breaking",
          rule: "request-enum-added",
          message: `now restricted to ${[...after.keys()].join(", ")}: other values clients send are rejected`,
        });
      } else {
        report({ level: "info", rule: "request-enum-removed", message: "no longer restricted to a list of values" });
      }
      return;
    }
    if (before && after) {
      for (const [key, value] of after)
        if (!before.has(key))
          report({
            level: "warning",
            rule: "response-enum-value-added",
            message: `enum value ${quote(value)} added: an exhaustive switch over the generated union misses it`,
          });
      for (const [key, value] of before)
        if (!after.has(key))
          report({
            level: "info",
            rule: "response-enum-value-removed",
            message: `enum value ${quote(value)} no longer returned`,
          });
    } else if (before) {
      report({
        level: "warning",
        rule: "response-enum-removed",
        message: "no longer restricted to a list of values: the generated literal union widens",
      });
    } else if (after) {
      report({
        level: "info",
        rule: "response-enum-added",
        message: `now restricted to ${[...after.keys()].join(", ")}`,
      });
    }
  },
};
