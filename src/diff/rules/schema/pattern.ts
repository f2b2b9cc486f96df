// `pattern`: a request pattern added or changed may reject what clients send (whether one
// regular expression accepts a subset of another is not decided here: any change counts).
import { type SchemaRule, stringKeywordChange } from "../../schema-pair.js";

export const patternRule: SchemaRule = {
  name: "pattern",
  check(pair, report) {
    const changed = stringKeywordChange(pair, "pattern");
    if (!changed) return;
    const { before, after, change } = changed;
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
