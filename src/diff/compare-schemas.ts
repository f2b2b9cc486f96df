// Walks a schema in the old document beside its counterpart in the new one, running every
// schema check at each place: through `$ref`s (pointers then name the component), shared
// properties, items, `allOf`, and union branches (by discriminator mapping key when both
// sides have one, otherwise by what each branch is).
import { child, type FindingCollector, isObject, type Json, member, type Place, resolveLocal } from "./context.js";
import { discriminatorOf } from "./rules/schema/discriminator.js";
import { SCHEMA_RULES } from "./rules/schema-rules.js";
import type { SchemaPair, UnionBranch } from "./schema-pair.js";

export interface Documents {
  old: Json;
  new: Json;
}

interface Located {
  node: Json;
  pointer: string;
  symbol: string;
}

const COMPONENT_SCHEMA = /^\/components\/schemas\/([^/]+)$/;

/** Follows `$ref`s; the symbol becomes the component's when the target is a component schema. */
function resolve(document: Json, raw: unknown, pointer: string, symbol: string): Located {
  let node = raw;
  let at = pointer;
  let name = symbol;
  let siblings: Json = {};
  for (let hops = 0; isObject(node) && typeof node.$ref === "string" && hops < 32; hops++) {
    const { $ref, ...rest } = node;
    siblings = { ...rest, ...siblings };
    const target = resolveLocal(document, $ref as string);
    at = target.pointer;
    const component = COMPONENT_SCHEMA.exec(at);
    if (component?.[1]) name = `components["schemas"]${member(component[1].replace(/~1/g, "/").replace(/~0/g, "~"))}`;
    node = target.node;
  }
  const resolved = isObject(node) ? node : {};
  return { node: Object.keys(siblings).length ? { ...resolved, ...siblings } : resolved, pointer: at, symbol: name };
}

function branchesOf(schema: Json): unknown[] | undefined {
  if (Array.isArray(schema.oneOf)) return schema.oneOf;
  if (Array.isArray(schema.anyOf)) return schema.anyOf;
  return undefined;
}

function label(raw: unknown): string {
  if (!isObject(raw)) return String(raw);
  if (typeof raw.$ref === "string") return raw.$ref.split("/").at(-1) ?? raw.$ref;
  if (raw.type === "null") return "null";
  if (Object.hasOwn(raw, "const")) return JSON.stringify(raw.const);
  if (raw.type !== undefined) return String(raw.type);
  return "an inline schema";
}

export class SchemaComparer {
  private readonly visited = new Set<string>();

  constructor(
    private readonly documents: Documents,
    private readonly place: Place,
    private readonly collector: FindingCollector,
  ) {}

  compare(
    rawOld: unknown,
    rawNew: unknown,
    oldPointer: string,
    newPointer: string,
    symbol: string,
    propertyName?: string,
  ): void {
    const old = resolve(this.documents.old, rawOld, oldPointer, symbol);
    const now = resolve(this.documents.new, rawNew, newPointer, symbol);
    const key = `${old.pointer}\u0000${now.pointer}\u0000${propertyName ?? ""}`;
    if (this.visited.has(key)) return;
    this.visited.add(key);

    const oldBranches = branchesOf(old.node);
    const newBranches = branchesOf(now.node);
    const bothDiscriminated = discriminatorOf(old.node) !== undefined && discriminatorOf(now.node) !== undefined;
    const pair: SchemaPair = {
      old: old.node,
      new: now.node,
      oldPointer: old.pointer,
      newPointer: now.pointer,
      direction: this.place.direction === "request" ? "request" : "response",
      symbol: now.symbol,
      ...(propertyName === undefined ? {} : { propertyName }),
    };

    if ((oldBranches || newBranches) && !bothDiscriminated) {
      const union = this.compareBranches(
        {
          raw: oldBranches ?? [rawOld],
          pointer: oldBranches ? child(old.pointer, Array.isArray(old.node.oneOf) ? "oneOf" : "anyOf") : undefined,
          base: old,
        },
        {
          raw: newBranches ?? [rawNew],
          pointer: newBranches ? child(now.pointer, Array.isArray(now.node.oneOf) ? "oneOf" : "anyOf") : undefined,
          base: now,
        },
        symbol,
        propertyName,
      );
      pair.union = union;
      if (oldBranches && newBranches) {
        this.run(pair, SCHEMA_RULES);
        return;
      }
      // A value that becomes (or stops being) a union: only the branches changed, not the
      // keywords, and the change is to the place that holds the value (a property).
      this.run(
        { ...pair, oldPointer, newPointer, symbol },
        SCHEMA_RULES.filter((rule) => rule.name === "union branches"),
      );
      return;
    }
    this.run(pair, SCHEMA_RULES);
    if (bothDiscriminated) this.compareMapped(old, now);
    this.descend(old, now);
  }

