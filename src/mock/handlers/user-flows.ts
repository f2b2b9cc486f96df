// The user-flow operations: list and get the flows, read a flow's apiConnectorConfiguration
// (`$expand` the steps to see their connectors), and set a step's connector with
// `PUT …/apiConnectorConfiguration/{step}/$ref` (Graph docs, "Update
// apiConnectorConfiguration": `{"@odata.id": …}` enables a connector, `{}` disables the step;
// 204). An unknown flow, or a reference to an unknown connector, is a 404 as for connectors.
import type { components } from "../../../generated/schema.js";
import { MockError, notFound } from "../errors.js";
import { configurationResource, userFlowContextUrl, userFlowResource } from "../user-flow-representation.js";
import { type StoredUserFlow, USER_FLOW_STEPS, type UserFlowKind, type UserFlowStep } from "../user-flow-store.js";
import { type Handler, type HandlerContext, routeId } from "./context.js";

type ReferenceUpdate = components["schemas"]["apiConnectorReferenceUpdate"];

function flowOf(context: HandlerContext, kind: UserFlowKind): StoredUserFlow {
  const flow = context.userFlows.get(kind, routeId(context));
  if (!flow) throw notFound(routeId(context));
  return flow;
}

/** The step segment, matched case-insensitively as Graph matches segments; 400 for one it does not have. */
function stepOf(context: HandlerContext): UserFlowStep {
  const given = context.route.step ?? "";
  const step = USER_FLOW_STEPS.find((known) => known.toLowerCase() === given.toLowerCase());
  if (!step)
    throw new MockError(
      400,
      "BadRequest",
      `Resource not found for the segment '${given.slice(0, 100)}'. The steps are ${USER_FLOW_STEPS.join(", ")}.`,
    );
  return step;
}

/** The connector id at the end of the `@odata.id` (the spec's pattern has already checked its shape). */
function referencedId(reference: string): string {
  return decodeURIComponent(reference.slice(reference.lastIndexOf("/") + 1));
}

export const listUserFlows =
  (kind: UserFlowKind): Handler =>
  (context) => {
    const expand = context.query.userFlowExpand ?? [];
    return {
      status: 200,
      body: {
        "@odata.context": userFlowContextUrl(context.contextOrigin, context.route.version, kind, false, expand),
        value: context.userFlows.all(kind).map((flow) => userFlowResource(flow, expand)),
      },
    };
  };

export const getUserFlow =
  (kind: UserFlowKind): Handler =>
  (context) => {
    const expand = context.query.userFlowExpand ?? [];
    const flow = flowOf(context, kind);
    const contextUrl = userFlowContextUrl(context.contextOrigin, context.route.version, kind, true, expand);
    return { status: 200, body: userFlowResource(flow, expand, contextUrl) };
  };

export const getApiConnectorConfiguration =
  (kind: UserFlowKind): Handler =>
  (context) => ({
    status: 200,
    body: configurationResource(flowOf(context, kind), context.query.steps ?? [], context.store, {
      nowSeconds: context.nowSeconds,
      origin: context.contextOrigin,
      version: context.route.version,
    }),
  });

export const setApiConnector =
  (kind: UserFlowKind): Handler =>
  (context) => {
    const flow = flowOf(context, kind);
    const step = stepOf(context);
    const reference = (context.body as ReferenceUpdate)["@odata.id"];
    let connectorId: string | undefined;
    if (reference !== undefined) {
      const connector = context.store.get(referencedId(reference));
      if (!connector) throw notFound(referencedId(reference));
      connectorId = connector.id;
    }
    context.userFlows.setStep(kind, flow.id, step, connectorId);
    return { status: 204 };
  };
