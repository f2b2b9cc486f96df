// An operation in the old document beside the same operation (same method and path
// template) in the new one, and the OperationRule interface of the checks in
// rules/operation/.

import { type Documents, SchemaComparer } from "./compare-schemas.js";
import { type FindingCollector, isObject, type Json, type Place, type Raised, resolveLocal } from "./context.js";

export interface OperationPair {
  /** operationId (new side first), else "METHOD /path". */
  name: string;
  method: string;
  path: string;
  old?: Json;
  new?: Json;
  oldPointer: string;
  newPointer: string;
  /** The generated type of the operation: `operations["id"]`, or `paths["/p"]["get"]`. */
  symbol: string;
}

export class OperationContext {
  constructor(
    readonly documents: Documents,
    private readonly collector: FindingCollector,
  ) {}

  report(place: Place, raised: Raised): void {
    this.collector.add(place, raised);
  }

  compareSchemas(
    place: Place,
    old: unknown,
    now: unknown,
    oldPointer: string,
    newPointer: string,
    symbol: string,
  ): void {
    new SchemaComparer(this.documents, place, this.collector).compare(old, now, oldPointer, newPointer, symbol);
  }

  /** A node and its pointer after following `$ref`s, in one document. */
  resolve(side: "old" | "new", node: unknown, pointer: string): { node: Json | undefined; pointer: string } {
    let current = node;
    let at = pointer;
    for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 32; hops++) {
      const target = resolveLocal(this.documents[side], current.$ref);
      current = target.node;
      at = target.pointer;
    }
    return { node: isObject(current) ? current : undefined, pointer: at };
  }
}

export interface OperationRule {
  name: string;
  check: (pair: OperationPair, context: OperationContext) => void;
}
