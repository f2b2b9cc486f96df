// npm run generate: spec/ → generated/. With --check, writes nothing and exits 1 when any
// generated file differs from what the spec produces now (the drift check `npm test` runs).
// The check is fast when generated/manifest.json shows that neither the inputs nor the
// outputs changed since the last generation (scripts/lib/fingerprint.ts); --full always
// regenerates in memory and compares. --out DIR writes to (or checks) another directory.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { inputsFingerprint, type Manifest, sha256 } from "./lib/fingerprint.js";
import { GENERATED_NOTICE } from "./lib/header.js";
import { generatedDir, repoRoot } from "./lib/paths.js";

const MANIFEST = "manifest.json";

async function render(): Promise<Map<string, string>> {
  // Loaded here, not above: the fast check never needs Redocly, ajv, TypeScript or
  // openapi-typescript (which alone took 58 % of a full run).
  const [
    { bundleSpec },
    { shapeDeclaration },
    { commentHeader },
    { buildJsonSchemaDefs, JSON_SCHEMAS_DECLARATION },
    { operationValidatorsModule },
    { readOperations },
    { readSecretMaskPattern, readSecretProperties },
    { buildTypes },
    { buildValidators, validatorsDeclaration },
  ] = await Promise.all([
    import("./lib/bundle.js"),
    import("./lib/declarations.js"),
    import("./lib/header.js"),
    import("./lib/json-schemas.js"),
    import("./lib/operation-validators.js"),
    import("./lib/operations.js"),
    import("./lib/secret-properties.js"),
    import("./lib/types.js"),
    import("./lib/validators.js"),
  ]);
  const document = bundleSpec();
  const { operations, inlineSchemas } = readOperations(document);
  const validators = buildValidators(document, operations, inlineSchemas);
  const header = commentHeader();
  const esm = (body: string) => `${header}${body.endsWith("\n") ? body : `${body}\n`}`;
  const declaration = validatorsDeclaration(validators.names);

  const files = new Map<string, string>();
  files.set("openapi.json", `${JSON.stringify(document, null, 2)}\n`);
  files.set("schema.d.ts", `${header}${await buildTypes(document)}`);
  files.set("validators.js", esm(validators.firstError));
  files.set("validators.d.ts", `${header}${declaration}`);
  files.set("validators-all-errors.js", esm(validators.allErrors));
  files.set("validators-all-errors.d.ts", `${header}${declaration}`);
  const jsonSchemaDefs = buildJsonSchemaDefs(document, inlineSchemas);
  files.set("json-schemas.js", esm(`export const jsonSchemaDefs = ${JSON.stringify(jsonSchemaDefs, null, 2)};`));
  files.set("json-schemas.d.ts", `${header}${JSON_SCHEMAS_DECLARATION}`);
  files.set(
    "operations.js",
    esm(
      [
        `export const operations = ${JSON.stringify(operations, null, 2)};`,
        `export const expectations = ${JSON.stringify(validators.expectations, null, 2)};`,
      ].join("\n"),
    ),
  );
  files.set(
    "secret-properties.js",
    esm(
      [
        `export const secretProperties = ${JSON.stringify(readSecretProperties(document))};`,
        // A literal, so that the runtime builds no regular expression (test/hostile/regex-safety.test.ts).
        `export const secretMask = ${new RegExp(readSecretMaskPattern(document), "u").toString()};`,
      ].join("\n"),
    ),
  );
  files.set("secret-properties.d.ts", `${header}${shapeDeclaration("secret-properties")}`);
  files.set("operation-validators.js", esm(operationValidatorsModule(operations)));
  files.set("operation-validators.d.ts", `${header}${shapeDeclaration("operation-validators")}`);
  files.set("operations.d.ts", `${header}${shapeDeclaration("operations")}`);
  const manifest: Manifest = {
    "x-generated": GENERATED_NOTICE,
    inputs: inputsFingerprint(repoRoot),
    files: Object.fromEntries([...files].map(([name, content]) => [name, sha256(content)]).sort()),
  };
  files.set(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

/** Whether `outDir` holds exactly what its manifest lists, for the inputs as they are now. */
function unchangedSinceGeneration(outDir: string): number | undefined {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(outDir, MANIFEST), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
  if (manifest.inputs !== inputsFingerprint(repoRoot)) return undefined;
  const names = Object.keys(manifest.files ?? {});
  const present = readdirSync(outDir).filter((name) => name !== MANIFEST);
  if (present.length !== names.length || present.some((name) => !Object.hasOwn(manifest.files, name))) return undefined;
  for (const name of names)
    if (sha256(readFileSync(path.join(outDir, name))) !== manifest.files[name]) return undefined;
  return names.length + 1;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      full: { type: "boolean", default: false },
      out: { type: "string", default: generatedDir },
    },
  });
  const outDir = path.resolve(values.out);
  const relativeDir = path.relative(repoRoot, outDir);
  if (values.check && !values.full && existsSync(outDir)) {
    const count = unchangedSinceGeneration(outDir);
    if (count !== undefined) {
      console.log(`${relativeDir}/ is up to date (${count} files; inputs and outputs match ${MANIFEST}).`);
      return 0;
    }
  }
  const files = await render();
  const existing = existsSync(outDir) ? readdirSync(outDir) : [];
  const relative = (name: string) => path.relative(repoRoot, path.join(outDir, name));

  if (values.check) {
    const differs = ([name, content]: [string, string]) => {
      const file = path.join(outDir, name);
      return !existsSync(file) || readFileSync(file, "utf8") !== content;
    };
    // The manifest only makes the next check fast: an input that changes no output (a new
    // devDependency in package-lock.json, a comment in scripts/) leaves it behind, which is
    // said but does not fail the check.
    const stale = [...files].filter((entry) => entry[0] !== MANIFEST && differs(entry));
    const manifestBehind = files.has(MANIFEST) && differs([MANIFEST, files.get(MANIFEST) ?? ""]);
    const extra = existing.filter((name) => !files.has(name));
    for (const [name] of stale) console.error(`stale: ${relative(name)}`);
    for (const name of extra) console.error(`not generated by the spec: ${relative(name)}`);
    if (stale.length || extra.length) {
      console.error(`${relative("")}/ is out of date with spec/: run \`npm run generate\` and commit the result.`);
      return 1;
    }
    if (manifestBehind)
      console.error(
        `note: ${relative(MANIFEST)} is behind its inputs (nothing it lists changed): \`npm run generate\` makes the next check fast again.`,
      );
    console.log(`${relative("")}/ is up to date (${files.size} files).`);
    return 0;
  }

  mkdirSync(outDir, { recursive: true });
  for (const name of existing) if (!files.has(name)) rmSync(path.join(outDir, name));
  for (const [name, content] of files) writeFileSync(path.join(outDir, name), content);
  console.log(`wrote ${files.size} files to ${relative("")}/`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`generate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
