// Objects of contract types inside a payload of another operation: Graph's user-flow pages
// embed expanded connectors (`apiConnectorConfiguration.postFederationSignup`), each with an
// `authenticationConfiguration`. An object is recognised by its `@odata.type` (with or without
// `#`, case-insensitive as OData type names are matched) and checked against the contract
// schema for that type and direction; what is inside an object so checked is not checked again.
import { expectations } from "../../../generated/operations.js";
import { type ValidationIssue, validateAgainst } from "../../validate/index.js";
import { escapePointerToken } from "../../validate/pointer.js";

type Direction = "request" | "response";

const CONNECTOR_TYPE = "microsoft.graph.identityapiconnector";
const AUTH_PROPERTY = "authenticationConfiguration";

/** The schemas a connector is checked against: a response's entity, and a request's update body (no member required). */
const CONNECTOR_SCHEMA: Readonly<Record<Direction, string>> = {
  request: "identityApiConnectorUpdate",
  response: "identityApiConnector",
};

const normalise = (tag: string) => tag.replace(/^#/, "").toLowerCase();

/** Every authentication type either direction's union knows, from the generated discriminator table. */
const AUTH_TYPES = new Set(
  Object.values(expectations.discriminators)
    .flatMap((byTag) => byTag["@odata.type"] ?? [])
    .map(normalise),
);

/**
 * An authentication configuration is checked as the `authenticationConfiguration` of a
 * connector of that direction (the unions have no validator of their own), and its issues
 * are moved back to where the object is.
 */
function checkAuthentication(value: unknown, direction: Direction, at: string): ValidationIssue[] {
  const wrapper = direction === "response" ? { id: "embedded", [AUTH_PROPERTY]: value } : { [AUTH_PROPERTY]: value };
  const prefix = `/${AUTH_PROPERTY}`;
  return validateAgainst(CONNECTOR_SCHEMA[direction], wrapper)
    .issues.filter((issue) => issue.pointer === prefix || issue.pointer.startsWith(`${prefix}/`))
    .map((issue) => ({ ...issue, pointer: at + issue.pointer.slice(prefix.length) }));
}

export function validateEmbedded(body: unknown, direction: Direction): { issues: ValidationIssue[]; checked: number } {
  const issues: ValidationIssue[] = [];
  let checked = 0;
  const pending: Array<[unknown, string]> = [[body, ""]];
  while (pending.length > 0) {
    const [value, at] = pending.pop() as [unknown, string];
    if (value === null || typeof value !== "object") continue;
    const tag = Array.isArray(value) ? undefined : (value as Record<string, unknown>)["@odata.type"];
    const type = typeof tag === "string" ? normalise(tag) : undefined;
    if (type === CONNECTOR_TYPE) {
      checked++;
      issues.push(
        ...validateAgainst(CONNECTOR_SCHEMA[direction], value).issues.map((issue) => ({
          ...issue,
          pointer: at + issue.pointer,
        })),
      );
      continue;
    }
    if (type !== undefined && AUTH_TYPES.has(type)) {
      checked++;
      issues.push(...checkAuthentication(value, direction, at));
      continue;
    }
    const entries = Array.isArray(value)
      ? value.map((item, index) => [String(index), item] as const)
      : Object.entries(value);
    // Pushed last-first, so that objects are checked (and reported) in document order.
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index] as readonly [string, unknown];
      pending.push([child, `${at}/${escapePointerToken(key)}`]);
    }
  }
  return { issues, checked };
}
