// readOnly and writeOnly. A member that becomes readOnly may no longer be sent. A secret
// (Graph's write-only `password` and `pkcs12Value`) that stops being writeOnly could be
// returned: that is its own check, whichever side the schema is on.
import { SECRET_PROPERTIES } from "../../../validate/types.js";
import { quote } from "../../context.js";
import type { SchemaRule } from "../../schema-pair.js";

export const readWriteOnlyRule: SchemaRule = {
  name: "readOnly/writeOnly",
  check(pair, report) {
    const name = pair.propertyName;
    const label = name === undefined ? "the value" : `property ${quote(name)}`;
    if (pair.direction === "request" && pair.new.readOnly === true && pair.old.readOnly !== true)
      report({
        level: "breaking",
        rule: "request-property-read-only",
        message: `${label} is now readOnly: clients may no longer send it`,
      });
    const wasWriteOnly = pair.old.writeOnly === true;
    const isWriteOnly = pair.new.writeOnly === true;
    if (wasWriteOnly === isWriteOnly) return;
    const secret = name !== undefined && SECRET_PROPERTIES.has(name);
    if (wasWriteOnly)
      report(
        secret
          ? {
              level: "breaking",
              rule: "secret-write-only-removed",
              message: `secret ${label} is no longer writeOnly: it could appear in responses`,
            }
          : { level: "warning", rule: "write-only-removed", message: `${label} is no longer writeOnly` },
      );
    else report({ level: "info", rule: "write-only-added", message: `${label} is now writeOnly` });
  },
};