  private run(pair: SchemaPair, rules: typeof SCHEMA_RULES): void {
    for (const rule of rules)
      rule.check(pair, (raised) =>
        this.collector.add(this.place, {
          oldPointer: pair.oldPointer,
          newPointer: pair.newPointer,
          symbol: pair.symbol,
          ...raised,
        }),
      );
  }

  private descend(old: Located, now: Located): void {
    const oldProperties = isObject(old.node.properties) ? old.node.properties : {};
    const newProperties = isObject(now.node.properties) ? now.node.properties : {};
    for (const name of Object.keys(oldProperties))
      if (Object.hasOwn(newProperties, name))
        this.compare(
          oldProperties[name],
          newProperties[name],
          child(old.pointer, "properties", name),
          child(now.pointer, "properties", name),
          `${now.symbol}${member(name)}`,
          name,
        );
    if (old.node.items !== undefined && now.node.items !== undefined)
      this.compare(
        old.node.items,
        now.node.items,
        child(old.pointer, "items"),
        child(now.pointer, "items"),
        `${now.symbol}[number]`,
      );
    if (isObject(old.node.additionalProperties) && isObject(now.node.additionalProperties))
      this.compare(
        old.node.additionalProperties,
        now.node.additionalProperties,
        child(old.pointer, "additionalProperties"),
        child(now.pointer, "additionalProperties"),
        `${now.symbol}[string]`,
      );
    const oldAll = Array.isArray(old.node.allOf) ? old.node.allOf : [];
    const newAll = Array.isArray(now.node.allOf) ? now.node.allOf : [];
    for (let index = 0; index < Math.min(oldAll.length, newAll.length); index++)
      this.compare(
        oldAll[index],
        newAll[index],
        child(old.pointer, "allOf", index),
        child(now.pointer, "allOf", index),
        now.symbol,
      );
  }

  /** Both unions discriminated: branches are the targets of the mapping keys both sides have. */
  private compareMapped(old: Located, now: Located): void {
    const before = discriminatorOf(old.node);
    const after = discriminatorOf(now.node);
    for (const [key, target] of after?.mapping ?? []) {
      // A key added, removed or pointed elsewhere is the discriminator check's finding.
      if (before?.mapping.get(key) !== target) continue;
      const previous = target;
      this.compare({ $ref: previous }, { $ref: target }, old.pointer, now.pointer, now.symbol);
    }
  }

  private compareBranches(
    old: { raw: unknown[]; pointer: string | undefined; base: Located },
    now: { raw: unknown[]; pointer: string | undefined; base: Located },
    symbol: string,
    propertyName: string | undefined,
  ): { added: UnionBranch[]; removed: UnionBranch[] } {
    const where = (side: typeof old, index: number) =>
      side.pointer === undefined ? side.base.pointer : child(side.pointer, index);
    const unmatchedNew = new Set(now.raw.map((_, index) => index));
    const unmatchedOld: number[] = [];
    old.raw.forEach((branch, index) => {
      const match = [...unmatchedNew].find((candidate) => label(now.raw[candidate]) === label(branch));
      if (match === undefined) {
        unmatchedOld.push(index);
        return;
      }
      unmatchedNew.delete(match);
      this.compare(branch, now.raw[match], where(old, index), where(now, match), symbol, propertyName);
    });
    // A branch changed in place (an inline object edited) pairs with the one left on the other side.
    if (unmatchedOld.length === 1 && unmatchedNew.size === 1) {
      const [newIndex] = [...unmatchedNew];
      const oldIndex = unmatchedOld[0] ?? 0;
      if (label(old.raw[oldIndex]) === "an inline schema" && label(now.raw[newIndex ?? 0]) === "an inline schema") {
        this.compare(
          old.raw[oldIndex],
          now.raw[newIndex ?? 0],
          where(old, oldIndex),
          where(now, newIndex ?? 0),
          symbol,
          propertyName,
        );
        return { added: [], removed: [] };
      }
    }
    return {
      removed: unmatchedOld.map((index) => ({ pointer: where(old, index), label: label(old.raw[index]) })),
      added: [...unmatchedNew].map((index) => ({ pointer: where(now, index), label: label(now.raw[index]) })),
    };
  }
}
