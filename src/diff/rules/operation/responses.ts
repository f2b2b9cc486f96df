// Responses by status. A status removed takes its generated `responses[…]` type with it (a
// warning: the service may still send it; code naming the type stops compiling); a body or a
// media type removed breaks clients that read it; response headers removed are warnings; each
// JSON body schema is compared as a response schema.
import { child, isObject, type Json, member, quote } from "../../context.js";
import type { OperationRule } from "../../operation-pair.js";
import { compareContent } from "./content.js";

export const responsesRule: OperationRule = {
  name: "responses",
  check(pair, context) {
    if (!pair.old || !pair.new) return;
    const oldResponses = (isObject(pair.old.responses) ? pair.old.responses : {}) as Json;
    const newResponses = (isObject(pair.new.responses) ? pair.new.responses : {}) as Json;
    for (const status of new Set([...Object.keys(oldResponses), ...Object.keys(newResponses)])) {
      const place = { operation: pair.name, direction: "response" as const, status };
      const symbol = `${pair.symbol}["responses"]${member(status)}`;
      const old = context.resolve("old", oldResponses[status], child(pair.oldPointer, "responses", status));
      const now = context.resolve("new", newResponses[status], child(pair.newPointer, "responses", status));
      if (!now.node) {
        if (old.node)
          context.report(place, {
            level: "warning",
            rule: "response-status-removed",
            message: `response ${status} removed from the contract`,
            oldPointer: old.pointer,
            newPointer: child(pair.newPointer, "responses"),
            symbol,
          });
        continue;
      }
      if (!old.node) {
        context.report(place, {
          level: /^2/.test(status) ? "warning" : "info",
          rule: "response-status-added",
          message: `response ${status} added${/^2/.test(status) ? ": a new success status clients may not handle" : ""}`,
          oldPointer: child(pair.oldPointer, "responses"),
          newPointer: now.pointer,
          symbol,
        });
        continue;
      }
      compareContent(
        context,
        place,
        { node: old.node, pointer: old.pointer },
        { node: now.node, pointer: now.pointer },
        symbol,
        {
          level: "breaking",
          rule: "response-media-type-removed",
          message: (media) => `response media type ${quote(media)} removed: clients reading it break`,
        },
      );
      const oldHeaders = (isObject(old.node.headers) ? old.node.headers : {}) as Json;
      const newHeaders = (isObject(now.node.headers) ? now.node.headers : {}) as Json;
      for (const name of Object.keys(oldHeaders)) {
        const headerSymbol = `${symbol}["headers"]${member(name)}`;
        if (!Object.hasOwn(newHeaders, name)) {
          context.report(place, {
            level: "warning",
            rule: "response-header-removed",
            message: `response header ${quote(name)} removed: clients reading it break`,
            oldPointer: child(old.pointer, "headers", name),
            newPointer: now.pointer,
            symbol: headerSymbol,
          });
          continue;
        }
        const oldHeader = context.resolve("old", oldHeaders[name], child(old.pointer, "headers", name));
        const newHeader = context.resolve("new", newHeaders[name], child(now.pointer, "headers", name));
        if (oldHeader.node?.required === true && newHeader.node?.required !== true)
          context.report(place, {
            level: "warning",
            rule: "response-header-optional",
            message: `response header ${quote(name)} may now be absent`,
            oldPointer: oldHeader.pointer,
            newPointer: newHeader.pointer,
            symbol: headerSymbol,
          });
      }
    }
  },
};
