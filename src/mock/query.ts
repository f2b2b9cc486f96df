// The OData query options the mock honours, per operation. The names and allowed values come
// from the spec (checked against the generated types at compile time); an option the
// operation does not declare is answered 400, never silently ignored.
import type { components, operations } from "../../generated/schema.js";
import { unsupportedQuery } from "./errors.js";
import { type FilterClause, parseFilter } from "./filter.js";
import { CONNECTOR_PROPERTIES, type ConnectorProperty } from "./representation.js";
import type { OperationId } from "./router.js";
import { USER_FLOW_RELATIONSHIPS, type UserFlowRelationship } from "./user-flow-representation.js";
import { USER_FLOW_STEPS, type UserFlowStep } from "./user-flow-store.js";

type ListOption = keyof NonNullable<operations["listIdentityApiConnectors"]["parameters"]["query"]>;
type GetOption = keyof NonNullable<operations["getIdentityApiConnector"]["parameters"]["query"]>;
type OrderBy = components["parameters"]["orderby"][number];

/** Every option the spec declares, and only those (the `Exact` checks below fail to compile otherwise). */
const LIST_OPTIONS = [
  "$select",
  "$filter",
  "$orderby",
  "$top",
  "$count",
  "$expand",
  "$skiptoken",
] as const satisfies readonly ListOption[];
const GET_OPTIONS = ["$select", "$expand"] as const satisfies readonly GetOption[];
const ORDER_BY = [
  "id",
  "id asc",
  "id desc",
  "displayName",
  "displayName asc",
  "displayName desc",
  "targetUrl",
  "targetUrl asc",
  "targetUrl desc",
] as const satisfies readonly OrderBy[];
type Exact<Listed, Declared> = [Exclude<Declared, Listed>] extends [never] ? true : false;
const specCoverage: [
  Exact<(typeof LIST_OPTIONS)[number], ListOption>,
  Exact<(typeof GET_OPTIONS)[number], GetOption>,
  Exact<(typeof ORDER_BY)[number], OrderBy>,
  Exact<ConnectorProperty, components["parameters"]["select"][number]>,
] = [true, true, true, true];
void specCoverage;

/** `$skiptoken` is opaque: it only travels inside `@odata.nextLink`. */
const SKIP_TOKEN = "$skiptoken";
const EXPAND_ONLY = ["$expand"] as const;
const ALLOWED: Partial<Record<OperationId, readonly string[]>> = {
  listIdentityApiConnectors: LIST_OPTIONS,
  getIdentityApiConnector: GET_OPTIONS,
  listB2xUserFlows: EXPAND_ONLY,
  getB2xUserFlow: EXPAND_ONLY,
  getB2xUserFlowApiConnectorConfiguration: EXPAND_ONLY,
  listB2cUserFlows: EXPAND_ONLY,
  getB2cUserFlow: EXPAND_ONLY,
  getB2cUserFlowApiConnectorConfiguration: EXPAND_ONLY,
};
/** Where `$expand` names the steps of an apiConnectorConfiguration, and where a user flow's relationships. */
const EXPANDS_STEPS = new Set<OperationId>([
  "getB2xUserFlowApiConnectorConfiguration",
  "getB2cUserFlowApiConnectorConfiguration",
]);
const EXPANDS_USER_FLOW = new Set<OperationId>([
  "listB2xUserFlows",
  "getB2xUserFlow",
  "listB2cUserFlows",
  "getB2cUserFlow",
]);

/** Bounds from the spec's parameter schemas. */
const MAX_TOP = 999;
const MAX_FILTER_LENGTH = 2048;
const MAX_ORDER_BY = 4;
const MAX_EXPAND_LENGTH = 512;

export interface OrderKey {
  property: "id" | "displayName" | "targetUrl";
  descending: boolean;
}

export interface QueryOptions {
  select?: ConnectorProperty[];
  filter?: FilterClause[];
  orderBy: OrderKey[];
  top?: number;
  count: boolean;
  /** Where this page starts, from `$skiptoken`. */
  offset: number;
  /** The options as given (without `$skiptoken`), carried into `@odata.nextLink`. */
  carried: [string, string][];
  /** `$expand` of an apiConnectorConfiguration: the steps whose connectors to write. */
  steps?: UserFlowStep[];
  /** `$expand` of a user flow: relationships the mock writes as empty collections. */
  userFlowExpand?: UserFlowRelationship[];
}

/**
 * The names of a `$select` or `$expand` list, each one of `known` (case-insensitive), each
 * once; `empty` and `unknown` word Graph's answer for a list of nothing and for a name it lacks.
 */
function knownNames<Name extends string>(
  option: "$select" | "$expand",
  text: string,
  known: readonly Name[],
  words: { empty: string; unknown: (name: string) => string },
): Name[] {
  const names = commaList(text);
  if (names.length === 0) throw unsupportedQuery(words.empty);
  const picked: Name[] = [];
  for (const name of names) {
    const found = known.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (!found) throw unsupportedQuery(words.unknown(name.slice(0, 64)));
    if (picked.includes(found)) throw unsupportedQuery(`${option} names '${found}' twice.`);
    picked.push(found);
  }
  return picked;
}

