// `type`: a request type that accepts less (string → integer, dropping "null") rejects what
// clients send; a response type that allows more gives clients values their code does not
// handle (the generated type widens: `string` → `string | null`).
import type { SchemaRule } from "../../schema-pair.js";

const covers = (types: Set<string>, type: string) => types.has(type) || (type === "integer" && types.has("number"));

function typesOf(schema: Record<string, unknown>): Set<string> | undefined {
  if (typeof schema.type === "string") return new Set([schema.type]);
  if (Array.isArray(schema.type)) return new Set(schema.type.map(String));
  return undefined;
}

export const typeRule: SchemaRule = {
  name: "type",
  check(pair, report) {
    const before = typesOf(pair.old);
    const after = typesOf(pair.new);
    if (before === undefined && after === undefined) return;
    const text = (types: Set<string> | undefined) => (types ? [...types].sort().join(" | ") : "any type");
    const change = `type ${text(before)} → ${text(after)}`;
    const narrowed = after !== undefined && (before === undefined || [...before].some((t) => !covers(after, t)));
    const widened = after === undefined || (before !== undefined && [...after].some((t) => !covers(before, t)));
    if (pair.direction === "request") {
      if (narrowed)
        report({
          level: "breaking",
          rule: "request-type-narrowed",
          message: `${change}: values clients send today are rejected`,
        });
      else if (widened)
        report({ level: "info", rule: "request-type-widened", message: `${change}: more values are accepted` });
    } else if (widened) {
      report({
        level: "breaking",
        rule: "response-type-widened",
        message: `${change}: responses may hold values clients do not handle`,
      });
    } else if (narrowed) {
      report({
        level: "info",
        rule: "response-type-narrowed",
        message: `${change}: responses hold fewer kinds of value`,
      });
    }
  },
};
