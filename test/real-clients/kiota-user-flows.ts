// Request builders for the user-flow job (list flows, read a flow's apiConnectorConfiguration
// with $expand, set a step's $ref), which the published Kiota SDKs do not ship either: they
// live in the unpublished `…-identity` sub-packages, like /identity/apiConnectors
// (kiota-requests.ts). RequestInformation from kiota-abstractions with the SDK's own models,
// ReferenceUpdate serializer and ODataError, sent through its request adapter.
import { HttpMethod, type RequestAdapter, RequestInformation } from "@microsoft/kiota-abstractions";
import type * as betaModels from "@microsoft/msgraph-beta-sdk/models/index.js";
import type * as v1Models from "@microsoft/msgraph-sdk/models/index.js";
import type {
  B2xIdentityUserFlowCollectionResponse,
  UserFlowApiConnectorConfiguration,
} from "@microsoft/msgraph-sdk/models/index.js";
import type { SdkModels } from "./kiota-requests.js";

/** What the user-flow requests use of an SDK's models, v1.0's or beta's. */
export interface UserFlowModels {
  models: Pick<
    typeof v1Models,
    "createUserFlowApiConnectorConfigurationFromDiscriminatorValue" | "serializeReferenceUpdate"
  > &
    Partial<
      Pick<typeof v1Models, "createB2xIdentityUserFlowCollectionResponseFromDiscriminatorValue"> &
        Pick<typeof betaModels, "createB2cIdentityUserFlowCollectionResponseFromDiscriminatorValue">
    >;
  errors: SdkModels["errors"];
}

export type FlowKind = "b2xUserFlows" | "b2cUserFlows";
export type Step = "postFederationSignup" | "postAttributeCollection";

const FLOWS = "{+baseurl}/identity/{kind}";
const CONFIGURATION = "{+baseurl}/identity/{kind}/{flow}/apiConnectorConfiguration{?%24expand}";
const STEP_REF = "{+baseurl}/identity/{kind}/{flow}/apiConnectorConfiguration/{step}/$ref";

function request(
  adapter: RequestAdapter,
  method: HttpMethod,
  template: string,
  parameters: Record<string, string>,
): RequestInformation {
  const info = new RequestInformation(method, template, { baseurl: adapter.baseUrl, ...parameters });
  info.headers.tryAdd("Accept", "application/json");
  return info;
}

export function userFlows(adapter: RequestAdapter, kind: FlowKind, { models, errors }: UserFlowModels) {
  const ERRORS = { XXX: errors.createODataErrorFromDiscriminatorValue };
  const collection =
    kind === "b2xUserFlows"
      ? models.createB2xIdentityUserFlowCollectionResponseFromDiscriminatorValue
      : models.createB2cIdentityUserFlowCollectionResponseFromDiscriminatorValue;
  if (!collection) throw new Error(`this SDK has no model for ${kind}`);
  return {
    errors: ERRORS,
    list() {
      return adapter.send<B2xIdentityUserFlowCollectionResponse>(
        request(adapter, HttpMethod.GET, FLOWS, { kind }),
        collection,
        ERRORS,
      );
    },
    configuration(flow: string, expand: Step[]) {
      const info = request(adapter, HttpMethod.GET, CONFIGURATION, { kind, flow });
      info.queryParameters = { "%24expand": expand };
      return adapter.send<UserFlowApiConnectorConfiguration>(
        info,
        models.createUserFlowApiConnectorConfigurationFromDiscriminatorValue,
        ERRORS,
      );
    },
    /** PUT the step's $ref: the connector's absolute URL, with the SDK's ReferenceUpdate. */
    attach(flow: string, step: Step, connectorUrl: string) {
      const info = request(adapter, HttpMethod.PUT, STEP_REF, { kind, flow, step });
      info.setContentFromParsable(
        adapter,
        "application/json",
        { odataId: connectorUrl },
        models.serializeReferenceUpdate,
      );
      return adapter.sendNoResponseContent(info, ERRORS);
    },
    /** PUT `{}` on the step's $ref: no connector at that step. */
    detach(flow: string, step: Step) {
      const info = request(adapter, HttpMethod.PUT, STEP_REF, { kind, flow, step });
      info.setContentFromParsable(adapter, "application/json", { additionalData: {} }, (writer, value) =>
        writer.writeAdditionalData(value?.additionalData),
      );
      return adapter.sendNoResponseContent(info, ERRORS);
    },
  };
}
