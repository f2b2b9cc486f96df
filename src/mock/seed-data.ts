// Seed data: the connectors the mock starts with (`--data FILE`, or `data` in the library).
// The shape is what Graph returns, so a saved list response works as is: an array of
// connectors, or an object with a `value` array. The object may also hold `b2xUserFlows` and
// `b2cUserFlows` (user-flow-seed.ts); without them the mock starts with its default flows. Each one is checked against the spec's
// response schema; ids must be unique. `isActive` is worked out again from the dates and the
// order of `certificateList` (oldest upload first), and a masked password means "set".
import type { components } from "../../generated/schema.js";
import { summarizeIssues, validateResponse } from "../validate/index.js";
import { DEFAULT_MAX_CONNECTORS } from "./options.js";
import type { StoredAuthentication, StoredConnector } from "./store.js";
import { hasUserFlows, userFlowsFromData } from "./user-flow-seed.js";
import type { StoredUserFlow } from "./user-flow-store.js";

type ConnectorResource = components["schemas"]["identityApiConnector"];
type AuthenticationResource = NonNullable<ConnectorResource["authenticationConfiguration"]>;

export interface DataIssue {
  pointer: string;
  message: string;
}

/** Seed data that does not conform; `issues` name JSON pointers into the data. */
export class MockDataError extends Error {
  constructor(readonly issues: readonly DataIssue[]) {
    super(issues.length > 0 ? summarizeIssues(issues, { limit: 1 }) : "invalid seed data");
    this.name = "MockDataError";
  }
}

function authentication(resource: AuthenticationResource | null | undefined): StoredAuthentication | null {
  if (!resource) return null;
  if (resource["@odata.type"] === "#microsoft.graph.basicAuthentication") {
    return {
      kind: "basicAuthentication",
      username: resource.username ?? null,
      passwordSet: typeof resource.password === "string",
    };
  }
  return {
    kind: "clientCertificateAuthentication",
    certificates: resource.certificateList.map(({ thumbprint, notBefore, notAfter }) => ({
      thumbprint: thumbprint ?? null,
      notBefore,
      notAfter,
    })),
  };
}

/**
 * Checks seed data and turns it into stored connectors; throws MockDataError listing every
 * issue. `maxConnectors` is the mock's limit (options.ts).
 */
export function connectorsFromData(data: unknown, maxConnectors: number = DEFAULT_MAX_CONNECTORS): StoredConnector[] {
  const wrapped = data !== null && typeof data === "object" && !Array.isArray(data);
  const given = wrapped ? (data as { value?: unknown }).value : data;
  // An object that seeds user flows may leave the connectors out.
  const list = given === undefined && wrapped && hasUserFlows(data) ? [] : given;
  const base = wrapped ? "/value" : "";
  if (!Array.isArray(list)) {
    throw new MockDataError([
      {
        pointer: base,
        message: 'expected an array of connectors, or an object with a "value" array (a saved list response)',
      },
    ]);
  }
  if (list.length > maxConnectors)
    throw new MockDataError([
      {
        pointer: base,
        message: `holds ${list.length} connectors, more than the mock's limit of ${maxConnectors} (raise it with maxConnectors, --max-connectors N)`,
      },
    ]);

  const issues: DataIssue[] = [];
  const ids = new Map<string, number>();
  list.forEach((item: unknown, index) => {
    const at = `${base}/${index}`;
    for (const issue of validateResponse("getIdentityApiConnector", 200, item).issues)
      issues.push({ pointer: `${at}${issue.pointer}`, message: issue.message });
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== "string") return;
    const earlier = ids.get(id.toLowerCase());
    if (earlier !== undefined)
      issues.push({
        pointer: `${at}/id`,
        message: `duplicates the id of ${base}/${earlier} (ids match regardless of case)`,
      });
    else ids.set(id.toLowerCase(), index);
  });
  if (issues.length) throw new MockDataError(issues);

  return (list as ConnectorResource[]).map((resource) => ({
    id: resource.id,
    displayName: resource.displayName ?? null,
    targetUrl: resource.targetUrl ?? null,
    authentication: authentication(resource.authenticationConfiguration),
  }));
}

export interface SeedState {
  connectors: StoredConnector[];
  userFlows: StoredUserFlow[];
}

/** The connectors and user flows of the seed data; throws MockDataError listing every issue. */
export function seedFromData(data: unknown, maxConnectors: number = DEFAULT_MAX_CONNECTORS): SeedState {
  const connectors = connectorsFromData(data, maxConnectors);
  const issues: DataIssue[] = [];
  const userFlows = userFlowsFromData(data, connectors, issues);
  if (issues.length) throw new MockDataError(issues);
  return { connectors, userFlows };
}
