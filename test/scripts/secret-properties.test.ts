// The secret list is read from the spec's writeOnly properties (scripts/lib/secret-properties.ts):
// what generated/operations.js ships, and what the runtime masks.
import { describe, expect, it } from "vitest";
import { secretMask, secretProperties } from "../../generated/secret-properties.js";
import type { OpenApiDocument } from "../../scripts/lib/bundle.js";
import { MASK_PATTERN, readSecretMaskPattern, readSecretProperties } from "../../scripts/lib/secret-properties.js";
import { isSecretMask, SECRET_PROPERTIES } from "../../src/validate/index.js";
import { bundledSpec } from "../support/spec.js";

const specDocument = () => structuredClone(bundledSpec) as OpenApiDocument;

describe("the secret property list", () => {
  it("is the spec's write-only property names, as generated and as the runtime uses them", () => {
    expect(readSecretProperties(specDocument())).toEqual(["password", "pkcs12Value"]);
    expect(secretProperties).toEqual(readSecretProperties(specDocument()));
    expect([...SECRET_PROPERTIES].sort()).toEqual([...secretProperties]);
  });

  it("follows writeOnly declared directly or on the referenced schema, at any depth", () => {
    const document = specDocument();
    const schemas = document.components.schemas as Record<string, any>;
    schemas.clientSecretValue = { type: "string", writeOnly: true };
    schemas.identityApiConnector.properties.nested = {
      type: "array",
      items: {
        type: "object",
        properties: {
          apiKey: { type: "string", writeOnly: true },
          token: { $ref: "#/components/schemas/clientSecretValue" },
        },
      },
    };
    expect(readSecretProperties(document)).toEqual(["apiKey", "password", "pkcs12Value", "token"]);
    delete schemas.basicAuthentication.properties.password;
    expect(readSecretProperties(document)).toContain("password"); // still write-only in pkcs12Certificate
  });
});

describe("Graph's mask of a secret", () => {
  it("is one pattern: the spec's, the lint rule's, the generated one and the runtime's", () => {
    const schemas = specDocument().components.schemas as Record<string, any>;
    expect(schemas.basicAuthenticationMasked.properties.password.pattern).toBe(MASK_PATTERN);
    expect(readSecretMaskPattern(specDocument())).toBe(MASK_PATTERN);
    expect(secretMask.source).toBe(MASK_PATTERN);
    expect(isSecretMask("******")).toBe(true);
    for (const value of ["", "***x", "*\n", "hunter2", null, 6]) expect(isSecretMask(value)).toBe(false);
  });

  it("is refused by the generator when the spec spells a mask another way", () => {
    const document = specDocument();
    const schemas = document.components.schemas as Record<string, any>;
    schemas.basicAuthenticationMasked.properties.password.pattern = "^[*]+$";
    expect(() => readSecretMaskPattern(document)).toThrow('must have pattern ^\\*+$; got password: "^[*]+$"');
  });
});
