// Every build of the validator the project has, so one case can be checked against all of
// them: the two precompiled (standalone) modules and an ajv validator compiled at run time
// from the bundled spec.
import { createRequire } from "node:module";
import { compileRuntimeValidator } from "../../scripts/lib/validators.js";
import type { OpenApiDocument } from "../../scripts/lib/bundle.js";
import { bundledSpec } from "./spec.js";

const require = createRequire(import.meta.url);
type Validator = (data: unknown) => boolean;
const firstError = require("../../generated/validators.cjs") as Record<string, Validator>;
const allErrors = require("../../generated/validators-all-errors.cjs") as Record<string, Validator>;
const runtime = new Map<string, Validator>();

/** Verdicts of each build for one schema and payload. */
export function verdicts(schema: string, data: unknown): { firstError: boolean; allErrors: boolean; runtimeCompiled: boolean } {
  if (!runtime.has(schema)) runtime.set(schema, compileRuntimeValidator(bundledSpec as OpenApiDocument, schema) as Validator);
  return {
    firstError: firstError[schema]!(data),
    allErrors: allErrors[schema]!(data),
    runtimeCompiled: runtime.get(schema)!(data),
  };
}
