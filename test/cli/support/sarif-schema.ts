// The published SARIF 2.1.0 schema (test/fixtures/sarif/SOURCE.md), compiled once for the tests.
import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

export const sarifSchema = JSON.parse(
  readFileSync(new URL("../../fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url), "utf8"),
) as { properties: { version: { enum: string[] } } };

// strict off: the schema is draft-04 with its own `id`s. unicodeRegExp off: its
// toolComponent.language pattern has a stray "]" that only a non-unicode RegExp accepts.
const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
export const validateSarif = ajv.compile(sarifSchema);
