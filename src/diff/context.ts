// What every check sees: the two documents, where it is in each (JSON pointers), the
// direction of the exchange, and a way to report. Findings reached from several operations
// (a shared component) are reported once, naming every operation.
import { escapePointerToken } from "../validate/pointer.js";
import type { Json } from "./load/bundle.js";
import type { DiffFinding, Direction, Level } from "./model.js";

export type { Json };

export interface Place {
  operation: string;
  direction: Direction;
  status?: string;
}

export interface Raised {
  level: Level;
  rule: string;
  message: string;
  oldPointer?: string;
  newPointer?: string;
  symbol?: string;
}

export class FindingCollector {
  private readonly byKey = new Map<string, DiffFinding>();

  add(place: Place, raised: Raised): void {
    const key = [raised.rule, place.direction, raised.oldPointer ?? "", raised.newPointer ?? ""].join("\u0000");
    const known = this.byKey.get(key);
    if (known) {
      if (!known.operations.includes(place.operation)) known.operations.push(place.operation);
      if (place.status !== undefined && !known.statuses?.includes(place.status)) known.statuses?.push(place.status);
      return;
    }
    this.byKey.set(key, {
      level: raised.level,
      rule: raised.rule,
      operations: [place.operation],
      direction: place.direction,
      ...(place.status === undefined ? {} : { statuses: [place.status] }),
      ...(raised.oldPointer === undefined ? {} : { oldPointer: raised.oldPointer }),
      ...(raised.newPointer === undefined ? {} : { newPointer: raised.newPointer }),
      message: raised.message,
      ...(raised.symbol === undefined ? {} : { symbol: raised.symbol }),
    });
  }

  findings(): DiffFinding[] {
    return [...this.byKey.values()];
  }
}

export function child(pointer: string, ...tokens: (string | number)[]): string {
  return tokens.reduce<string>((at, token) => `${at}/${escapePointerToken(String(token))}`, pointer);
}

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The value at a local reference (`#/components/schemas/x`) of a bundled document. */
export function resolveLocal(document: Json, ref: string): { node: unknown; pointer: string } {
  const pointer = ref.startsWith("#") ? ref.slice(1) : ref;
  let current: unknown = document;
  for (const token of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    current = isObject(current) || Array.isArray(current) ? (current as Json)[key] : undefined;
  }
  return { node: current, pointer };
}

/** A TypeScript property access, as openapi-typescript spells it: `["name"]`, or `[201]` for a numeric key. */
export function member(key: string): string {
  return /^[1-9]\d*$/.test(key) ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

export const quote = (value: unknown): string => JSON.stringify(value);
