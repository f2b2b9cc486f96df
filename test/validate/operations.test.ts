import { describe, expect, it } from "vitest";
import {
  findOperation,
  listOperations,
  resolveOperation,
  responseFor,
  UnknownOperationError,
} from "../../src/validate/operations.js";

describe("finding an operation", () => {
  it("knows the fourteen operationIds of the spec", () => {
    expect(
      listOperations()
        .map((op) => op.operationId)
        .sort(),
    ).toEqual([
      "createIdentityApiConnector",
      "deleteIdentityApiConnector",
      "getB2cUserFlow",
      "getB2cUserFlowApiConnectorConfiguration",
      "getB2xUserFlow",
      "getB2xUserFlowApiConnectorConfiguration",
      "getIdentityApiConnector",
      "listB2cUserFlows",
      "listB2xUserFlows",
      "listIdentityApiConnectors",
      "setB2cUserFlowApiConnector",
      "setB2xUserFlowApiConnector",
      "updateIdentityApiConnector",
      "uploadIdentityApiConnectorClientCertificate",
    ]);
  });

  it.each([
    { given: "createIdentityApiConnector", want: "createIdentityApiConnector" },
    { given: "POST /identity/apiConnectors", want: "createIdentityApiConnector" },
    { given: "post /identity/apiconnectors/", want: "createIdentityApiConnector" },
    { given: "GET /identity/apiConnectors?$top=5", want: "listIdentityApiConnectors" },
    {
      given:
        "PUT https://graph.microsoft.com/v1.0/identity/b2xUserFlows/B2X_1_testuserflow/apiConnectorConfiguration/postFederationSignup/$ref",
      want: "setB2xUserFlowApiConnector",
    },
    {
      given:
        "GET /beta/identity/b2cUserFlows/B2C_1_testuserflow/apiConnectorConfiguration?$expand=postFederationSignup,postAttributeCollection",
      want: "getB2cUserFlowApiConnectorConfiguration",
    },
    {
      given: "GET https://graph.microsoft.com/v1.0/identity/apiConnectors/370eeb68-dfd3-4a47-8160-8824c2358321",
      want: "getIdentityApiConnector",
    },
    { given: "PATCH /beta/identity/apiConnectors/{identityApiConnectorId}", want: "updateIdentityApiConnector" },
    { given: "DELETE /identity/apiConnectors/abc", want: "deleteIdentityApiConnector" },
    {
      given: "POST /identity/apiconnectors/abc/uploadClientCertificate",
      want: "uploadIdentityApiConnectorClientCertificate",
    },
    {
      given: "POST /identity/apiConnectors/abc/microsoft.graph.uploadClientCertificate",
      want: "uploadIdentityApiConnectorClientCertificate",
    },
  ])("$given → $want", ({ given, want }) => {
    expect(findOperation(given)?.operationId).toBe(want);
  });

  it.each([
    "createidentityapiconnector", // operationIds are exact
    "PUT /identity/apiConnectors",
    "GET /identity/apiConnectors/a/b",
    "POST /identity/apiConnectors/abc/uploadSomethingElse",
    "POST",
    "",
  ])("%j names no operation", (given) => {
    expect(findOperation(given)).toBeUndefined();
    expect(() => resolveOperation(given)).toThrow(UnknownOperationError);
  });

  it("an unknown operation's error lists the known ones", () => {
    const error = (() => {
      try {
        resolveOperation("createConnector");
      } catch (caught) {
        return caught as UnknownOperationError;
      }
    })();
    expect(error?.message).toMatch(
      /^unknown operation "createConnector"; known operations: .*createIdentityApiConnector \(POST \/identity\/apiConnectors\)/,
    );
    expect(error?.known).toHaveLength(14);
  });

  it.each([
    { status: 201, want: { key: "201", schema: "identityApiConnector" } },
    { status: "429", want: { key: "429", schema: "odataError" } },
    { status: 418, want: { key: "4XX", schema: "odataError" } },
    { status: 599, want: { key: "5XX", schema: "odataError" } },
    { status: 200, want: undefined },
  ])("create's response for $status", ({ status, want }) => {
    expect(responseFor(resolveOperation("createIdentityApiConnector"), status)).toEqual(want);
  });
});
