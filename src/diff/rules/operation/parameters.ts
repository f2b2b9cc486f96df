// Parameters (path, query, header, cookie), matched by location and name. A new required
// parameter (a header included) or one removed breaks clients that do not send it or send
// it; its schema is compared as a request schema.
import { child, isObject, type Json, member, quote } from "../../context.js";
import type { OperationContext, OperationPair, OperationRule } from "../../operation-pair.js";

interface Parameter {
  node: Json;
  pointer: string;
}

/** The operation's parameters with the path item's, by "in:name" (an operation's own win, OAS 3.1 §4.8.9). */
function parametersOf(context: OperationContext, side: "old" | "new", pair: OperationPair): Map<string, Parameter> {
  const found = new Map<string, Parameter>();
  const operation = pair[side];
  if (!operation) return found;
  const document = context.documents[side];
  const pathPointer = child("", "paths", pair.path);
  const pathItem = (document.paths as Json | undefined)?.[pair.path];
  const lists: [unknown, string][] = [
    [isObject(pathItem) ? pathItem.parameters : undefined, child(pathPointer, "parameters")],
    [operation.parameters, child(side === "old" ? pair.oldPointer : pair.newPointer, "parameters")],
  ];
  for (const [list, pointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, index) => {
      const resolved = context.resolve(side, raw, child(pointer, index));
      if (resolved.node)
        found.set(`${String(resolved.node.in)}:${String(resolved.node.name)}`, {
          node: resolved.node,
          pointer: resolved.pointer,
        });
    });
  }
  return found;
}

export const parametersRule: OperationRule = {
  name: "parameters",
  check(pair, context) {
    if (!pair.old || !pair.new) return;
    const before = parametersOf(context, "old", pair);
    const after = parametersOf(context, "new", pair);
    const place = { operation: pair.name, direction: "request" as const };
    const symbol = (parameter: Json) =>
      `${pair.symbol}["parameters"]${member(String(parameter.in))}${member(String(parameter.name))}`;
    const label = (parameter: Json) => `${String(parameter.in)} parameter ${quote(parameter.name)}`;
    for (const [key, old] of before) {
      const now = after.get(key);
      if (!now) {
        context.report(place, {
          level: "breaking",
          rule: "request-parameter-removed",
          message: `${label(old.node)} removed: clients sending it may be rejected`,
          oldPointer: old.pointer,
          newPointer: pair.newPointer,
          symbol: symbol(old.node),
        });
        continue;
      }
      if (now.node.required === true && old.node.required !== true)
        context.report(place, {
          level: "breaking",
          rule: "request-parameter-required",
          message: `${label(now.node)} is now required`,
          oldPointer: old.pointer,
          newPointer: now.pointer,
          symbol: symbol(now.node),
        });
      if (old.node.schema !== undefined && now.node.schema !== undefined)
        context.compareSchemas(
          place,
          old.node.schema,
          now.node.schema,
          child(old.pointer, "schema"),
          child(now.pointer, "schema"),
          symbol(now.node),
        );
    }
    for (const [key, now] of after) {
      if (before.has(key)) continue;
      const required = now.node.required === true;
      context.report(place, {
        level: required ? "breaking" : "info",
        rule: required ? "request-parameter-added-required" : "request-parameter-added",
        message: required
          ? `required ${label(now.node)} added: clients that do not send it are rejected`
          : `optional ${label(now.node)} added`,
        oldPointer: pair.oldPointer,
        newPointer: now.pointer,
        symbol: symbol(now.node),
      });
    }
  },
};
