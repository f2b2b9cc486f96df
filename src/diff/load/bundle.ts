// Reads a spec into one document with only local references, the way the project's
// `redocly bundle` lays it out (generated/openapi.json): a file under `components/<kind>/`
// becomes `#/components/<kind>/<file name>`, an example file `#/components/examples/<name>`,
// and any other file (a path item) is inlined where it is referenced. Hand-written rather
// than @redocly/openapi-core because a side may come from `git show` (a reader per file, not
// a file system) and the CLI should not load Redocly's whole toolchain to compare two specs.
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { escapePointerToken, unescapePointerToken } from "../../validate/pointer.js";
import { type SpecSource, SpecSourceError } from "./source.js";

export type Json = Record<string, unknown>;

const COMPONENT_KINDS = new Set([
  "schemas",
  "responses",
  "parameters",
  "examples",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
]);

function parseDocument(text: string, file: string): unknown {
  try {
    return parseYaml(text, { prettyErrors: true, uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      throw new SpecSourceError(`${file}${at ? `:${at.line}:${at.col}` : ""}: not valid YAML or JSON: ${error.code}`);
    }
    throw error;
  }
}

/** The component a referenced file becomes, or undefined to inline it. */
function componentFor(file: string): { kind: string; name: string } | undefined {
  const parts = file.split(/[\\/]/);
  const name = path.basename(file).replace(/\.(ya?ml|json)$/i, "");
  const kindDir = parts.at(-2) ?? "";
  if (parts.at(-3) === "components" && COMPONENT_KINDS.has(kindDir)) return { kind: kindDir, name };
  if (parts.includes("examples")) return { kind: "examples", name };
  return undefined;
}

function at(document: unknown, fragment: string, where: string): unknown {
  let current = document;
  for (const token of fragment === "" ? [] : fragment.replace(/^\//, "").split("/").map(unescapePointerToken)) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, token))
      throw new SpecSourceError(`${where}: the reference does not resolve`);
    current = (current as Json)[token];
  }
  return current;
}

export interface Bundled {
  document: Json;
  label: string;
}

export function bundle(source: SpecSource): Bundled {
  const parsed = new Map<string, unknown>();
  const load = (file: string): unknown => {
    if (!parsed.has(file)) {
      const text = source.read(file);
      if (text === undefined) throw new SpecSourceError(`${displayName(file)}: cannot be read`);
      parsed.set(file, parseDocument(text, displayName(file)));
    }
    return parsed.get(file);
  };
  const displayName = (file: string) =>
    source.label.startsWith("git:")
      ? `git:${source.label.split(":")[1]}:${file}`
      : path.relative(process.cwd(), file) || file;

  const root = load(source.root);
  if (root === null || typeof root !== "object" || Array.isArray(root))
    throw new SpecSourceError(`${source.label}: not an OpenAPI document (expected an object at the top)`);
  const components: Record<string, Json> = {};
  /** file → its local reference, so a file referenced twice becomes one component. */
  const placed = new Map<string, string>();

  const resolveRef = (ref: string, from: string): string | unknown => {
    const hash = ref.indexOf("#");
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? "" : decodeURIComponent(ref.slice(hash + 1));
    if (filePart === "")
      return from === source.root
        ? ref
        : { inline: at(load(from), fragment, `${displayName(from)} ${ref}`), file: from };
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart))
      throw new SpecSourceError(`${displayName(from)}: remote reference ${JSON.stringify(ref)} is not supported`);
    const file = (source.label.startsWith("git:") ? path.posix : path).join(
      path.dirname(from),
      decodeURIComponent(filePart),
    );
    const target = componentFor(file);
    if (fragment !== "" || !target) return { inline: at(load(file), fragment, `${displayName(from)} ${ref}`), file };
    const known = placed.get(file);
    if (known) return known;
    components[target.kind] ??= {};
    const kind = components[target.kind] as Json;
    let name = target.name;
    for (let n = 2; Object.hasOwn(kind, name); n++) name = `${target.name}-${n}`;
    const local = `#/components/${target.kind}/${escapePointerToken(name)}`;
    placed.set(file, local);
    kind[name] = null; // reserve the name before recursing (cycles)
    kind[name] = rewrite(load(file), file);
    return local;
  };

  const rewrite = (node: unknown, from: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, from));
    if (node === null || typeof node !== "object") return node;
    const object = node as Json;
    if (typeof object.$ref === "string") {
      const resolved = resolveRef(object.$ref, from);
      if (typeof resolved === "string") {
        const { $ref: _, ...siblings } = object;
        return { $ref: resolved, ...(rewrite(siblings, from) as Json) };
      }
      const { inline, file } = resolved as { inline: unknown; file: string };
      return rewrite(inline, file);
    }
    const result: Json = {};
    for (const [key, value] of Object.entries(object)) {
      if (key === "mapping" && value !== null && typeof value === "object" && !Array.isArray(value)) {
        const mapping: Json = {};
        for (const [tag, target] of Object.entries(value as Json))
          mapping[tag] = typeof target === "string" && !target.startsWith("#") ? resolveRef(target, from) : target;
        result[key] = mapping;
      } else result[key] = rewrite(value, from);
    }
    return result;
  };

  const document = rewrite(root, source.root) as Json;
  const existing = (document.components ?? {}) as Record<string, Json>;
  const merged: Record<string, Json> = { ...existing };
  for (const [kind, entries] of Object.entries(components)) merged[kind] = { ...(existing[kind] ?? {}), ...entries };
  if (Object.keys(merged).length > 0) document.components = merged;
  return { document, label: source.label };
}
