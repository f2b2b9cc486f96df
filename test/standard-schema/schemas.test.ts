// The Standard Schema objects of `apiconnectors/standard-schema`: one per operation ×
// direction × status, each validating like validateRequest/validateResponse, with issues
// as Standard Schema issues (message, path of property keys) and a JSON Schema per target.
import type { StandardSchemaV1 } from "@standard-schema/spec";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { schemas } from "../../src/standard-schema/index.js";
import { listOperations } from "../../src/validate/index.js";
import { specExamples } from "../support/spec.js";

type AnySchema = StandardSchemaV1<unknown> & {
  "~standard": {
    jsonSchema: {
      input: (o: { target: string }) => Record<string, unknown>;
      output: (o: { target: string }) => Record<string, unknown>;
    };
  };
};
const byName = schemas as unknown as Record<string, { request?: AnySchema; response: Record<string, AnySchema> }>;

function schemaFor(operationId: string, direction: "request" | "response", status?: string): AnySchema {
  const entry = byName[operationId]!;
  const schema = direction === "request" ? entry.request : entry.response[status!];
  if (!schema) throw new Error(`no schema for ${operationId} ${direction} ${status}`);
  return schema;
}

const validBasic = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "MyUsername",
    password: "s3cret-Value-never-printed",
  },
};

describe("schemas", () => {
  it("has a request schema for each operation with a body and a response schema for each documented status", () => {
    for (const op of listOperations()) {
      const entry = byName[op.operationId];
      expect(entry, op.operationId).toBeDefined();
      expect(entry?.request === undefined, `${op.operationId} request`).toBe(op.request === null);
      expect(Object.keys(entry?.response ?? {}).sort()).toEqual(Object.keys(op.responses).sort());
      for (const schema of [entry?.request, ...Object.values(entry?.response ?? {})].filter(Boolean)) {
        expect(schema?.["~standard"].version).toBe(1);
        expect(schema?.["~standard"].vendor).toBe("apiconnectors");
      }
    }
  });

  it.each(
    specExamples().map(
      (example) =>
        [`${example.operationId} ${example.direction} ${example.status ?? ""} ${example.name}`, example] as const,
    ),
  )("accepts the spec's example %s and returns it as the value", (_name, example) => {
    const result = schemaFor(example.operationId, example.direction, example.status)["~standard"].validate(
      example.value,
    );
    expect(result).toEqual({ value: example.value });
  });

  it("reports issues with the validator's message and the pointer as a path of property keys", () => {
    const result = schemas.createIdentityApiConnector.request["~standard"].validate({
      ...validBasic,
      targetUrl: "http://insecure.example",
      authenticationConfiguration: { ...validBasic.authenticationConfiguration, username: 42 },
    }) as StandardSchemaV1.FailureResult;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { message: expect.stringContaining("https"), path: ["targetUrl"] },
        { message: expect.stringContaining("string"), path: ["authenticationConfiguration", "username"] },
      ]),
    );
  });

  it("numbers array indices in paths and leaves the path out for the body itself", () => {
    const list = schemas.listIdentityApiConnectors.response[200]["~standard"].validate({
      value: [{ id: "a", displayName: "x", targetUrl: "https://a.example", authenticationConfiguration: 7 }],
    }) as StandardSchemaV1.FailureResult;
    expect(list.issues.map((issue) => issue.path)).toContainEqual(["value", 0, "authenticationConfiguration"]);
    const missing = schemas.createIdentityApiConnector.request["~standard"].validate(
      undefined,
    ) as StandardSchemaV1.FailureResult;
    expect(missing.issues).toEqual([{ message: expect.stringContaining("requires a JSON request body") }]);
  });

  it("accepts no body for a 204 and rejects one", () => {
    const noContent = schemas.deleteIdentityApiConnector.response[204]["~standard"];
    expect(noContent.validate(undefined)).toEqual({ value: undefined });
    expect(noContent.validate({})).toHaveProperty("issues");
  });

  it("never puts a secret in an issue message", () => {
    const secrets = ["s3cret-Value-never-printed", "TUlJS2dJQkFBS0NBZ0VB-secret"];
    const bodies = [
      { ...validBasic, authenticationConfiguration: { ...validBasic.authenticationConfiguration, username: "" } },
      {
        ...validBasic,
        authenticationConfiguration: {
          "@odata.type": "#microsoft.graph.basicAuthentication",
          password: secrets[0],
          pkcs12Value: secrets[1],
        },
      },
      {
        ...validBasic,
        authenticationConfiguration: {
          "@odata.type": "#microsoft.graph.pkcs12Certificate",
          pkcs12Value: 5,
          password: secrets[0],
        },
      },
      {
        ...validBasic,
        authenticationConfiguration: {
          "@odata.type": "#microsoft.graph.pkcs12Certificate",
          pkcs12Value: "not base64 !!",
          password: secrets[0],
        },
      },
    ];
    for (const body of bodies) {
      const result = schemas.createIdentityApiConnector.request["~standard"].validate(
        body,
      ) as StandardSchemaV1.FailureResult;
      expect(result.issues.length).toBeGreaterThan(0);
      const text = JSON.stringify(result.issues);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });
});

describe("~standard.jsonSchema", () => {
  const create = schemas.createIdentityApiConnector.request["~standard"].jsonSchema;

  it("gives a self-contained draft 2020-12 schema that accepts and rejects what the validator does", () => {
    const document = create.input({ target: "draft-2020-12" });
    expect(document.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(create.output({ target: "draft-2020-12" })).toEqual(document);
    expect(JSON.stringify(document)).not.toMatch(/"discriminator"|#\/components\//);
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const check = ajv.compile(document);
    expect(check(validBasic)).toBe(true);
    expect(check({ ...validBasic, targetUrl: "http://insecure.example" })).toBe(false);
  });

  it("gives a draft-07 schema with definitions that ajv's draft-07 build compiles", () => {
    const document = create.input({ target: "draft-07" });
    expect(document.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(document).toHaveProperty("definitions");
    expect(JSON.stringify(document)).not.toContain("$defs");
    const ajv = new Ajv.default({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const check = ajv.compile(document);
    expect(check(validBasic)).toBe(true);
    expect(check({ ...validBasic, authenticationConfiguration: { "@odata.type": "#microsoft.graph.nope" } })).toBe(
      false,
    );
  });

  it("throws for a target it does not support, naming the supported ones", () => {
    expect(() => create.input({ target: "openapi-3.0" })).toThrow(/draft-2020-12, draft-07/);
  });

  it("gives every response schema, each compiling", () => {
    const ajv = new Ajv2020.default({ strict: true });
    addFormats.default(ajv);
    for (const op of listOperations())
      for (const status of Object.keys(op.responses)) {
        const document = schemaFor(op.operationId, "response", status)["~standard"].jsonSchema.output({
          target: "draft-2020-12",
        });
        expect(() => ajv.compile(document), `${op.operationId} ${status}`).not.toThrow();
      }
  });
});
