// `additionalProperties`: closing a request type rejects clients that send other members;
// opening a response type gives the generated type an index signature and clients members
// they do not know.
import type { SchemaRule } from "../../schema-pair.js";

export const additionalPropertiesRule: SchemaRule = {
  name: "additionalProperties",
  check(pair, report) {
    const closedBefore = pair.old.additionalProperties === false;
    const closedAfter = pair.new.additionalProperties === false;
    if (closedBefore === closedAfter) return;
    if (pair.direction === "request")
      report(
        closedAfter
          ? {
              level: "breaking",
              rule: "request-additional-properties-closed",
              message: "members the type does not declare are now rejected",
            }
          : {
              level: "info",
              rule: "request-additional-properties-opened",
              message: "members the type does not declare are now accepted",
            },
      );
    else
      report(
        closedAfter
          ? {
              level: "info",
              rule: "response-additional-properties-closed",
              message: "responses no longer carry undeclared members",
            }
          : {
              level: "warning",
              rule: "response-additional-properties-opened",
              message: "responses may carry undeclared members: the generated type gains an index signature",
            },
      );
  },
};
