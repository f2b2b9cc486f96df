// The user flows of the seed data: `b2xUserFlows` and `b2cUserFlows` beside the connectors'
// `value`, each flow as Graph returns it (`getB2xUserFlow`), optionally with the
// `apiConnectorConfiguration` Graph returns when both steps are expanded, whose connectors
// must be among the seeded ones (only their `id` is read):
//   { "value": [...], "b2xUserFlows": [{ "id": "B2X_1_signup", "userFlowType": "signUpOrSignIn",
//     "userFlowTypeVersion": 1, "apiConnectorConfiguration": { "postAttributeCollection": { "id": "…" } } }] }
import type { components } from "../../generated/schema.js";
import { validateResponse } from "../validate/index.js";
import type { DataIssue } from "./seed-data.js";
import type { StoredConnector } from "./store.js";
import {
  DEFAULT_USER_FLOWS,
  type StoredUserFlow,
  USER_FLOW_STEPS,
  type UserFlowKind,
  type UserFlowStep,
} from "./user-flow-store.js";

type UserFlowResource = components["schemas"]["identityUserFlow"];
type ConfigurationResource = components["schemas"]["userFlowApiConnectorConfiguration"];

const KEYS = { b2x: "b2xUserFlows", b2c: "b2cUserFlows" } as const;
const OPERATIONS = {
  b2x: { flow: "getB2xUserFlow", configuration: "getB2xUserFlowApiConnectorConfiguration" },
  b2c: { flow: "getB2cUserFlow", configuration: "getB2cUserFlowApiConnectorConfiguration" },
} as const;
export const MAX_SEED_USER_FLOWS = 1_000;

export function hasUserFlows(data: object): boolean {
  return Object.values(KEYS).some((key) => Object.hasOwn(data, key));
}

function flowsOfKind(
  kind: UserFlowKind,
  list: unknown,
  connectors: ReadonlySet<string>,
  issues: DataIssue[],
): StoredUserFlow[] {
  const base = `/${KEYS[kind]}`;
  if (!Array.isArray(list)) {
    issues.push({ pointer: base, message: "expected an array of user flows" });
    return [];
  }
  if (list.length > MAX_SEED_USER_FLOWS) {
    issues.push({
      pointer: base,
      message: `holds ${list.length} user flows; the mock takes at most ${MAX_SEED_USER_FLOWS}`,
    });
    return [];
  }
  const ids = new Map<string, number>();
  const flows: StoredUserFlow[] = [];
  list.forEach((item: unknown, index) => {
    const at = `${base}/${index}`;
    const before = issues.length;
    for (const issue of validateResponse(OPERATIONS[kind].flow, 200, item).issues)
      issues.push({ pointer: `${at}${issue.pointer}`, message: issue.message });
    const configuration = (item as { apiConnectorConfiguration?: unknown } | null)?.apiConnectorConfiguration;
    if (configuration !== undefined)
      for (const issue of validateResponse(OPERATIONS[kind].configuration, 200, configuration).issues)
        issues.push({ pointer: `${at}/apiConnectorConfiguration${issue.pointer}`, message: issue.message });
    if (issues.length > before) return;
    const flow = item as UserFlowResource;
    const earlier = ids.get(flow.id.toLowerCase());
    if (earlier !== undefined) {
      issues.push({
        pointer: `${at}/id`,
        message: `duplicates the id of ${base}/${earlier} (ids match regardless of case)`,
      });
      return;
    }
    ids.set(flow.id.toLowerCase(), index);
    const steps: Partial<Record<UserFlowStep, string>> = {};
    for (const step of USER_FLOW_STEPS) {
      const connector = (configuration as ConfigurationResource | undefined)?.[step];
      if (!connector) continue;
      if (connectors.has(connector.id.toLowerCase())) steps[step] = connector.id;
      else
        issues.push({
          pointer: `${at}/apiConnectorConfiguration/${step}/id`,
          message: `names connector '${connector.id.slice(0, 128)}', which the seed data does not hold`,
        });
    }
    flows.push({
      kind,
      id: flow.id,
      userFlowType: flow.userFlowType ?? null,
      userFlowTypeVersion: flow.userFlowTypeVersion ?? null,
      steps,
    });
  });
  return flows;
}

/** The user flows of the seed data (the defaults when it names none); issues are added to `issues`. */
export function userFlowsFromData(
  data: unknown,
  connectors: readonly StoredConnector[],
  issues: DataIssue[],
): StoredUserFlow[] {
  if (data === null || typeof data !== "object" || Array.isArray(data) || !hasUserFlows(data))
    return [...DEFAULT_USER_FLOWS];
  const known = new Set(connectors.map((connector) => connector.id.toLowerCase()));
  const record = data as Record<string, unknown>;
  return (["b2x", "b2c"] as const).flatMap((kind) =>
    Object.hasOwn(record, KEYS[kind]) ? flowsOfKind(kind, record[KEYS[kind]], known, issues) : [],
  );
}
