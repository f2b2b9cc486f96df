// A response schema that gains a secret member (`password`, `pkcs12Value`): Graph never
// returns them, and a contract that says it does would have clients log or store them.
import { SECRET_PROPERTIES } from "../../../validate/types.js";
import { child, isObject, quote } from "../../context.js";
import type { SchemaRule } from "../../schema-pair.js";

export const secretInResponseRule: SchemaRule = {
  name: "secret in response",
  check(pair, report) {
    if (pair.direction !== "response" || !isObject(pair.new.properties)) return;
    const before = isObject(pair.old.properties) ? pair.old.properties : {};
    for (const name of Object.keys(pair.new.properties))
      if (SECRET_PROPERTIES.has(name) && !Object.hasOwn(before, name))
        report({
          level: "breaking",
          rule: "secret-in-response",
          message: `secret property ${quote(name)} added to a response: Graph never returns it`,
          oldPointer: pair.oldPointer,
          newPointer: child(pair.newPointer, "properties", name),
          symbol: `${pair.symbol}[${quote(name)}]`,
        });
  },
};
