// Compiles every request and response schema the operations use into precompiled ajv
// validators (ajv/dist/standalone), so the runtime never compiles a schema.
//
// Two builds of the same schemas: `validators.js` stops at the first error (fast, and
// safe on untrusted input: ajv's security guidance says to keep allErrors off), and
// `validators-all-errors.js` reports every error, for the detailed report after a payload
// has already failed.
//
// Both are ES modules. ajv's `esm: true` output still `require`s the format definitions
// (ajv#2209), so `code.formats` names an identifier instead and the module declares the
// definitions it uses itself (native-formats.ts): it imports nothing. An ES module also spares
// Node the export scan a CommonJS module costs on every import (about 90 ms for these two
// files; docs/benchmarks.md).

import { _, type CodeKeywordDefinition, type KeywordCxt, Name } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import patternKeyword from "ajv/dist/vocabularies/validation/pattern.js";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "./bundle.js";
import { constantDeclarations, shapeDeclaration } from "./declarations.js";
import { NATIVE_FORMATS_IDENTIFIER, nativeFormatsDeclaration } from "./native-formats.js";
import {
  NATIVE_PATTERNS,
  NATIVE_PATTERNS_IDENTIFIER,
  NATIVE_PATTERNS_SOURCE,
  nativePatternFunctions,
} from "./native-patterns.js";
import type { Expectations, OperationEntry } from "./shapes/operations.js";

export type { Expectations };

/** The `$id` of the schema document the generator builds from `components.schemas`. */
export const SCHEMA_DOCUMENT_ID = "https://apiconnectors.invalid/openapi.json";
const COMPONENT_REF = /^#\/components\/schemas\//;
/** Prose the validators never read; dropped so the generated modules stay small. */
const PROSE_KEYWORDS = new Set(["title", "description", "examples", "example", "externalDocs"]);

type Json = Record<string, unknown>;

interface PreparedSchemas {
  defs: Record<string, Json>;
  patterns: Record<string, string>;
  /** Union schema name → { propertyName, values } from its discriminator mapping. */
  unions: Map<string, { propertyName: string; values: string[] }>;
}

/**
 * Copies the component schemas for ajv: `#/components/schemas/X` becomes `#/$defs/X`, and
 * `discriminator.mapping` is removed because ajv refuses it ("mapping is not supported",
 * ajv#2003). Validity is unchanged: the discriminator only improves ajv's error, and every
 * branch pins its tag with `const`/`enum`, which is what ajv dispatches on. Prose and
 * `x-` extensions are dropped too; `x-pattern-description` is kept aside for messages.
 */
function prepare(document: OpenApiDocument, inlineSchemas: Map<string, Json>): PreparedSchemas {
  const source: Record<string, Json> = {
    ...(document.components.schemas as Record<string, Json>),
    ...Object.fromEntries(inlineSchemas),
  };
  const patterns: Record<string, string> = {};
  const unions = new Map<string, { propertyName: string; values: string[] }>();

  const copy = (node: unknown, owner: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => copy(item, owner));
    if (node === null || typeof node !== "object") return node;
    const result: Json = {};
    const words = (node as Json)["x-pattern-description"];
    for (const [key, value] of Object.entries(node as Json)) {
      if (PROSE_KEYWORDS.has(key) || key.startsWith("x-")) continue;
      if (key === "$ref" && typeof value === "string") {
        result[key] = value.replace(COMPONENT_REF, "#/$defs/");
      } else if (key === "discriminator") {
        const { mapping, ...rest } = value as { mapping?: Record<string, string>; propertyName: string };
        unions.set(owner, { propertyName: rest.propertyName, values: Object.keys(mapping ?? {}) });
        result[key] = rest;
      } else {
        result[key] = copy(value, owner);
      }
    }
    const pattern = result.pattern;
    if (typeof pattern === "string" && typeof words === "string") patterns[pattern] = words;
    return result;
  };

  const defs: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(source)) defs[name] = copy(schema, name) as Json;
  return { defs, patterns, unions };
}

/** The schema names reachable from `name` through `$ref`s. */
function reachable(defs: Record<string, Json>, name: string): Set<string> {
  const seen = new Set<string>();
  const visit = (schemaName: string): void => {
    if (seen.has(schemaName)) return;
    seen.add(schemaName);
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const item of node) walk(item);
        return;
      }
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node as Json)) {
        if (key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")) visit(value.slice(8));
        else walk(value);
      }
    };
    walk(defs[schemaName]);
  };
  visit(name);
  return seen;
}

/**
 * ajv's own `pattern` keyword, except that a pattern with a native implementation
 * (native-patterns.ts) compiles to a call of that function. Errors stay `pattern` errors with
 * the same params and schema path, so nothing downstream can tell the two apart.
 */
