// `const`: a changed constant breaks both sides; one added to a request narrows what clients
// may send, one dropped from a response widens what they may read.
import { quote } from "../../context.js";
import type { SchemaRule } from "../../schema-pair.js";

export const constRule: SchemaRule = {
  name: "const",
  check(pair, report) {
    const had = Object.hasOwn(pair.old, "const");
    const has = Object.hasOwn(pair.new, "const");
    if (!had && !has) return;
    if (had && has) {
      if (JSON.stringify(pair.old.const) !== JSON.stringify(pair.new.const))
        report({
          level: "breaking",
          rule: "const-changed",
          message: `const ${quote(pair.old.const)} → ${quote(pair.new.const)}`,
        });
      return;
    }
    if (pair.direction === "request")
      report(
        has
          ? {
              level: "breaking",
              rule: "request-const-added",
              message: `now must be ${quote(pair.new.const)}: other values clients send are rejected`,
            }
          : { level: "info", rule: "request-const-removed", message: `no longer fixed to ${quote(pair.old.const)}` },
      );
    else
      report(
        had
          ? {
              level: "breaking",
              rule: "response-const-removed",
              message: `no longer fixed to ${quote(pair.old.const)}: clients relying on the value break`,
            }
          : { level: "info", rule: "response-const-added", message: `now always ${quote(pair.new.const)}` },
      );
  },
};
