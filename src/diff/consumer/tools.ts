// The two compilers the consumer check needs, loaded only when `--consumer` is given: the
// TypeScript compiler API and openapi-typescript (the generator of generated/schema.d.ts).
// Both are optional peer dependencies: a consumer team that type-checks has TypeScript
// already, and nobody else should install either to compare two specs.
import { SpecSourceError } from "../load/source.js";

export type TypeScriptApi = typeof import("typescript");
export type OpenApiTypescript = typeof import("openapi-typescript");

const INSTALL = "npm install --save-dev typescript openapi-typescript";

async function load<T>(name: string, importer: () => Promise<T>): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND")
      throw new SpecSourceError(`--consumer needs the ${name} package, which is not installed: ${INSTALL}`);
    throw error;
  }
}

export async function loadTypeScript(): Promise<TypeScriptApi> {
  const module = await load("typescript", () => import("typescript"));
  // typescript is CommonJS: under ESM its API is the default export.
  return ((module as { default?: TypeScriptApi }).default ?? module) as TypeScriptApi;
}

export function loadOpenApiTypescript(): Promise<OpenApiTypescript> {
  return load("openapi-typescript", () => import("openapi-typescript"));
}