/** The navigation properties of a `$expand` list, of `what` (a type's name, for the message). */
function parseExpand<Name extends string>(text: string, known: readonly Name[], what: string): Name[] {
  return knownNames("$expand", text, known, {
    empty: "$expand names nothing.",
    unknown: (name) =>
      `Could not find a navigation property named '${name}' on ${what}. $expand takes ${known.join(", ")}.`,
  });
}

function commaList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim().replace(/\s+/g, " "))
    .filter((item) => item !== "");
}

function parseSelect(text: string): ConnectorProperty[] {
  return knownNames("$select", text, CONNECTOR_PROPERTIES, {
    empty: "$select names no property.",
    unknown: (name) =>
      `Could not find a property named '${name}' on type 'microsoft.graph.identityApiConnector'. $select takes ${CONNECTOR_PROPERTIES.join(", ")}.`,
  });
}

function parseOrderBy(text: string): OrderKey[] {
  const items = commaList(text);
  if (items.length === 0 || items.length > MAX_ORDER_BY)
    throw unsupportedQuery(`$orderby takes 1 to ${MAX_ORDER_BY} items.`);
  const keys = items.map((item): OrderKey => {
    const known = ORDER_BY.find((value) => value.toLowerCase() === item.toLowerCase());
    if (!known)
      throw unsupportedQuery(`$orderby '${item.slice(0, 64)}' is not supported; use one of: ${ORDER_BY.join(", ")}.`);
    const [property = "id", direction] = known.split(" ") as [OrderKey["property"], string | undefined];
    return { property, descending: direction === "desc" };
  });
  if (new Set(keys.map((key) => key.property)).size !== keys.length)
    throw unsupportedQuery("$orderby names a property twice.");
  return keys;
}

function parseTop(text: string): number {
  const top = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  if (!(top <= MAX_TOP))
    throw unsupportedQuery(`$top must be a whole number from 0 to ${MAX_TOP}, got '${text.slice(0, 20)}'.`);
  return top;
}

function parseCount(text: string): boolean {
  const value = text.toLowerCase();
  if (value !== "true" && value !== "false")
    throw unsupportedQuery(`$count must be true or false, got '${text.slice(0, 20)}'.`);
  return value === "true";
}

export function encodeSkipToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64url");
}

function decodeSkipToken(token: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString("latin1"));
  if (!match) throw unsupportedQuery("The $skiptoken is not one this server issued. Follow @odata.nextLink as given.");
  return Number(match[1]);
}

/**
 * Parses the query string for an operation. OData option names are matched
 * case-insensitively; parameters without a `$` are not OData options and are ignored.
 */
export function parseQuery(search: URLSearchParams, operationId: OperationId): QueryOptions {
  const allowed = ALLOWED[operationId] ?? [];
  const options = new Map<string, string>();
  const carried: [string, string][] = [];
  for (const [rawName, value] of search) {
    if (!rawName.startsWith("$")) continue;
    const name = rawName.toLowerCase();
    if (!allowed.includes(name)) {
      const accepted = allowed.filter((option) => option !== SKIP_TOKEN);
      throw unsupportedQuery(
        `Query option '${rawName.slice(0, 32)}' is not supported by ${operationId}${accepted.length ? `; it takes ${accepted.join(", ")}` : "; it takes no query options"}.`,
      );
    }
    if (options.has(name))
      throw unsupportedQuery(
        `Query option '${name}' was specified more than once, but it must be specified at most once.`,
      );
    options.set(name, value);
    if (name !== SKIP_TOKEN) carried.push([name, value]);
  }
  const filter = options.get("$filter");
  if (filter !== undefined && filter.length > MAX_FILTER_LENGTH)
    throw unsupportedQuery(`$filter is longer than ${MAX_FILTER_LENGTH} characters.`);
  const expand = options.get("$expand");
  if (expand !== undefined && expand.length > MAX_EXPAND_LENGTH)
    throw unsupportedQuery(`$expand is longer than ${MAX_EXPAND_LENGTH} characters.`);
  const select = options.get("$select");
  const orderBy = options.get("$orderby");
  const top = options.get("$top");
  const count = options.get("$count");
  const skipToken = options.get(SKIP_TOKEN);
  return {
    ...(select !== undefined ? { select: parseSelect(select) } : {}),
    ...(filter !== undefined ? { filter: parseFilter(filter) } : {}),
    orderBy: orderBy !== undefined ? parseOrderBy(orderBy) : [],
    ...(top !== undefined ? { top: parseTop(top) } : {}),
    count: count !== undefined && parseCount(count),
    offset: skipToken !== undefined ? decodeSkipToken(skipToken) : 0,
    carried,
    ...(expand !== undefined && EXPANDS_STEPS.has(operationId)
      ? { steps: parseExpand(expand, USER_FLOW_STEPS, "'microsoft.graph.userFlowApiConnectorConfiguration'") }
      : {}),
    ...(expand !== undefined && EXPANDS_USER_FLOW.has(operationId)
      ? { userFlowExpand: parseExpand(expand, USER_FLOW_RELATIONSHIPS, "a user flow") }
      : {}),
  };
}
