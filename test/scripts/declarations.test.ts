// generated/*.d.ts come from the real types in scripts/lib/shapes/ through the TypeScript
// compiler: the runtime's view of a generated module is the generator's type, field for field.
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as GeneratedOperationValidators from "../../generated/operation-validators.js";
import type * as GeneratedOperations from "../../generated/operations.js";
import type * as GeneratedValidators from "../../generated/validators.js";
import { constantDeclarations, shapeDeclaration } from "../../scripts/lib/declarations.js";
import type * as OperationValidatorsShape from "../../scripts/lib/shapes/operation-validators.js";
import type * as OperationsShape from "../../scripts/lib/shapes/operations.js";
import type * as ValidatorsShape from "../../scripts/lib/shapes/validators.js";

describe("generated declarations", () => {
  it("declare the generator's own types", () => {
    expectTypeOf<GeneratedOperations.OperationEntry>().toEqualTypeOf<OperationsShape.OperationEntry>();
    expectTypeOf<GeneratedOperations.Expectations>().toEqualTypeOf<OperationsShape.Expectations>();
    expectTypeOf<typeof GeneratedOperations.operations>().toEqualTypeOf<typeof OperationsShape.operations>();
    expectTypeOf<GeneratedValidators.CompiledValidatorError>().toEqualTypeOf<ValidatorsShape.CompiledValidatorError>();
    expectTypeOf<GeneratedValidators.CompiledValidator>().toEqualTypeOf<ValidatorsShape.CompiledValidator>();
    expectTypeOf<GeneratedOperationValidators.OperationValidators>().toEqualTypeOf<OperationValidatorsShape.OperationValidators>();
  });

  it("are the compiler's declaration output of a shape", () => {
    const declaration = shapeDeclaration("operations");
    expect(declaration).toMatch(/^export interface OperationEntry \{\n {4}operationId: string;/);
    expect(declaration).toContain("export declare const operations: OperationEntry[];");
    expect(declaration).not.toContain("export {};");
  });

  it("print one typed constant per validator name", () => {
    expect(constantDeclarations(["createBody", "getResponse"], "CompiledValidator")).toBe(
      "export declare const createBody: CompiledValidator;\nexport declare const getResponse: CompiledValidator;\n",
    );
  });
});