// A CommonJS module with only `exports.default`: tsx hands over the exports object, vitest the default.
const patternModule = patternKeyword as unknown as CodeKeywordDefinition | { default: CodeKeywordDefinition };
const ajvPattern = "default" in patternModule ? patternModule.default : patternModule;
const nativePatternKeyword: CodeKeywordDefinition = {
  ...ajvPattern,
  code(cxt: KeywordCxt) {
    const name = cxt.$data ? undefined : NATIVE_PATTERNS[cxt.schema as string];
    if (name === undefined) return ajvPattern.code(cxt);
    const check = cxt.gen.scopeValue("func", {
      key: name,
      ref: nativePatternFunctions()[name],
      code: _`${new Name(NATIVE_PATTERNS_IDENTIFIER)}.${new Name(name)}`,
    });
    cxt.fail$data(_`!${check}(${cxt.data})`);
  },
};

function buildAjv(prepared: PreparedSchemas, allErrors: boolean): InstanceType<typeof Ajv2020.default> {
  const ajv = new Ajv2020.default({
    strict: true,
    allowUnionTypes: true, // `type: [string, "null"]` is how OpenAPI 3.1 spells nullable
    discriminator: true,
    allErrors,
    // minLength/maxLength count UTF-16 code units (`.length`) instead of walking the string
    // for code points: 2-3× faster on a create body (docs/benchmarks.md). The two counts
    // differ only for characters outside the Basic Multilingual Plane, which then count
    // twice against a bound; every bound here is this toolkit's own (spec/README.md).
    // ajv marks the option deprecated but still honours it; the drift check and the
    // "astral characters" conformance case catch a change.
    unicode: false,
    logger: {
      log: () => {},
      warn: (message: unknown) => void (String(message).includes('"minLength"/"maxLength"') || console.warn(message)),
      error: console.error,
    },
    code: { source: true, esm: true, optimize: true, formats: _`${new Name(NATIVE_FORMATS_IDENTIFIER)}` },
  });
  addFormats.default(ajv);
  ajv.removeKeyword("pattern");
  ajv.addKeyword(nativePatternKeyword);
  ajv.addSchema({ $id: SCHEMA_DOCUMENT_ID, $defs: prepared.defs });
  return ajv;
}

/**
 * A runtime-compiled validator for a schema of the document, from the same prepared schemas
 * the standalone build uses: the baseline of the benchmark, and a third opinion in tests.
 */
export function compileRuntimeValidator(
  document: OpenApiDocument,
  schema: string,
  options: { allErrors?: boolean } = {},
) {
  const ajv = buildAjv(prepare(document, new Map()), options.allErrors ?? false);
  const validate = ajv.getSchema(`${SCHEMA_DOCUMENT_ID}#/$defs/${schema}`);
  if (!validate) throw new Error(`no schema named ${schema}`);
  return validate;
}

export interface ValidatorBuild {
  firstError: string;
  allErrors: string;
  names: string[];
  expectations: Expectations;
}

export function buildValidators(
  document: OpenApiDocument,
  operations: OperationEntry[],
  inlineSchemas: Map<string, Json>,
): ValidatorBuild {
  const prepared = prepare(document, inlineSchemas);
  const names = [
    ...new Set(
      operations
        .flatMap((op) => [
          op.request?.schema,
          op.query.schema,
          ...Object.values(op.headers).map((header) => header.schema),
          ...Object.values(op.responses),
        ])
        .filter((n): n is string => !!n),
    ),
  ].sort();
  const refs = Object.fromEntries(names.map((name) => [name, `${SCHEMA_DOCUMENT_ID}#/$defs/${name}`]));

  const discriminators: Expectations["discriminators"] = {};
  for (const name of names) {
    for (const reached of [...reachable(prepared.defs, name)].sort()) {
      const union = prepared.unions.get(reached);
      if (!union) continue;
      // If two unions with one tag property were reachable, their values would be merged:
      // this spec reaches at most one union per schema.
      discriminators[name] ??= {};
      const byTag = discriminators[name];
      byTag[union.propertyName] = [...new Set([...(byTag[union.propertyName] ?? []), ...union.values])];
    }
  }

  const moduleCode = (allErrors: boolean) => {
    // An ES module is strict already: ajv's leading "use strict" is dropped.
    const code = standaloneCode.default(buildAjv(prepared, allErrors), refs).replace(/^"use strict";/, "");
    if (/\brequire\(/.test(code))
      throw new Error("ajv's standalone output calls require(): the ES module would not load");
    const natives = code.includes(`${NATIVE_PATTERNS_IDENTIFIER}.`)
      ? `const ${NATIVE_PATTERNS_IDENTIFIER} = ${NATIVE_PATTERNS_SOURCE};\n`
      : "";
    return `${nativeFormatsDeclaration(code)}${natives}${code}`;
  };
  return {
    firstError: moduleCode(false),
    allErrors: moduleCode(true),
    names,
    expectations: { patterns: prepared.patterns, discriminators },
  };
}

/** The declaration file beside each validators module: the shape, and one validator per schema. */
export function validatorsDeclaration(names: string[]): string {
  return `${shapeDeclaration("validators")}${constantDeclarations(names, "CompiledValidator")}`;
}
