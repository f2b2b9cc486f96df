// `pattern`: a request pattern added or changed may reject what clients send (whether one
// regular expression accepts a subset of another is not decided here: any change counts).
import { quote } from "../../context.js";
import type { SchemaRule } from "../../schema-pair.js";

export const patternRule: SchemaRule = {
  name: "pattern",
  check(pair, report) {
    const before = typeof pair.old.pattern === "string" ? pair.old.pattern : undefined;
    const after = typeof pair.new.pattern === "string" ? pair.new.pattern : undefined;
    if (before === after) return;
    const change = `pattern ${before === undefined ? "none" : quote(before)} → ${after === undefined ? "none" : quote(after)}`;
    if (pair.direction === "request") {
      if (after !== undefined)
        report({
          level: "breaking",
          rule: before === undefined ? "request-pattern-added" : "request-pattern-changed",
          message: `${change}: values clients send may be rejected`,
        });
      else report({ level: "info", rule: "request-pattern-removed", message: change });
    } else {
      report({ level: "info", rule: "response-pattern-changed", message: change });
    }
  },
};
