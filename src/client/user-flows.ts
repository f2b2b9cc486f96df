// The user-flow helpers: list and read user flows, read a flow's apiConnectorConfiguration,
// and enable or disable a connector at one of its steps (`PUT …/apiConnectorConfiguration/{step}/$ref`;
// Graph docs, "Update apiConnectorConfiguration": `{"@odata.id": …}` enables, `{}` disables,
// 204 either way). The PUT sets a value, so repeating it is harmless: it is retried like the
// other idempotent calls (retry.ts). `kind: "b2c"` addresses beta's Azure AD B2C flows.
import type { RawClient } from "./operations.js";
import type { CallOptions, ResponseInfo } from "./options.js";
import { apiConnectorReference } from "./references.js";
import { type CallState, newCallState } from "./transport.js";
import type {
  ApiConnectorConfiguration,
  ExpandedApiConnectorConfiguration,
  UserFlow,
  UserFlowKind,
  UserFlowPage,
  UserFlowStep,
} from "./types.js";

/** Call options of the user-flow helpers: which kind of flow (default `b2x`). */
export interface UserFlowCallOptions extends CallOptions {
  kind?: UserFlowKind;
}

export interface UserFlowOperations {
  /** `GET /identity/b2xUserFlows` (or `b2cUserFlows`): the tenant's user flows. */
  listUserFlows(query?: { expand?: string }, options?: UserFlowCallOptions): Promise<UserFlowPage>;
  /** `GET /identity/b2xUserFlows/{id}`. */
  getUserFlow(userFlowId: string, query?: { expand?: string }, options?: UserFlowCallOptions): Promise<UserFlow>;
  /**
   * `GET /identity/b2xUserFlows/{id}/apiConnectorConfiguration?$expand=…`: the connectors the
   * flow calls at the expanded steps (each present, `null` when the step calls none).
   */
  getApiConnectorConfiguration<Steps extends UserFlowStep = never>(
    userFlowId: string,
    query?: { expand?: readonly Steps[] },
    options?: UserFlowCallOptions,
  ): Promise<ExpandedApiConnectorConfiguration<Steps>>;
  /** `PUT …/apiConnectorConfiguration/{step}/$ref` with the connector's `@odata.id` (204): the step calls it. */
  attachApiConnector(
    userFlowId: string,
    step: UserFlowStep,
    connectorId: string,
    options?: UserFlowCallOptions,
  ): Promise<ResponseInfo>;
  /** `PUT …/apiConnectorConfiguration/{step}/$ref` with `{}` (204): the step calls no connector. */
  detachApiConnector(userFlowId: string, step: UserFlowStep, options?: UserFlowCallOptions): Promise<ResponseInfo>;
}

export interface UserFlowContext {
  raw: RawClient;
  baseUrl: string;
  callInit: (call: CallState) => object;
  settle: <T>(call: CallState, response: Response, operationId: string) => { data: T; info: ResponseInfo };
  requireId: (id: string, what: string) => string;
}

const STEPS: readonly UserFlowStep[] = ["postFederationSignup", "postAttributeCollection"];

function requireStep(step: UserFlowStep): UserFlowStep {
  if (!STEPS.includes(step))
    throw new TypeError(`a user flow step must be one of ${STEPS.join(", ")}, got ${JSON.stringify(step)}`);
  return step;
}

/** The operationId of a user-flow operation of this kind: `listB2xUserFlows`, `getB2cUserFlow`, … */
const operationOf = (kind: UserFlowKind, name: string) => name.replace("{Kind}", kind === "b2c" ? "B2c" : "B2x");

