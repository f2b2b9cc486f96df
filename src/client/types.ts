// Domain names for the generated schema types, so callers never spell
// components["schemas"][...] themselves. Types only; no behaviour here.
import type { components, operations } from "../../generated/schema.js";

type Schemas = components["schemas"];

/** An API connector as Graph returns it (`id` always present, secrets never). */
export type ApiConnector = Schemas["identityApiConnector"];
/** The connector returned by uploadClientCertificate: always client-certificate authentication. */
export type ApiConnectorWithClientCertificate = Schemas["identityApiConnectorWithClientCertificate"];
/** One page of `GET /identity/apiConnectors`. */
export type ApiConnectorPage = Schemas["identityApiConnectorCollection"];

/** The body of `POST /identity/apiConnectors`. */
export type ApiConnectorCreate = Schemas["identityApiConnectorCreate"];
/** The body of `PATCH /identity/apiConnectors/{id}`. */
export type ApiConnectorUpdate = Schemas["identityApiConnectorUpdate"];
/** The parameters of the uploadClientCertificate action. */
export type ClientCertificateUpload = Schemas["uploadClientCertificateRequest"];

/** Request side of the `@odata.type` union: what a client may send. */
export type AuthenticationConfigurationRequest = Schemas["apiAuthenticationConfigurationRequest"];
/** Response side of the `@odata.type` union: what Graph returns. */
export type AuthenticationConfigurationResponse = Schemas["apiAuthenticationConfigurationResponse"];
/** Either side of the union. */
export type AuthenticationConfiguration = AuthenticationConfigurationRequest | AuthenticationConfigurationResponse;

export type BasicAuthentication = Schemas["basicAuthentication"];
export type BasicAuthenticationMasked = Schemas["basicAuthenticationMasked"];
export type Pkcs12Certificate = Schemas["pkcs12Certificate"];
export type ClientCertificateAuthentication = Schemas["clientCertificateAuthentication"];
export type CertificateInformation = Schemas["pkcs12CertificateInformation"];

/** The OData error envelope Graph sends with every 4XX and 5XX. */
export type ODataError = Schemas["odataError"];
export type ODataMainError = Schemas["odataMainError"];
export type ODataInnerError = Schemas["odataInnerError"];
export type ODataErrorDetail = Schemas["odataErrorDetail"];

/** The list operation's query options (`$select`, `$filter`, `$orderby`, `$top`, `$count`, `$expand`; `$skiptoken` comes in `@odata.nextLink`). */
export type ListApiConnectorsQuery = NonNullable<operations["listIdentityApiConnectors"]["parameters"]["query"]>;
/** `$select`, `$expand` of the get operation. */
export type GetApiConnectorQuery = NonNullable<operations["getIdentityApiConnector"]["parameters"]["query"]>;

/** A step of a user flow that can call an API connector (`postFederationSignup`, `postAttributeCollection`). */
export type UserFlowStep = Schemas["userFlowApiConnectorStep"];
/** A user flow as Graph returns it (`b2xIdentityUserFlow`, beta's `b2cIdentityUserFlow`). */
export type UserFlow = Schemas["identityUserFlow"];
/** `GET /identity/b2xUserFlows` (or beta's `b2cUserFlows`). */
export type UserFlowPage = Schemas["identityUserFlowCollection"];
/** A user flow's apiConnectorConfiguration: the expanded steps hold their connector, or `null`. */
export type ApiConnectorConfiguration = Schemas["userFlowApiConnectorConfiguration"];
/**
 * The configuration as returned for `$expand` of `Steps`: each of those steps is present,
 * holding its connector or `null` when it calls none; the other steps are absent.
 */
export type ExpandedApiConnectorConfiguration<Steps extends UserFlowStep> = Omit<
  ApiConnectorConfiguration,
  UserFlowStep
> & { [Step in Steps]: ApiConnector | null };
/** `b2x`: self-service sign-up (External ID) flows, v1.0 and beta; `b2c`: Azure AD B2C flows, beta only. */
export type UserFlowKind = "b2x" | "b2c";
