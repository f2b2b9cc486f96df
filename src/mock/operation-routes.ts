// Routes derived from the spec's operation table (generated/operations.js) rather than written
// by hand: a path matches an operation's template segment by segment, literal segments
// case-insensitively (as Graph matches them), a `{parameter}` segment any non-empty segment
// that is not an OData path segment (`$ref`, `$count`). The connector paths keep their own
// table in router.ts (bound-action spellings, their own messages); the user-flow paths are
// served from here (ARCHITECTURE.md, "Adding an operation, end to end").
import type { operations as OperationTypes } from "../../generated/schema.js";
import { listOperations } from "../validate/index.js";
import { decodeSegment, methodNotAllowed } from "./errors.js";

type OperationId = keyof OperationTypes;

interface Template {
  operationId: OperationId;
  method: string;
  segments: string[];
}

const TEMPLATES: Template[] = listOperations()
  .filter((operation) => !operation.path.toLowerCase().startsWith("/identity/apiconnectors"))
  .map((operation) => ({
    operationId: operation.operationId as OperationId,
    method: operation.method,
    segments: operation.path.split("/").filter((segment) => segment !== ""),
  }));

const isParameter = (segment: string) => segment.startsWith("{") && segment.endsWith("}");

/** The path parameters of `concrete` under `template`, or undefined when it does not match. */
function parameters(template: readonly string[], concrete: readonly string[]): Map<string, string> | undefined {
  if (template.length !== concrete.length) return undefined;
  const found = new Map<string, string>();
  for (const [index, segment] of template.entries()) {
    const given = concrete[index] ?? "";
    if (isParameter(segment)) {
      if (given === "" || given.startsWith("$")) return undefined;
      found.set(segment.slice(1, -1), decodeSegment(given));
    } else if (segment.toLowerCase() !== given.toLowerCase()) return undefined;
  }
  return found;
}

export interface DerivedRoute {
  operationId: OperationId;
  /** The first path parameter (the user flow's id). */
  id?: string;
  step?: string;
}

/**
 * The operation for a path (its segments, without the version) and method; undefined when no
 * template has the path; throws a 405 MockError listing the template's methods when the path
 * exists but the method does not.
 */
export function derivedRoute(method: string, segments: readonly string[]): DerivedRoute | undefined {
  const matching = TEMPLATES.map((template) => ({ template, found: parameters(template.segments, segments) })).filter(
    (candidate) => candidate.found !== undefined,
  );
  if (matching.length === 0) return undefined;
  const hit = matching.find((candidate) => candidate.template.method === method);
  if (!hit?.found) {
    throw methodNotAllowed([...new Set(matching.map((candidate) => candidate.template.method))]);
  }
  const values = [...hit.found.entries()];
  const id = values.find(([name]) => name !== "step")?.[1];
  const step = hit.found.get("step");
  return {
    operationId: hit.template.operationId,
    ...(id !== undefined ? { id } : {}),
    ...(step !== undefined ? { step } : {}),
  };
}

/**
 * The first segment of a path that no template has at its place after the segments before it
 * (`foo` in `/identity/b2xUserFlows/B2X_1_x/foo`), or its last segment when it stops short of
 * every template it starts like, for the 400 Graph answers; undefined when no template starts
 * like it.
 */
export function unmatchedSegment(segments: readonly string[]): string | undefined {
  const fits = (template: Template, index: number) => {
    const expected = template.segments[index];
    const given = segments[index] ?? "";
    if (expected === undefined) return false;
    return isParameter(expected)
      ? given !== "" && !given.startsWith("$")
      : expected.toLowerCase() === given.toLowerCase();
  };
  let candidates = TEMPLATES;
  for (const [index, segment] of segments.entries()) {
    const next = candidates.filter((template) => fits(template, index));
    if (next.length === 0) return index === 0 || candidates === TEMPLATES ? undefined : segment;
    candidates = next;
  }
  return candidates.some((template) => template.segments.length === segments.length) ? undefined : segments.at(-1);
}
