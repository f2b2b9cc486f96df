// Operations removed (every client calling one breaks), added, or renamed (the operationId
// names the generated `operations[…]` type, so code that names it stops compiling).
import { quote } from "../../context.js";
import type { OperationRule } from "../../operation-pair.js";

export const operationsRule: OperationRule = {
  name: "operations",
  check(pair, context) {
    const place = { operation: pair.name, direction: "operation" as const };
    const where = {
      ...(pair.old ? { oldPointer: pair.oldPointer } : {}),
      ...(pair.new ? { newPointer: pair.newPointer } : {}),
      symbol: pair.symbol,
    };
    if (!pair.new) {
      context.report(place, {
        level: "breaking",
        rule: "operation-removed",
        message: `${pair.method} ${pair.path} removed: clients calling it break`,
        ...where,
      });
      return;
    }
    if (!pair.old) {
      context.report(place, {
        level: "info",
        rule: "operation-added",
        message: `${pair.method} ${pair.path} added`,
        ...where,
      });
      return;
    }
    if (pair.old.operationId !== pair.new.operationId)
      context.report(place, {
        level: "warning",
        rule: "operation-id-changed",
        message: `operationId ${quote(pair.old.operationId)} → ${quote(pair.new.operationId)}: the generated operations[…] type is renamed`,
        ...where,
      });
  },
};
