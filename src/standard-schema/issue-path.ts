// A JSON pointer into a payload as a Standard Schema issue path: property names stay
// strings and array indices become numbers, so that consumers which map issues to fields by
// path (TanStack Form's `items[0].name`) find them.
import { pointerTokens } from "../validate/pointer.js";

export function issuePath(data: unknown, pointer: string): PropertyKey[] {
  const path: PropertyKey[] = [];
  let current: unknown = data;
  for (const token of pointerTokens(pointer)) {
    const isIndex = Array.isArray(current) && /^(?:0|[1-9]\d*)$/.test(token);
    path.push(isIndex ? Number(token) : token);
    current =
      current !== null && typeof current === "object" && Object.hasOwn(current, token)
        ? (current as Record<string, unknown>)[token]
        : undefined;
  }
  return path;
}
