// `format` (ajv-formats validates it here): in a request, a format added or changed may
// reject what clients send; in a response, one dropped or changed breaks clients that parse
// the value (a date-time they pass to `new Date`).
import { type SchemaRule, stringKeywordChange } from "../../schema-pair.js";

export const formatRule: SchemaRule = {
  name: "format",
  check(pair, report) {
    const changed = stringKeywordChange(pair, "format");
    if (!changed) return;
    const { before, after, change } = changed;
    if (pair.direction === "request")
      report(
        after !== undefined
          ? {
              level: "breaking",
              rule: "request-format-narrowed",
              message: `${change}: values clients send may be rejected`,
            }
          : { level: "info", rule: "request-format-removed", message: change },
      );
    else
      report(
        before !== undefined
          ? {
              level: "warning",
              rule: "response-format-changed",
              message: `${change}: clients parsing the value may fail`,
            }
          : { level: "info", rule: "response-format-added", message: change },
      );
  },
};
