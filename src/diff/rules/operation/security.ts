// The security an operation requires (its own `security`, else the document's; OAS 3.1
// §4.8.10). A scheme or a scope a client must now present breaks every client whose token
// lacks it; requiring less is information.
import { child, isObject, quote } from "../../context.js";
import type { OperationContext, OperationPair, OperationRule } from "../../operation-pair.js";

/** scheme → scopes, over all the requirement objects (alternatives) of the operation. */
function requirements(context: OperationContext, pair: OperationPair, side: "old" | "new") {
  const operation = pair[side];
  const own = operation?.security;
  const list = Array.isArray(own)
    ? own
    : Array.isArray(context.documents[side].security)
      ? (context.documents[side].security as unknown[])
      : [];
  const pointer = Array.isArray(own)
    ? child(side === "old" ? pair.oldPointer : pair.newPointer, "security")
    : "/security";
  const schemes = new Map<string, Set<string>>();
  for (const requirement of list)
    if (isObject(requirement))
      for (const [scheme, scopes] of Object.entries(requirement)) {
        const known = schemes.get(scheme) ?? new Set<string>();
        for (const scope of Array.isArray(scopes) ? scopes : []) known.add(String(scope));
        schemes.set(scheme, known);
      }
  return { schemes, pointer };
}

export const securityRule: OperationRule = {
  name: "security",
  check(pair, context) {
    if (!pair.old || !pair.new) return;
    const before = requirements(context, pair, "old");
    const after = requirements(context, pair, "new");
    const place = { operation: pair.name, direction: "security" as const };
    const where = { oldPointer: before.pointer, newPointer: after.pointer };
    for (const [scheme, scopes] of after.schemes) {
      const old = before.schemes.get(scheme);
      if (!old) {
        context.report(place, {
          level: "breaking",
          rule: "security-requirement-added",
          message: `now requires security scheme ${quote(scheme)}`,
          ...where,
        });
        continue;
      }
      for (const scope of scopes)
        if (!old.has(scope))
          context.report(place, {
            level: "breaking",
            rule: "security-scope-added",
            message: `now requires scope ${quote(scope)} (${scheme}): tokens without it are refused`,
            ...where,
          });
      for (const scope of old)
        if (!scopes.has(scope))
          context.report(place, {
            level: "info",
            rule: "security-scope-removed",
            message: `no longer requires scope ${quote(scope)} (${scheme})`,
            ...where,
          });
    }
    for (const scheme of before.schemes.keys())
      if (!after.schemes.has(scheme))
        context.report(place, {
          level: "info",
          rule: "security-requirement-removed",
          message: `no longer requires security scheme ${quote(scheme)}`,
          ...where,
        });
  },
};
