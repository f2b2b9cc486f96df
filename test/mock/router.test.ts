// The mock's router against the spec's own operation lookup (findOperation): for every
// operation and every spelling Graph accepts, both must agree, and every other method on the
// same path must be a 405 whose Allow header lists exactly the spec's methods.
import { describe, expect, it } from "vitest";
import { MockError } from "../../src/mock/errors.js";
import { route } from "../../src/mock/router.js";
import { findOperation, listOperations } from "../../src/validate/index.js";

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
