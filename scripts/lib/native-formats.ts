// The `format` definitions the generated validators use, written into them as source.
//
// ajv's standalone output refers to its format definitions by name; importing them from
// ajv-formats at run time made Node load that CommonJS module through its ES module loader
// on every start (about 15 ms of the CLI's start-up, docs/benchmarks.md "CLI"), and made ajv
// and ajv-formats dependencies of every install. Each definition here is the one ajv-formats
// 3 has in `fullFormats` (node_modules/ajv-formats/dist/formats.js), and
// test/validate/native-formats.test.ts holds them to ajv-formats with fast-check. A format
// the spec starts using that is not listed here stops the generator with a message.

/** The identifier the generated modules bind the format definitions to. */
export const NATIVE_FORMATS_IDENTIFIER = "nativeFormats";

/** Format name → the source of its definition, as ajv-formats' `fullFormats` has it. */
export const NATIVE_FORMATS: Readonly<Record<string, string>> = {
  // JSON numbers are doubles: every integer a double holds fits int64 (ajv-formats' own reading).
  int64: `{ type: "number", validate: (value) => Number.isInteger(value) }`,
  int32: `{ type: "number", validate: (value) => Number.isInteger(value) && value <= 2147483647 && value >= -2147483648 }`,
  // RFC 4122, with the optional urn:uuid: prefix.
  uuid: String.raw`/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i`,
};

/** The formats a generated module's code refers to (`nativeFormats.int64`). */
export function formatsUsed(code: string): string[] {
  const used = new Set<string>();
  for (const match of code.matchAll(new RegExp(`\\b${NATIVE_FORMATS_IDENTIFIER}\\.([A-Za-z_$][\\w$]*)`, "g")))
    used.add(match[1] as string);
  for (const match of code.matchAll(new RegExp(`\\b${NATIVE_FORMATS_IDENTIFIER}\\[("(?:[^"\\\\]|\\\\.)*")\\]`, "g")))
    used.add(JSON.parse(match[1] as string) as string);
  return [...used].sort();
}

/** `const nativeFormats = { … };` with the definitions `code` uses, or "" when it uses none. */
export function nativeFormatsDeclaration(code: string): string {
  const used = formatsUsed(code);
  if (used.length === 0) return "";
  const missing = used.filter((name) => !Object.hasOwn(NATIVE_FORMATS, name));
  if (missing.length > 0)
    throw new Error(
      `the spec uses format ${missing.map((name) => `"${name}"`).join(", ")}, which scripts/lib/native-formats.ts does not define: add its definition from ajv-formats and a case in test/validate/native-formats.test.ts`,
    );
  const members = used.map((name) => `${JSON.stringify(name)}: ${NATIVE_FORMATS[name]}`);
  return `const ${NATIVE_FORMATS_IDENTIFIER} = { ${members.join(", ")} };\n`;
}

let evaluated: Record<string, unknown> | undefined;

/** The definitions as values, evaluated from the same text the generator writes (for tests). */
export function nativeFormatDefinitions(): Record<string, unknown> {
  const members = Object.entries(NATIVE_FORMATS).map(([name, source]) => `${JSON.stringify(name)}: ${source}`);
  evaluated ??= new Function(`return { ${members.join(", ")} };`)() as Record<string, unknown>;
  return evaluated;
}
