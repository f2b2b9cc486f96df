// The mock's router against the spec's own operation lookup (findOperation): for every
// operation and every spelling Graph accepts, both must agree, and every other method on the
// same path must be a 405 whose Allow header lists exactly the spec's methods.
import { describe, expect, it } from "vitest";
import { MockError } from "../../src/mock/errors.js";
import { handlers } from "../../src/mock/handlers/index.js";
import { routingTable } from "../../src/mock/operation-routes.js";
import { route } from "../../src/mock/router.js";
import { findOperation, listOperations, type OperationEntry } from "../../src/validate/index.js";

const ID = "45715bb8-13f9-4bf6-927f-ef96c102d394";
const spellings = (template: string): string[] => {
  const path = template.replace(/\{[^}]+\}/g, ID);
  return [
    path,
    path.toLowerCase(),
    `/v1.0${path}`,
    `/BETA${path}/`,
    path.replace(/uploadClientCertificate$/, "microsoft.graph.uploadClientCertificate"),
  ];
};
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

describe("the router", () => {
  for (const operation of listOperations()) {
    it.each(spellings(operation.path))(
      `routes ${operation.method} %s to ${operation.operationId}, as findOperation does`,
      (path) => {
        expect(findOperation(`${operation.method} ${path}`)?.operationId).toBe(operation.operationId);
        const matched = route(operation.method, path, "v1.0");
        expect(matched.operationId).toBe(operation.operationId);
        expect(matched.id).toBe(operation.path.includes("{") ? ID : undefined);
        expect(matched.version).toBe(path.startsWith("/BETA") ? "beta" : "v1.0");
      },
    );
  }

  const paths = [...new Set(listOperations().map((operation) => operation.path))];
  it.each(paths)("answers every other method on %s with 405 and the spec's methods in Allow", (template) => {
    const path = template.replace(/\{[^}]+\}/g, ID);
    const inSpec = listOperations()
      .filter((operation) => operation.path === template)
      .map((operation) => operation.method);
    for (const method of METHODS.filter((candidate) => !inSpec.includes(candidate))) {
      let refused: unknown;
      try {
        route(method, path, "v1.0");
      } catch (error) {
        refused = error;
      }
      expect(refused, `${method} ${path}`).toBeInstanceOf(MockError);
      expect((refused as MockError).status).toBe(405);
      expect((refused as MockError).headers.Allow?.split(", ").sort()).toEqual([...inSpec].sort());
    }
  });
});

describe("the routing table", () => {
  const handled = Object.keys(handlers);

  it("is derived from the spec's operations, one route each", () => {
    expect(routingTable(listOperations(), handled).map((entry) => entry.operationId)).toEqual(
      listOperations().map((operation) => operation.operationId),
    );
  });

  it("refuses to start when an operation of generated/operations.js has no handler", () => {
    const added = { ...listOperations()[0], operationId: "listWidgets", path: "/identity/widgets" } as OperationEntry;
    expect(() => routingTable([...listOperations(), added], handled)).toThrow(
      "listWidgets (GET /identity/widgets) is in generated/operations.js but has no handler in src/mock/handlers/index.ts",
    );
    expect(() => routingTable(listOperations(), handled.slice(1))).toThrow(`${handled[0]} (`);
  });

  it("refuses a handler whose operation the spec no longer has", () => {
    expect(() => routingTable(listOperations().slice(1), handled)).toThrow(
      `the handler ${listOperations()[0]?.operationId} in src/mock/handlers/index.ts has no operation in generated/operations.js`,
    );
  });

  it("accepts a namespace-qualified name only for a bound action", () => {
    expect(
      route("POST", `/identity/apiConnectors/${ID}/microsoft.graph.uploadClientCertificate`, "v1.0").operationId,
    ).toBe("uploadIdentityApiConnectorClientCertificate");
    expect(() => route("GET", "/identity/microsoft.graph.apiConnectors", "v1.0")).toThrow(
      "Resource not found for the segment 'microsoft.graph.apiConnectors'",
    );
    expect(() =>
      route("GET", `/identity/b2xUserFlows/B2X_1_a/microsoft.graph.apiConnectorConfiguration`, "v1.0"),
    ).toThrow("Resource not found for the segment 'microsoft.graph.apiConnectorConfiguration'");
  });

  it("names the first segment the contract does not have", () => {
    expect(() => route("GET", "/identity/apiConnectors/$count", "v1.0")).toThrow("segment '$count'");
    expect(() => route("GET", `/identity/apiConnectors/${ID}/foo`, "v1.0")).toThrow("segment 'foo'");
    expect(() => route("GET", "/users", "v1.0")).toThrow("segment 'users'");
    expect(() => route("GET", "/", "v1.0")).toThrow("segment ''");
    expect(() => route("GET", "/identity", "v1.0")).toThrow("segment 'identity'");
  });
});
