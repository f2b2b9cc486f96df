// `oneOf`/`anyOf` without a discriminator on both sides, branches matched by what they are
// (a `$ref` target, a type). A request union that loses a branch rejects clients sending
// it; a response union that gains one (`null` included: a member that becomes nullable)
// hands clients a value the generated type did not have.
import type { SchemaRule } from "../../schema-pair.js";

export const unionRule: SchemaRule = {
  name: "union branches",
  check(pair, report) {
    const union = pair.union;
    if (!union) return;
    for (const branch of union.removed)
      report(
        pair.direction === "request"
          ? {
              level: "breaking",
              rule: "request-union-branch-removed",
              message: `union branch ${branch.label} removed: clients sending it are rejected`,
              oldPointer: branch.pointer,
              newPointer: pair.newPointer,
            }
          : {
              level: "info",
              rule: "response-union-branch-removed",
              message: `union branch ${branch.label} no longer returned`,
              oldPointer: branch.pointer,
              newPointer: pair.newPointer,
            },
      );
    for (const branch of union.added)
      report(
        pair.direction === "response"
          ? {
              level: "breaking",
              rule: "response-union-branch-added",
              message:
                branch.label === "null"
                  ? "may now be null: the generated type gains `| null`"
                  : `union branch ${branch.label} added: responses may hold a value clients do not handle`,
              oldPointer: pair.oldPointer,
              newPointer: branch.pointer,
            }
          : {
              level: "info",
              rule: "request-union-branch-added",
              message: `union branch ${branch.label} added`,
              oldPointer: pair.oldPointer,
              newPointer: branch.pointer,
            },
      );
  },
};
