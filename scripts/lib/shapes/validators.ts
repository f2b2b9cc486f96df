// The shape of generated/validators.js and validators-all-errors.js (ajv standalone code). Their
// declaration files are this file's declaration output plus one `CompiledValidator` constant
// per schema (scripts/lib/declarations.ts).

/** One ajv error, as the standalone code reports it. */
export interface CompiledValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export type CompiledValidator = ((data: unknown) => boolean) & { errors?: CompiledValidatorError[] | null };
