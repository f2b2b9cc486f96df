// The mutation corpus: one change each to the real spec (bundled from spec/), with the
// findings `apiconnectors diff` must report for it, as (level, rule) pairs, exactly. Every
// check and both directions are covered; docs/evolution.md explains each rule, and
// docs/evolution-openapi-diff.md compares the verdicts with openapi-diff's.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Level } from "../../src/diff/index.js";
import { repoRoot } from "../support/repo.js";

const spec = JSON.parse(readFileSync(path.join(repoRoot, "generated/openapi.json"), "utf8"));

// Mutations reach into the document freely.
type Doc = any;

export interface Mutation {
  name: string;
  /** A change to the spec first, for the old side, when the checked change needs a starting point the spec lacks. */
  before?: (doc: Doc) => void;
  mutate: (doc: Doc) => void;
  expected: Array<[Level, string]>;
}

const S = (doc: Doc) => doc.components.schemas;
const op = (doc: Doc, path: string, method: string) => doc.paths[path][method];
const COLLECTION = "/identity/apiConnectors";
const ITEM = "/identity/apiConnectors/{identityApiConnectorId}";

export const MUTATIONS: Mutation[] = [
  // Requests: what clients write.
  {
    name: "create: a new required property",
    mutate: (d) => {
      S(d).identityApiConnectorCreate.properties.description = { type: "string" };
      S(d).identityApiConnectorCreate.required.push("description");
    },
    expected: [["breaking", "request-property-required"]],
  },
  {
    name: "create: a new optional property",
    mutate: (d) => {
      S(d).identityApiConnectorCreate.properties.description = { type: "string" };
    },
    expected: [["info", "request-property-added"]],
  },
  {
    name: "create: an optional property becomes required",
    mutate: (d) => S(d).identityApiConnectorCreate.required.push("@odata.type"),
    expected: [["breaking", "request-property-required"]],
  },
  {
    name: "create: a required property becomes optional",
    mutate: (d) => {
      S(d).identityApiConnectorCreate.required = ["displayName", "targetUrl"];
    },
    expected: [["info", "request-property-optional"]],
  },
  {
    name: "create: a property removed from a closed type",
    mutate: (d) => {
      delete S(d).identityApiConnectorCreate.properties["@odata.type"];
    },
    expected: [["breaking", "request-property-removed"]],
  },
  {
    name: "request: username narrowed from string to integer",
    mutate: (d) => {
      S(d).basicAuthentication.properties.username.type = "integer";
    },
    expected: [["breaking", "request-type-narrowed"]],
  },
  {
    name: "request: username widened to string or null",
    mutate: (d) => {
      S(d).basicAuthentication.properties.username.type = ["string", "null"];
    },
    expected: [["info", "request-type-widened"]],
  },
  {
    name: "request: a tag spelling removed from a branch's enum",
    mutate: (d) => {
      S(d).basicAuthentication.properties["@odata.type"].enum = ["#microsoft.graph.basicAuthentication"];
    },
    expected: [["breaking", "request-enum-value-removed"]],
  },
  {
    name: "request: a value added to a branch's enum",
    mutate: (d) => S(d).basicAuthentication.properties["@odata.type"].enum.push("#Microsoft.Graph.BasicAuthentication"),
    expected: [["info", "request-enum-value-added"]],
  },
  {
    name: "request: a pattern added to username",
    mutate: (d) => {
      S(d).basicAuthentication.properties.username.pattern = "^[a-z]+$";
    },
    expected: [["breaking", "request-pattern-added"]],
  },
  {
    name: "request: pkcs12Value's pattern changed",
    mutate: (d) => {
      S(d).pkcs12Value.pattern = "^[A-Za-z0-9+/=]+$";
    },
    expected: [["breaking", "request-pattern-changed"]],
  },
  {
    name: "request: pkcs12Value's pattern removed",
    mutate: (d) => {
      delete S(d).pkcs12Value.pattern;
    },
    expected: [["info", "request-pattern-removed"]],
  },
  {
    name: "request: displayName's maxLength tightened",
    mutate: (d) => {
      S(d).connectorDisplayName.maxLength = 64;
    },
    expected: [["breaking", "request-limit-tightened"]],
  },
  {
    name: "request: displayName's minLength loosened",
    mutate: (d) => {
      S(d).connectorDisplayName.minLength = 0;
    },
    expected: [["info", "request-limit-loosened"]],
  },
  {
    name: "request: a format added to username",
    mutate: (d) => {
      S(d).basicAuthentication.properties.username.format = "email";
    },
    expected: [["breaking", "request-format-narrowed"]],
  },
  {
    name: "request: displayName becomes readOnly",
    mutate: (d) => {
      S(d).connectorDisplayName.readOnly = true;
    },
    expected: [["breaking", "request-property-read-only"]],
  },
  {
    name: "request: the create type accepts undeclared members",
    mutate: (d) => {
      delete S(d).identityApiConnectorCreate.additionalProperties;
    },
    expected: [["info", "request-additional-properties-opened"]],
  },
  {
    name: "request: the request union closed to undeclared members",
    mutate: (d) => {
      S(d).apiAuthenticationConfigurationRequest.additionalProperties = false;
    },
    expected: [["breaking", "request-additional-properties-closed"]],
  },
  {
    name: "request: the identityApiConnector @odata.type constant changed (create, update and responses)",
    mutate: (d) => {
      S(d).identityApiConnectorODataType.const = "#microsoft.graph.apiConnector";
    },
    expected: [["breaking", "const-changed"]],
  },
  // Secrets.
  {
    name: "secret: basic password no longer writeOnly",
    mutate: (d) => {
      delete S(d).basicAuthentication.properties.password.writeOnly;
    },
    expected: [["breaking", "secret-write-only-removed"]],
  },
  {
    name: "secret: pkcs12Password no longer writeOnly (reached through $ref)",
    mutate: (d) => {
      delete S(d).pkcs12Password.writeOnly;
    },
    expected: [["breaking", "secret-write-only-removed"]],
  },
  {
    name: "secret: username becomes writeOnly",
    mutate: (d) => {
      S(d).basicAuthentication.properties.username.writeOnly = true;
    },
    expected: [["info", "write-only-added"]],
  },
  {
    name: "secret: a pkcs12Value member added to a response type",
    mutate: (d) => {
      S(d).clientCertificateAuthentication.properties.pkcs12Value = { type: "string" };
    },
    expected: [
      ["breaking", "secret-in-response"],
      ["info", "response-property-added"],
    ],
  },
  // Discriminated unions.
  {
    name: "request union: the pkcs12Certificate branch and its mapping keys removed",
    mutate: (d) => {
      const union = S(d).apiAuthenticationConfigurationRequest;
      union.oneOf = [{ $ref: "#/components/schemas/basicAuthentication" }];
      delete union.discriminator.mapping["#microsoft.graph.pkcs12Certificate"];
      delete union.discriminator.mapping["microsoft.graph.pkcs12Certificate"];
    },
    expected: [["breaking", "request-discriminator-value-removed"]],
  },
  {
    name: "request union: a mapping key added",
    mutate: (d) => {
      S(d).apiAuthenticationConfigurationRequest.discriminator.mapping["#microsoft.graph.basicAuth"] =
        "#/components/schemas/basicAuthentication";
    },
    expected: [["info", "request-discriminator-value-added"]],
  },
  {
    name: "request union: a mapping key now names another branch",
    mutate: (d) => {
      S(d).apiAuthenticationConfigurationRequest.discriminator.mapping["microsoft.graph.basicAuthentication"] =
        "#/components/schemas/pkcs12Certificate";
    },
    expected: [["breaking", "discriminator-mapping-changed"]],
  },
  {
    name: "request union: the discriminator property renamed",
    mutate: (d) => {
      S(d).apiAuthenticationConfigurationRequest.discriminator.propertyName = "type";
    },
    expected: [["breaking", "discriminator-property-changed"]],
  },
  {
    name: "response union: a new branch (mapping key) added",
    mutate: (d) => {
      S(d).apiAuthenticationConfigurationResponse.discriminator.mapping["#microsoft.graph.oauth2Authentication"] =
        "#/components/schemas/basicAuthenticationMasked";
    },
    expected: [["breaking", "response-discriminator-value-added"]],
  },
  {
    name: "response union: a mapping key removed",
    mutate: (d) => {
      delete S(d).apiAuthenticationConfigurationResponse.discriminator.mapping["#microsoft.graph.basicAuthentication"];
    },
    expected: [["warning", "response-discriminator-value-removed"]],
  },
  {
    name: "response union: a mapping key now names another branch",
    mutate: (d) => {
      S(d).apiAuthenticationConfigurationResponse.discriminator.mapping["#microsoft.graph.basicAuthentication"] =
        "#/components/schemas/clientCertificateAuthentication";
    },
    expected: [["breaking", "discriminator-mapping-changed"]],
  },
  // Responses: what clients read.
  {
    name: "response: displayName removed from identityApiConnector",
    mutate: (d) => {
      delete S(d).identityApiConnector.properties.displayName;
    },
    expected: [["breaking", "response-property-removed"]],
  },
  {
    name: "response: a property added to identityApiConnector",
    mutate: (d) => {
      S(d).identityApiConnector.properties.createdDateTime = { type: "string", format: "date-time" };
    },
    expected: [["info", "response-property-added"]],
  },
  {
    name: "response: id no longer required",
    mutate: (d) => {
      S(d).identityApiConnector.required = [];
    },
    expected: [["breaking", "response-property-optional"]],
  },
  {
    name: "response: displayName now always returned",
    mutate: (d) => S(d).identityApiConnector.required.push("displayName"),
    expected: [["info", "response-property-required"]],
  },
  {
    name: "response: id widened to string or null",
    mutate: (d) => {
      S(d).identityApiConnector.properties.id.type = ["string", "null"];
    },
    expected: [["breaking", "response-type-widened"]],
  },
  {
    name: "response: the error code may now be null via a null union branch",
    mutate: (d) => {
      S(d).odataMainError.properties.code = { oneOf: [{ type: "string", maxLength: 256 }, { type: "null" }] };
    },
    expected: [["breaking", "response-union-branch-added"]],
  },
  {
    name: "response: targetUrl no longer nullable (null branch removed)",
    mutate: (d) => {
      S(d).identityApiConnector.properties.targetUrl = { $ref: "#/components/schemas/httpsUrlResponse" };
    },
    expected: [["info", "response-union-branch-removed"]],
  },
  {
    name: "response: a masked password pattern loosened to any mask",
    mutate: (d) => {
      S(d).basicAuthenticationMasked.properties.password.pattern = "^.*$";
    },
    expected: [["info", "response-pattern-changed"]],
  },
  {
    name: "response: an enum value added to the error code",
    before: (d) => {
      S(d).odataMainError.properties.code.enum = ["BadRequest", "NotFound"];
    },
    mutate: (d) => S(d).odataMainError.properties.code.enum.push("Throttled"),
    expected: [["warning", "response-enum-value-added"]],
  },
  {
    name: "response: an enum value no longer returned",
    before: (d) => {
      S(d).odataMainError.properties.code.enum = ["BadRequest", "NotFound"];
    },
    mutate: (d) => S(d).odataMainError.properties.code.enum.pop(),
    expected: [["info", "response-enum-value-removed"]],
  },
  {
    name: "response: an enum dropped (the literal union widens to string)",
    before: (d) => {
      S(d).odataMainError.properties.code.enum = ["BadRequest", "NotFound"];
    },
    mutate: (d) => {
      delete S(d).odataMainError.properties.code.enum;
    },
    expected: [["warning", "response-enum-removed"]],
  },
  {
    name: "response: an open string closed to an enum",
    mutate: (d) => {
      S(d).odataMainError.properties.code.enum = ["BadRequest", "NotFound"];
    },
    expected: [["info", "response-enum-added"]],
  },
  {
    name: "response: a constant dropped from the masked basic tag",
    mutate: (d) => {
      delete S(d).basicAuthenticationMasked.properties["@odata.type"].const;
    },
    expected: [["breaking", "response-const-removed"]],
  },
  {
    name: "response: the error details' maxItems loosened",
    mutate: (d) => {
      S(d).odataMainError.properties.details.maxItems = 1000;
    },
    expected: [["warning", "response-limit-loosened"]],
  },
  {
    name: "response: notAfter's format changed",
    mutate: (d) => {
      S(d).pkcs12CertificateInformation.properties.notAfter.format = "int32";
    },
    expected: [["warning", "response-format-changed"]],
  },
  {
    name: "response: additionalProperties: true spelled out (the default) changes nothing",
    mutate: (d) => {
      S(d).clientCertificateAuthentication.additionalProperties = true;
    },
    expected: [],
  },
  {
    name: "response: a closed type opened",
    before: (d) => {
      S(d).odataErrorDetail.additionalProperties = false;
    },
    mutate: (d) => {
      delete S(d).odataErrorDetail.additionalProperties;
    },
    expected: [["warning", "response-additional-properties-opened"]],
  },
  {
    name: "response: an open type closed",
    mutate: (d) => {
      S(d).odataErrorDetail.additionalProperties = false;
    },
    expected: [["info", "response-additional-properties-closed"]],
  },
  // Operations, parameters, bodies, statuses, headers.
  {
    name: "operation: delete removed",
    mutate: (d) => {
      delete op(d, ITEM, "delete").operationId;
      delete d.paths[ITEM].delete;
    },
    expected: [["breaking", "operation-removed"]],
  },
  {
    name: "operation: a PUT added",
    mutate: (d) => {
      d.paths[ITEM].put = {
        operationId: "replaceIdentityApiConnector",
        responses: { 204: { description: "Replaced." } },
      };
    },
    expected: [["info", "operation-added"]],
  },
  {
    name: "operation: operationId renamed",
    mutate: (d) => {
      op(d, COLLECTION, "get").operationId = "listApiConnectors";
    },
    expected: [["warning", "operation-id-changed"]],
  },
  {
    name: "parameter: a required query parameter added to list",
    mutate: (d) =>
      op(d, COLLECTION, "get").parameters.push({
        name: "tenant",
        in: "query",
        required: true,
        schema: { type: "string" },
      }),
    expected: [["breaking", "request-parameter-added-required"]],
  },
  {
    name: "parameter: a required header added to create",
    mutate: (d) => {
      op(d, COLLECTION, "post").parameters = [
        ...(op(d, COLLECTION, "post").parameters ?? []),
        { name: "ConsistencyLevel", in: "header", required: true, schema: { type: "string" } },
      ];
    },
    expected: [["breaking", "request-parameter-added-required"]],
  },
  {
    name: "parameter: an optional query parameter added to list",
    mutate: (d) =>
      op(d, COLLECTION, "get").parameters.push({ name: "$search", in: "query", schema: { type: "string" } }),
    expected: [["info", "request-parameter-added"]],
  },
  {
    name: "parameter: $top removed from list",
    mutate: (d) => {
      op(d, COLLECTION, "get").parameters = op(d, COLLECTION, "get").parameters.filter(
        (p: Doc) => p.$ref !== "#/components/parameters/top",
      );
    },
    expected: [["breaking", "request-parameter-removed"]],
  },
  {
    name: "parameter: $top becomes required",
    mutate: (d) => {
      d.components.parameters.top.required = true;
    },
    expected: [["breaking", "request-parameter-required"]],
  },
  {
    name: "parameter: $top's maximum tightened",
    mutate: (d) => {
      d.components.parameters.top.schema.maximum = 100;
    },
    expected: [["breaking", "request-limit-tightened"]],
  },
  {
    name: "request body: the JSON media type replaced by another",
    mutate: (d) => {
      const content = op(d, COLLECTION, "post").requestBody.content;
      content["application/merge-patch+json"] = content["application/json"];
      delete content["application/json"];
    },
    expected: [
      ["breaking", "request-media-type-removed"],
      ["info", "request-media-type-added"],
    ],
  },
  {
    name: "response: the 404 of get removed",
    mutate: (d) => {
      delete op(d, ITEM, "get").responses["404"];
    },
    expected: [["warning", "response-status-removed"]],
  },
  {
    name: "response: a 202 success status added to create",
    mutate: (d) => {
      op(d, COLLECTION, "post").responses["202"] = { description: "Accepted." };
    },
    expected: [["warning", "response-status-added"]],
  },
  {
    name: "response: a 412 error status added to update",
    mutate: (d) => {
      op(d, ITEM, "patch").responses["412"] = { $ref: "#/components/responses/Conflict" };
    },
    expected: [["info", "response-status-added"]],
  },
  {
    name: "response: the JSON body of list's 200 removed",
    mutate: (d) => {
      delete op(d, COLLECTION, "get").responses["200"].content;
    },
    expected: [["breaking", "response-media-type-removed"]],
  },
  {
    name: "response: the request-id header of list's 200 removed",
    mutate: (d) => {
      delete op(d, COLLECTION, "get").responses["200"].headers["request-id"];
    },
    expected: [["warning", "response-header-removed"]],
  },
  // Security.
  {
    name: "security: a new scope required",
    mutate: (d) => d.security[0].microsoftIdentityPlatform.push("Policy.ReadWrite.AuthenticationFlows"),
    expected: [["breaking", "security-scope-added"]],
  },
  {
    name: "security: one operation requires a new scheme",
    mutate: (d) => {
      d.components.securitySchemes.apiKey = { type: "apiKey", in: "header", name: "x-api-key" };
      op(d, COLLECTION, "post").security = [{ microsoftIdentityPlatform: ["APIConnectors.ReadWrite.All"], apiKey: [] }];
    },
    expected: [["breaking", "security-requirement-added"]],
  },
  {
    name: "security: the scheme's token URL changed",
    mutate: (d) => {
      d.components.securitySchemes.microsoftIdentityPlatform.flows.authorizationCode.tokenUrl =
        "https://login.microsoftonline.com/common/oauth2/v2.0/token";
    },
    expected: [["warning", "security-flow-url-changed"]],
  },
  {
    name: "security: the scheme becomes an HTTP bearer scheme",
    mutate: (d) => {
      d.components.securitySchemes.microsoftIdentityPlatform = { type: "http", scheme: "bearer" };
    },
    expected: [["breaking", "security-scheme-changed"]],
  },
  {
    name: "security: the client credentials flow removed",
    mutate: (d) => {
      delete d.components.securitySchemes.microsoftIdentityPlatform.flows.clientCredentials;
    },
    expected: [["breaking", "security-flow-removed"]],
  },
  // More of each check's other direction or form.
  {
    name: "request body: delete now requires a body",
    mutate: (d) => {
      op(d, ITEM, "delete").requestBody = {
        required: true,
        content: { "application/json": { schema: { type: "object" } } },
      };
    },
    expected: [["breaking", "request-body-added-required"]],
  },
  {
    name: "request body: delete accepts an optional body",
    mutate: (d) => {
      op(d, ITEM, "delete").requestBody = { content: { "application/json": { schema: { type: "object" } } } };
    },
    expected: [["info", "request-body-added"]],
  },
  {
    name: "request body: update's body removed",
    mutate: (d) => {
      delete op(d, ITEM, "patch").requestBody;
    },
    expected: [["breaking", "request-body-removed"]],
  },
  {
    name: "request body: an optional body becomes required",
    before: (d) => {
      op(d, ITEM, "patch").requestBody.required = false;
    },
    mutate: (d) => {
      op(d, ITEM, "patch").requestBody.required = true;
    },
    expected: [["breaking", "request-body-required"]],
  },
  {
    name: "request: username restricted to a list of values",
    mutate: (d) => {
      S(d).basicAuthentication.properties.username.enum = ["entra"];
    },
    expected: [["breaking", "request-enum-added"]],
  },
  {
    name: "request: a branch tag no longer restricted to a list",
    mutate: (d) => {
      delete S(d).pkcs12Certificate.properties["@odata.type"].enum;
    },
    expected: [["info", "request-enum-removed"]],
  },
  {
    name: "request: username fixed to a constant",
    mutate: (d) => {
      S(d).basicAuthentication.properties.username.const = "entra";
    },
    expected: [["breaking", "request-const-added"]],
  },
  {
    name: "request: a constant dropped from a request-only schema",
    before: (d) => {
      S(d).basicAuthentication.properties.username.const = "entra";
    },
    mutate: (d) => {
      delete S(d).basicAuthentication.properties.username.const;
    },
    expected: [["info", "request-const-removed"]],
  },
  {
    name: "request: a format dropped from username",
    before: (d) => {
      S(d).basicAuthentication.properties.username.format = "email";
    },
    mutate: (d) => {
      delete S(d).basicAuthentication.properties.username.format;
    },
    expected: [["info", "request-format-removed"]],
  },
  {
    name: "request: a nullable username loses its null branch",
    before: (d) => {
      S(d).basicAuthentication.properties.username = { oneOf: [{ type: "string" }, { type: "null" }] };
    },
    mutate: (d) => {
      S(d).basicAuthentication.properties.username = { type: "string" };
    },
    expected: [["breaking", "request-union-branch-removed"]],
  },
  {
    name: "request: username may also be sent as null (a null branch)",
    mutate: (d) => {
      S(d).basicAuthentication.properties.username = {
        oneOf: [S(d).basicAuthentication.properties.username, { type: "null" }],
      };
    },
    expected: [["info", "request-union-branch-added"]],
  },
  {
    name: "request: username no longer writeOnly (not a secret)",
    before: (d) => {
      S(d).basicAuthentication.properties.username.writeOnly = true;
    },
    mutate: (d) => {
      delete S(d).basicAuthentication.properties.username.writeOnly;
    },
    expected: [["warning", "write-only-removed"]],
  },
  {
    name: "request union: the discriminator removed (branches still pin the tag)",
    mutate: (d) => {
      delete S(d).apiAuthenticationConfigurationRequest.discriminator;
    },
    expected: [["info", "discriminator-removed"]],
  },
  {
    name: "request union: a discriminator added",
    before: (d) => {
      delete S(d).apiAuthenticationConfigurationRequest.discriminator;
    },
    mutate: (d) => {
      S(d).apiAuthenticationConfigurationRequest.discriminator = structuredClone(
        spec.components.schemas.apiAuthenticationConfigurationRequest.discriminator,
      );
    },
    expected: [["info", "discriminator-added"]],
  },
  {
    name: "response: a second media type for list's 200",
    mutate: (d) => {
      const content = op(d, COLLECTION, "get").responses["200"].content;
      content["application/xml"] = { schema: { type: "string" } };
    },
    expected: [["info", "response-media-type-added"]],
  },
  {
    name: "response: a required header of list's 200 becomes optional",
    before: (d) => {
      d.components.headers.RequestId.required = true;
    },
    mutate: (d) => {
      delete d.components.headers.RequestId.required;
    },
    expected: [["warning", "response-header-optional"]],
  },
  {
    name: "response: displayName no longer null",
    mutate: (d) => {
      S(d).identityApiConnector.properties.displayName.type = "string";
    },
    expected: [["info", "response-type-narrowed"]],
  },
  {
    name: "response: the error code fixed to a constant",
    mutate: (d) => {
      S(d).odataErrorDetail.properties.code.const = "BadRequest";
    },
    expected: [["info", "response-const-added"]],
  },
  {
    name: "response: the error message's maxLength tightened",
    mutate: (d) => {
      S(d).odataErrorDetail.properties.message.maxLength = 1024;
    },
    expected: [["info", "response-limit-tightened"]],
  },
  {
    name: "response: a format added to the context URL",
    mutate: (d) => {
      S(d).identityApiConnectorCollection.properties["@odata.context"].format = "uri";
    },
    expected: [["info", "response-format-added"]],
  },
  {
    name: "security: an operation requires one scheme fewer",
    before: (d) => {
      d.components.securitySchemes.apiKey = { type: "apiKey", in: "header", name: "x-api-key" };
      op(d, COLLECTION, "post").security = [{ microsoftIdentityPlatform: ["APIConnectors.ReadWrite.All"], apiKey: [] }];
    },
    mutate: (d) => {
      op(d, COLLECTION, "post").security = [{ microsoftIdentityPlatform: ["APIConnectors.ReadWrite.All"] }];
    },
    expected: [["info", "security-requirement-removed"]],
  },
  {
    name: "security: a scope no longer required",
    before: (d) => d.security[0].microsoftIdentityPlatform.push("Policy.ReadWrite.AuthenticationFlows"),
    mutate: (d) => d.security[0].microsoftIdentityPlatform.pop(),
    expected: [["info", "security-scope-removed"]],
  },
  {
    name: "security: an unused security scheme removed",
    before: (d) => {
      d.components.securitySchemes.apiKey = { type: "apiKey", in: "header", name: "x-api-key" };
    },
    mutate: (d) => {
      delete d.components.securitySchemes.apiKey;
    },
    expected: [["breaking", "security-scheme-removed"]],
  },
  {
    name: "security: a flow no longer offers the scope",
    mutate: (d) => {
      d.components.securitySchemes.microsoftIdentityPlatform.flows.authorizationCode.scopes = {};
    },
    expected: [["warning", "security-scheme-scope-removed"]],
  },
  // Changes that change nothing a client sees.
  {
    name: "prose only: a description rewritten",
    mutate: (d) => {
      S(d).identityApiConnector.description = "Rewritten.";
    },
    expected: [],
  },
];
