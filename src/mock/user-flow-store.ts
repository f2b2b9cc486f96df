// The mock's user flows (`b2xUserFlows`; beta's `b2cUserFlows`) and, per flow, the connector
// each step of its apiConnectorConfiguration calls, by connector id. In memory only.
import type { components } from "../../generated/schema.js";

export type UserFlowKind = "b2x" | "b2c";
export type UserFlowStep = components["schemas"]["userFlowApiConnectorStep"];
export type UserFlowType = components["schemas"]["userFlowType"];

/** The steps, in the order Graph writes them (docs, "userFlowApiConnectorConfiguration"). */
export const USER_FLOW_STEPS = [
  "postFederationSignup",
  "postAttributeCollection",
] as const satisfies readonly UserFlowStep[];
type Exact<Listed, Declared> = [Exclude<Declared, Listed>] extends [never] ? true : false;
const stepsCovered: Exact<(typeof USER_FLOW_STEPS)[number], UserFlowStep> = true;
void stepsCovered;

export interface StoredUserFlow {
  kind: UserFlowKind;
  id: string;
  userFlowType: UserFlowType | null;
  userFlowTypeVersion: number | null;
  /** Step → the id of the connector it calls. */
  steps: Partial<Record<UserFlowStep, string>>;
}

const keyOf = (kind: UserFlowKind, id: string): string => `${kind}:${id.toLowerCase()}`;
const copy = (flow: StoredUserFlow): StoredUserFlow => ({ ...flow, steps: { ...flow.steps } });

/**
 * The flows the mock starts with when the seed data names none: one of each kind, named as in
 * Graph's apiConnectorConfiguration examples.
 */
export const DEFAULT_USER_FLOWS: readonly StoredUserFlow[] = [
  { kind: "b2x", id: "B2X_1_testuserflow", userFlowType: "signUpOrSignIn", userFlowTypeVersion: 1, steps: {} },
  { kind: "b2c", id: "B2C_1_testuserflow", userFlowType: "signUpOrSignIn", userFlowTypeVersion: 1, steps: {} },
];

export class UserFlowStore {
  readonly #flows = new Map<string, StoredUserFlow>();

  constructor(flows: readonly StoredUserFlow[] = DEFAULT_USER_FLOWS) {
    this.replaceAll(flows);
  }

  /** The flows of one kind, in seed order; copies. */
  all(kind: UserFlowKind): StoredUserFlow[] {
    return [...this.#flows.values()].filter((flow) => flow.kind === kind).map(copy);
  }

  get(kind: UserFlowKind, id: string): StoredUserFlow | undefined {
    const flow = this.#flows.get(keyOf(kind, id));
    return flow && copy(flow);
  }

  /** Sets (a connector id) or clears (undefined) a step; false for an unknown flow. */
  setStep(kind: UserFlowKind, id: string, step: UserFlowStep, connectorId: string | undefined): boolean {
    const flow = this.#flows.get(keyOf(kind, id));
    if (!flow) return false;
    if (connectorId === undefined) delete flow.steps[step];
    else flow.steps[step] = connectorId;
    return true;
  }

  /** Clears every step that calls the connector (it was deleted); returns how many. */
  detachConnector(connectorId: string): number {
    let cleared = 0;
    for (const flow of this.#flows.values()) {
      for (const step of USER_FLOW_STEPS) {
        if (flow.steps[step]?.toLowerCase() === connectorId.toLowerCase()) {
          delete flow.steps[step];
          cleared++;
        }
      }
    }
    return cleared;
  }

  replaceAll(flows: readonly StoredUserFlow[]): void {
    this.#flows.clear();
    for (const flow of flows) this.#flows.set(keyOf(flow.kind, flow.id), copy(flow));
  }
}
