// Length, size and range limits: in a request, a tighter limit rejects what clients send; in
// a response, a looser one hands them values longer or larger than they were promised.
import type { SchemaRule } from "../../schema-pair.js";

/** Each limit and whether a larger value of it accepts more ("upper") or less ("lower"). */
const LIMITS: ReadonlyArray<[string, "upper" | "lower"]> = [
  ["maxLength", "upper"],
  ["minLength", "lower"],
  ["maximum", "upper"],
  ["exclusiveMaximum", "upper"],
  ["minimum", "lower"],
  ["exclusiveMinimum", "lower"],
  ["maxItems", "upper"],
  ["minItems", "lower"],
  ["maxProperties", "upper"],
  ["minProperties", "lower"],
];

export const limitsRule: SchemaRule = {
  name: "limits",
  check(pair, report) {
    for (const [keyword, bound] of LIMITS) {
      const before = typeof pair.old[keyword] === "number" ? (pair.old[keyword] as number) : undefined;
      const after = typeof pair.new[keyword] === "number" ? (pair.new[keyword] as number) : undefined;
      if (before === after) continue;
      const unbounded = bound === "upper" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      const from = before ?? unbounded;
      const to = after ?? unbounded;
      const tighter = bound === "upper" ? to < from : to > from;
      const change = `${keyword} ${before ?? "none"} → ${after ?? "none"}`;
      if (pair.direction === "request")
        report(
          tighter
            ? {
                level: "breaking",
                rule: "request-limit-tightened",
                message: `${change}: values clients send today may be rejected`,
              }
            : { level: "info", rule: "request-limit-loosened", message: change },
        );
      else
        report(
          tighter
            ? { level: "info", rule: "response-limit-tightened", message: change }
            : {
                level: "warning",
                rule: "response-limit-loosened",
                message: `${change}: responses may exceed what clients were promised`,
              },
        );
    }
  },
};
