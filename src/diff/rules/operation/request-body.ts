// The request body: one newly required, a media type removed, or a body removed entirely
// breaks clients; each JSON body schema is compared as a request schema.
import { child, quote } from "../../context.js";
import type { OperationRule } from "../../operation-pair.js";
import { compareContent } from "./content.js";

export const requestBodyRule: OperationRule = {
  name: "request body",
  check(pair, context) {
    if (!pair.old || !pair.new) return;
    const place = { operation: pair.name, direction: "request" as const };
    const old = context.resolve("old", pair.old.requestBody, child(pair.oldPointer, "requestBody"));
    const now = context.resolve("new", pair.new.requestBody, child(pair.newPointer, "requestBody"));
    const symbol = `${pair.symbol}["requestBody"]`;
    if (!old.node && !now.node) return;
    if (!now.node) {
      context.report(place, {
        level: "breaking",
        rule: "request-body-removed",
        message: "the request body was removed: clients sending one may be rejected",
        oldPointer: old.pointer,
        newPointer: pair.newPointer,
        symbol,
      });
      return;
    }
    if (!old.node) {
      const required = now.node.required === true;
      context.report(place, {
        level: required ? "breaking" : "info",
        rule: required ? "request-body-added-required" : "request-body-added",
        message: required ? "a required request body was added" : "an optional request body was added",
        oldPointer: pair.oldPointer,
        newPointer: now.pointer,
        symbol,
      });
      return;
    }
    if (now.node.required === true && old.node.required !== true)
      context.report(place, {
        level: "breaking",
        rule: "request-body-required",
        message: "the request body is now required",
        oldPointer: old.pointer,
        newPointer: now.pointer,
        symbol,
      });
    compareContent(
      context,
      place,
      { node: old.node, pointer: old.pointer },
      { node: now.node, pointer: now.pointer },
      symbol,
      {
        level: "breaking",
        rule: "request-media-type-removed",
        message: (media) => `request media type ${quote(media)} removed`,
      },
    );
  },
};
