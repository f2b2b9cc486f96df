// The security schemes themselves (components.securitySchemes): one removed or of another
// type, an API key moved, an OAuth flow removed, breaks every client; changed endpoints
// (tokenUrl, authorizationUrl) and scopes the scheme no longer offers are warnings.
import { child, isObject, type Json, quote } from "../context.js";
import type { OperationContext } from "../operation-pair.js";

const schemesOf = (document: Json) => {
  const components = isObject(document.components) ? document.components : {};
  return (isObject(components.securitySchemes) ? components.securitySchemes : {}) as Json;
};

export function checkSecuritySchemes(context: OperationContext): void {
  const before = schemesOf(context.documents.old);
  const after = schemesOf(context.documents.new);
  for (const name of Object.keys(before)) {
    const place = { operation: `securityScheme ${name}`, direction: "security" as const };
    const pointer = child("", "components", "securitySchemes", name);
    const old = context.resolve("old", before[name], pointer);
    const now = context.resolve("new", after[name], pointer);
    if (!old.node) continue;
    if (!now.node) {
      context.report(place, {
        level: "breaking",
        rule: "security-scheme-removed",
        message: `security scheme ${quote(name)} removed`,
        oldPointer: old.pointer,
      });
      continue;
    }
    const where = { oldPointer: old.pointer, newPointer: now.pointer };
    for (const field of ["type", "in", "name", "scheme", "openIdConnectUrl"])
      if (old.node[field] !== now.node[field])
        context.report(place, {
          level: "breaking",
          rule: "security-scheme-changed",
          message: `security scheme ${quote(name)}: ${field} ${quote(old.node[field])} → ${quote(now.node[field])}`,
          ...where,
        });
    if (old.node.type !== now.node.type) continue;
    const oldFlows = (isObject(old.node.flows) ? old.node.flows : {}) as Record<string, Json>;
    const newFlows = (isObject(now.node.flows) ? now.node.flows : {}) as Record<string, Json>;
    for (const [flow, oldFlow] of Object.entries(oldFlows)) {
      const newFlow = newFlows[flow];
      const flowWhere = {
        oldPointer: child(old.pointer, "flows", flow),
        newPointer: child(now.pointer, "flows", flow),
      };
      if (!newFlow) {
        context.report(place, {
          level: "breaking",
          rule: "security-flow-removed",
          message: `security scheme ${quote(name)}: OAuth flow ${quote(flow)} removed`,
          ...flowWhere,
        });
        continue;
      }
      for (const url of ["authorizationUrl", "tokenUrl", "refreshUrl"])
        if (oldFlow[url] !== newFlow[url])
          context.report(place, {
            level: "warning",
            rule: "security-flow-url-changed",
            message: `security scheme ${quote(name)}: ${flow} ${url} changed`,
            ...flowWhere,
          });
      const oldScopes = isObject(oldFlow.scopes) ? Object.keys(oldFlow.scopes) : [];
      const newScopes = new Set(isObject(newFlow.scopes) ? Object.keys(newFlow.scopes) : []);
      for (const scope of oldScopes)
        if (!newScopes.has(scope))
          context.report(place, {
            level: "warning",
            rule: "security-scheme-scope-removed",
            message: `security scheme ${quote(name)}: ${flow} no longer offers scope ${quote(scope)}`,
            ...flowWhere,
          });
    }
  }
}
