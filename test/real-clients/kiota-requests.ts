// Request builders for /identity/apiConnectors, which the published Kiota SDKs do not ship
// (the `…-identity` sub-packages are not on npm): RequestInformation from kiota-abstractions
// with the SDK's own models, (de)serializers and ODataError, sent through its request adapter.
import {
  HttpMethod,
  type RequestAdapter,
  RequestInformation,
  type SerializationWriter,
} from "@microsoft/kiota-abstractions";
import type * as v1Models from "@microsoft/msgraph-sdk/models/index.js";
import type {
  ApiAuthenticationConfigurationBase,
  BasicAuthentication,
  IdentityApiConnector,
  IdentityApiConnectorCollectionResponse,
  Pkcs12Certificate,
} from "@microsoft/msgraph-sdk/models/index.js";
import type * as v1Errors from "@microsoft/msgraph-sdk/models/oDataErrors/index.js";
import { basicBody } from "./support.js";

/** support.ts's basicBody as the SDK's model: @odata.type becomes odataType. */
export function kiotaBasicBody(name: string): IdentityApiConnector {
  const { authenticationConfiguration: auth, ...rest } = basicBody(name);
  const authenticationConfiguration: BasicAuthentication = {
    odataType: auth["@odata.type"],
    username: auth.username,
    password: auth.password,
  };
  return { ...rest, authenticationConfiguration };
}

/** The parts of an SDK's models this uses: v1.0's (@microsoft/msgraph-sdk) or beta's (…-beta-sdk). */
export interface SdkModels {
  models: Pick<
    typeof v1Models,
    | "createIdentityApiConnectorCollectionResponseFromDiscriminatorValue"
    | "createIdentityApiConnectorFromDiscriminatorValue"
    | "serializeBasicAuthentication"
    | "serializeIdentityApiConnector"
    | "serializePkcs12Certificate"
  >;
  errors: Pick<typeof v1Errors, "createODataErrorFromDiscriminatorValue">;
}
const COLLECTION = "{+baseurl}/identity/apiConnectors{?%24top,%24count,%24select,%24filter}";
const ITEM = "{+baseurl}/identity/apiConnectors/{id}";

/**
 * Works around microsoft/kiota#6777: the SDK's serializeApiAuthenticationConfigurationBase
 * calls the derived serializer with isSerializingDerivedType = true, which returns at once, so
 * username, password and pkcs12Value are dropped. Calling the derived serializer directly
 * writes them. kiota.test.ts checks that the bug is still there.
 */
function serializers(models: SdkModels["models"]) {
  const authentication = (writer: SerializationWriter, value?: Partial<ApiAuthenticationConfigurationBase> | null) => {
    if (!value) return;
    if (value.odataType === "#microsoft.graph.basicAuthentication")
      models.serializeBasicAuthentication(writer, value as BasicAuthentication);
    else models.serializePkcs12Certificate(writer, value as Pkcs12Certificate);
  };
  const connector = (writer: SerializationWriter, value?: Partial<IdentityApiConnector> | null) => {
    if (!value) return;
    if (value.authenticationConfiguration !== undefined)
      writer.writeObjectValue("authenticationConfiguration", value.authenticationConfiguration, authentication);
    writer.writeStringValue("displayName", value.displayName);
    writer.writeStringValue("targetUrl", value.targetUrl);
  };
  return { connector };
}

function request(adapter: RequestAdapter, method: HttpMethod, template: string, id?: string): RequestInformation {
  const info = new RequestInformation(method, template, { baseurl: adapter.baseUrl, ...(id ? { id } : {}) });
  info.headers.tryAdd("Accept", "application/json");
  return info;
}

export interface ListQuery {
  top?: number;
  count?: boolean;
  select?: string[];
  filter?: string;
}

export function apiConnectors(adapter: RequestAdapter, { models, errors }: SdkModels) {
  const ERRORS = { XXX: errors.createODataErrorFromDiscriminatorValue };
  const serialize = serializers(models);
  const {
    createIdentityApiConnectorFromDiscriminatorValue,
    createIdentityApiConnectorCollectionResponseFromDiscriminatorValue,
  } = models;
  return {
    errors: ERRORS,
    create(body: IdentityApiConnector) {
      const info = request(adapter, HttpMethod.POST, COLLECTION);
      info.setContentFromParsable(adapter, "application/json", body, serialize.connector);
      return adapter.send<IdentityApiConnector>(info, createIdentityApiConnectorFromDiscriminatorValue, ERRORS);
    },
    list(query: ListQuery = {}) {
      const info = request(adapter, HttpMethod.GET, COLLECTION);
      info.queryParameters = {
        "%24top": query.top,
        "%24count": query.count,
        "%24select": query.select,
        "%24filter": query.filter,
      };
      return adapter.send<IdentityApiConnectorCollectionResponse>(
        info,
        createIdentityApiConnectorCollectionResponseFromDiscriminatorValue,
        ERRORS,
      );
    },
    get(id: string) {
      const info = request(adapter, HttpMethod.GET, ITEM, id);
      return adapter.send<IdentityApiConnector>(info, createIdentityApiConnectorFromDiscriminatorValue, ERRORS);
    },
    update(id: string, patch: IdentityApiConnector) {
      const info = request(adapter, HttpMethod.PATCH, ITEM, id);
      info.setContentFromParsable(adapter, "application/json", patch, serialize.connector);
      return adapter.sendNoResponseContent(info, ERRORS);
    },
    delete(id: string) {
      return adapter.sendNoResponseContent(request(adapter, HttpMethod.DELETE, ITEM, id), ERRORS);
    },
    /** The action's body has no model outside the unpublished identity package: two strings. */
    uploadClientCertificate(id: string, upload: { pkcs12Value: string; password: string }) {
      const info = request(adapter, HttpMethod.POST, `${ITEM}/uploadClientCertificate`, id);
      info.setContentFromParsable(adapter, "application/json", { additionalData: upload }, (writer, value) =>
        writer.writeAdditionalData(value?.additionalData),
      );
      return adapter.send<IdentityApiConnector>(info, createIdentityApiConnectorFromDiscriminatorValue, ERRORS);
    },
  };
}
