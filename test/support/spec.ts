// Reads the bundled spec (generated/openapi.json) for tests: its operations and every
// example, each with the operation, direction and status it documents.
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./repo.js";

type Json = Record<string, any>;

export const bundledSpec: Json = JSON.parse(readFileSync(path.join(repoRoot, "generated", "openapi.json"), "utf8"));

/** Follows local `#/...` references of the bundle. */
export function deref(node: Json): Json {
  let current = node;
  while (typeof current?.$ref === "string") {
    const tokens = String(current.$ref)
      .replace(/^#\//, "")
      .split("/")
      .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
    current = tokens.reduce<any>((at, token) => at?.[token], bundledSpec);
  }
  return current;
}

export interface SpecExample {
  operationId: string;
  direction: "request" | "response";
  status?: string;
  name: string;
  summary?: string;
  value: unknown;
}

const METHODS = ["get", "put", "post", "delete", "patch"];

export function specOperations(): { operationId: string; method: string; path: string; operation: Json }[] {
  return Object.entries(bundledSpec.paths as Json).flatMap(([route, item]) =>
    METHODS.filter((m) => (item as Json)[m]).map((method) => ({
      operationId: (item as Json)[method].operationId as string,
      method: method.toUpperCase(),
      path: route,
      operation: (item as Json)[method] as Json,
    })),
  );
}

export function specExamples(): SpecExample[] {
  const found: SpecExample[] = [];
  for (const { operationId, operation } of specOperations()) {
    const requestMedia = operation.requestBody ? deref(operation.requestBody).content?.["application/json"] : undefined;
    for (const [name, example] of Object.entries((requestMedia?.examples ?? {}) as Json)) {
      const resolved = deref(example as Json);
      found.push({ operationId, direction: "request", name, summary: resolved.summary, value: resolved.value });
    }
    for (const [status, response] of Object.entries(operation.responses as Json)) {
      const media = deref(response as Json).content?.["application/json"];
      for (const [name, example] of Object.entries((media?.examples ?? {}) as Json)) {
        const resolved = deref(example as Json);
        found.push({
          operationId,
          direction: "response",
          status,
          name,
          summary: resolved.summary,
          value: resolved.value,
        });
      }
    }
  }
  return found;
}
