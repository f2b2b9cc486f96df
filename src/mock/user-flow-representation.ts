// How the mock writes user flows and their apiConnectorConfiguration, as Graph's docs show
// them: `{ id, userFlowType, userFlowTypeVersion }`, and a configuration whose expanded steps
// hold the connector (as GET returns it, secrets masked) or `null` when the step calls none
// (OData JSON 4.01 §8.3: an expanded single-valued navigation property with no entity is null).
import type { components } from "../../generated/schema.js";
import { connectorResource } from "./representation.js";
import type { ConnectorStore } from "./store.js";
import { type StoredUserFlow, USER_FLOW_STEPS, type UserFlowKind, type UserFlowStep } from "./user-flow-store.js";

type UserFlowResource = components["schemas"]["identityUserFlow"];
type ConfigurationResource = components["schemas"]["userFlowApiConnectorConfiguration"];

/** The relationships Graph's docs name for `$expand` on a user flow; the mock holds none of them. */
export const USER_FLOW_RELATIONSHIPS = ["identityProviders", "userAttributeAssignments", "languages"] as const;
export type UserFlowRelationship = (typeof USER_FLOW_RELATIONSHIPS)[number];

export const collectionName = (kind: UserFlowKind): string => `${kind}UserFlows`;

export function userFlowResource(
  flow: StoredUserFlow,
  expand: readonly UserFlowRelationship[] = [],
  context?: string,
): UserFlowResource {
  return {
    ...(context !== undefined ? { "@odata.context": context } : {}),
    id: flow.id,
    userFlowType: flow.userFlowType,
    userFlowTypeVersion: flow.userFlowTypeVersion,
    ...Object.fromEntries(expand.map((relationship) => [relationship, []])),
  };
}

/** `https://graph.microsoft.com/v1.0/$metadata#identity/b2xUserFlows` (`/$entity` for one flow). */
export function userFlowContextUrl(
  origin: string,
  version: string,
  kind: UserFlowKind,
  entity: boolean,
  expand: readonly string[] = [],
): string {
  const projection = expand.length ? `(${expand.join(",")})` : "";
  return `${origin}/${version}/$metadata#identity/${collectionName(kind)}${projection}${entity ? "/$entity" : ""}`;
}

export function configurationResource(
  flow: StoredUserFlow,
  expand: readonly UserFlowStep[],
  connectors: ConnectorStore,
  options: { nowSeconds: number; origin: string; version: string },
): ConfigurationResource {
  const expanded = USER_FLOW_STEPS.filter((step) => expand.includes(step));
  const projection = expanded.length ? `(${expanded.map((step) => `${step}()`).join(",")})` : "";
  const body: ConfigurationResource = {
    // As Graph writes it: …#identity/b2xUserFlows('B2X_1_testuserflow')/apiConnectorConfiguration(postFederationSignup(),…)
    "@odata.context": `${options.origin}/${options.version}/$metadata#identity/${collectionName(flow.kind)}('${flow.id.replaceAll("'", "''")}')/apiConnectorConfiguration${projection}`,
  };
  for (const step of expanded) {
    const id = flow.steps[step];
    const connector = id === undefined ? undefined : connectors.get(id);
    body[step] = connector ? connectorResource(connector, { nowSeconds: options.nowSeconds }) : null;
  }
  return body;
}