export function userFlowOperations(context: UserFlowContext): UserFlowOperations {
  const { raw, callInit, settle } = context;
  const flowId = (id: string) => context.requireId(id, "a user flow id");

  async function setReference(
    userFlowId: string,
    step: UserFlowStep,
    body: { "@odata.id"?: string },
    options: UserFlowCallOptions,
  ): Promise<ResponseInfo> {
    const { kind = "b2x", ...callOptions } = options;
    const call = newCallState(callOptions, true);
    const init = { body, ...callInit(call) };
    const { response } =
      kind === "b2c"
        ? await raw.PUT("/identity/b2cUserFlows/{b2cIdentityUserFlowId}/apiConnectorConfiguration/{step}/$ref", {
            params: { path: { b2cIdentityUserFlowId: flowId(userFlowId), step: requireStep(step) } },
            ...init,
          })
        : await raw.PUT("/identity/b2xUserFlows/{b2xIdentityUserFlowId}/apiConnectorConfiguration/{step}/$ref", {
            params: { path: { b2xIdentityUserFlowId: flowId(userFlowId), step: requireStep(step) } },
            ...init,
          });
    return settle(call, response, operationOf(kind, "set{Kind}UserFlowApiConnector")).info;
  }

  return {
    async listUserFlows(query, options = {}) {
      const { kind = "b2x", ...callOptions } = options;
      const call = newCallState(callOptions, true);
      const params = { query: query?.expand === undefined ? {} : { $expand: query.expand } };
      const { response } =
        kind === "b2c"
          ? await raw.GET("/identity/b2cUserFlows", { params, ...callInit(call) })
          : await raw.GET("/identity/b2xUserFlows", { params, ...callInit(call) });
      return settle<UserFlowPage>(call, response, operationOf(kind, "list{Kind}UserFlows")).data;
    },

    async getUserFlow(userFlowId, query, options = {}) {
      const { kind = "b2x", ...callOptions } = options;
      const call = newCallState(callOptions, true);
      const expand = query?.expand === undefined ? {} : { $expand: query.expand };
      const { response } =
        kind === "b2c"
          ? await raw.GET("/identity/b2cUserFlows/{b2cIdentityUserFlowId}", {
              params: { path: { b2cIdentityUserFlowId: flowId(userFlowId) }, query: expand },
              ...callInit(call),
            })
          : await raw.GET("/identity/b2xUserFlows/{b2xIdentityUserFlowId}", {
              params: { path: { b2xIdentityUserFlowId: flowId(userFlowId) }, query: expand },
              ...callInit(call),
            });
      return settle<UserFlow>(call, response, operationOf(kind, "get{Kind}UserFlow")).data;
    },

    async getApiConnectorConfiguration<Steps extends UserFlowStep = never>(
      userFlowId: string,
      query?: { expand?: readonly Steps[] },
      options: UserFlowCallOptions = {},
    ) {
      const { kind = "b2x", ...callOptions } = options;
      const call = newCallState(callOptions, true);
      const steps = (query?.expand ?? []).map(requireStep);
      const expand = steps.length ? { $expand: steps } : {};
      const { response } =
        kind === "b2c"
          ? await raw.GET("/identity/b2cUserFlows/{b2cIdentityUserFlowId}/apiConnectorConfiguration", {
              params: { path: { b2cIdentityUserFlowId: flowId(userFlowId) }, query: expand },
              ...callInit(call),
            })
          : await raw.GET("/identity/b2xUserFlows/{b2xIdentityUserFlowId}/apiConnectorConfiguration", {
              params: { path: { b2xIdentityUserFlowId: flowId(userFlowId) }, query: expand },
              ...callInit(call),
            });
      const { data } = settle<ApiConnectorConfiguration>(
        call,
        response,
        operationOf(kind, "get{Kind}UserFlowApiConnectorConfiguration"),
      );
      // OData JSON 4.01 §8.3: an expanded step without a connector is null; Graph may leave it out.
      const expanded: Record<string, unknown> = { ...data };
      for (const step of steps) expanded[step] ??= null;
      return expanded as ExpandedApiConnectorConfiguration<Steps>;
    },

    attachApiConnector: (userFlowId, step, connectorId, options = {}) =>
      setReference(
        userFlowId,
        step,
        { "@odata.id": apiConnectorReference(context.baseUrl, context.requireId(connectorId, "an API connector id")) },
        options,
      ),

    detachApiConnector: (userFlowId, step, options = {}) => setReference(userFlowId, step, {}, options),
  };
}
