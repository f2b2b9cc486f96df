// Every build of the validator the project has, so one case can be checked against all of
// them: the two precompiled (standalone) modules and an ajv validator compiled at run time
// from the bundled spec.
import * as firstErrorModule from "../../generated/validators.js";
import * as allErrorsModule from "../../generated/validators-all-errors.js";
import type { OpenApiDocument } from "../../scripts/lib/bundle.js";
import { compileRuntimeValidator } from "../../scripts/lib/validators.js";
import { bundledSpec } from "./spec.js";

type Validator = (data: unknown) => boolean;
const firstError: Record<string, Validator> = firstErrorModule;
const allErrors: Record<string, Validator> = allErrorsModule;
const runtime = new Map<string, Validator>();

/** Verdicts of each build for one schema and payload. */
export function verdicts(
  schema: string,
  data: unknown,
): { firstError: boolean; allErrors: boolean; runtimeCompiled: boolean } {
  if (!runtime.has(schema))
    runtime.set(schema, compileRuntimeValidator(bundledSpec as OpenApiDocument, schema) as Validator);
  return {
    firstError: firstError[schema]!(data),
    allErrors: allErrors[schema]!(data),
    runtimeCompiled: runtime.get(schema)!(data),
  };
}
