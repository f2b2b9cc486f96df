// Every example in spec/ validates for its operation, direction and status, in every build
// of the validator; and every file in spec/examples is actually used by the spec.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { validateRequest, validateResponse } from "../../src/validate/index.js";
import { findOperation, responseFor } from "../../src/validate/operations.js";
import { repoRoot } from "../support/repo.js";
import { specExamples, specOperations } from "../support/spec.js";
import { verdicts } from "../support/validators.js";

const examples = specExamples();
const label = (e: (typeof examples)[number]) =>
  `${e.operationId} ${e.direction}${e.status ? ` ${e.status}` : ""} "${e.name}"`;

describe("spec examples", () => {
  it("there are examples for every documented status with a body, and for every request body", () => {
    const missing: string[] = [];
    for (const { operationId, operation } of specOperations()) {
      if (operation.requestBody && !examples.some((e) => e.operationId === operationId && e.direction === "request"))
        missing.push(`${operationId} request`);
      for (const status of Object.keys(operation.responses)) {
        const entry = findOperation(operationId)!;
        if (
          responseFor(entry, status)?.schema &&
          !examples.some((e) => e.operationId === operationId && e.status === status)
        )
          missing.push(`${operationId} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(examples.map((e) => [label(e), e] as const))("%s conforms", (_label, example) => {
    const result =
      example.direction === "request"
        ? validateRequest(example.operationId, example.value)
        : validateResponse(example.operationId, example.status!, example.value);
    expect(result).toEqual({ valid: true, issues: [] });
  });

  it.each(examples.map((e) => [label(e), e] as const))("%s: every validator build agrees", (_label, example) => {
    const op = findOperation(example.operationId)!;
    const schema = example.direction === "request" ? op.request!.schema : responseFor(op, example.status!)!.schema!;
    expect(verdicts(schema, example.value)).toEqual({ firstError: true, allErrors: true, runtimeCompiled: true });
  });

  it("every file in spec/examples is referenced by the spec", () => {
    const root = path.join(repoRoot, "spec", "examples");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml"));
    const unused = files.filter((file) => {
      const { summary, value } = YAML.parse(readFileSync(path.join(root, file), "utf8"));
      return !examples.some((e) => e.summary === summary && JSON.stringify(e.value) === JSON.stringify(value));
    });
    expect(files.length).toBeGreaterThan(10);
    expect(unused).toEqual([]);
  });
});
