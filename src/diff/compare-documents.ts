// `apiconnectors diff`'s engine: matches the operations of two bundled documents by method
// and path template (parameter names aside) and runs every check on each pair.
import { child, FindingCollector, isObject, type Json, member } from "./context.js";
import { type DiffReport, LEVELS } from "./model.js";
import { OperationContext, type OperationPair } from "./operation-pair.js";
import { OPERATION_RULES } from "./rules/operation-rules.js";
import { checkSecuritySchemes } from "./rules/security-schemes.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

interface Located {
  operation: Json;
  method: string;
  path: string;
  pointer: string;
}

/** `/a/{id}/b` → `/a/{}/b`: paths that differ only in parameter names are one path (OAS 3.1 §4.8.8). */
function templateOf(path: string): string {
  return path
    .split("/")
    .map((segment) => (segment.startsWith("{") && segment.endsWith("}") ? "{}" : segment))
    .join("/");
}

function operationsOf(context: OperationContext, side: "old" | "new"): Map<string, Located> {
  const found = new Map<string, Located>();
  const paths = context.documents[side].paths;
  if (!isObject(paths)) return found;
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = context.resolve(side, rawItem, child("", "paths", path));
    if (!item.node) continue;
    for (const method of METHODS) {
      const operation = item.node[method];
      if (!isObject(operation)) continue;
      const template = templateOf(path);
      found.set(`${method.toUpperCase()} ${template}`, {
        operation,
        method: method.toUpperCase(),
        path,
        pointer: child(item.pointer, method),
      });
    }
  }
  return found;
}

export function compareDocuments(
  old: { document: Json; label: string },
  now: { document: Json; label: string },
): DiffReport {
  const collector = new FindingCollector();
  const context = new OperationContext({ old: old.document, new: now.document }, collector);
  const before = operationsOf(context, "old");
  const after = operationsOf(context, "new");
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const o = before.get(key);
    const n = after.get(key);
    const operationId = n?.operation.operationId ?? o?.operation.operationId;
    const method = (n ?? o)?.method ?? "";
    const path = (n ?? o)?.path ?? "";
    const pair: OperationPair = {
      name: typeof operationId === "string" ? operationId : `${method} ${path}`,
      method,
      path,
      ...(o ? { old: o.operation } : {}),
      ...(n ? { new: n.operation } : {}),
      oldPointer: o?.pointer ?? child("", "paths"),
      newPointer: n?.pointer ?? child("", "paths"),
      symbol:
        typeof operationId === "string"
          ? `operations${member(operationId)}`
          : `paths${member(path)}${member(method.toLowerCase())}`,
    };
    for (const rule of OPERATION_RULES) rule.check(pair, context);
  }
  checkSecuritySchemes(context);
  const findings = collector.findings().sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  return { old: old.label, new: now.label, findings };
}
