// The shape of generated/operations.js. The generator builds its table with these types, and
// generated/operations.d.ts is this file's declaration output (scripts/lib/declarations.ts), so
// the two cannot drift apart.

export interface OperationEntry {
  operationId: string;
  method: string;
  path: string;
  request: { required: boolean; schema: string } | null;
  /** Status code or range (`4XX`) → schema name, or null when the response has no body. */
  responses: Record<string, string | null>;
  /**
   * The declared query parameters: the schema (an object of them, closed) that a parsed query
   * string is validated against, and how each value is read from the URL (OpenAPI `style:
   * form, explode: false` arrays are comma-separated; integers and booleans are coerced).
   */
  query: { schema: string; parameters: Record<string, QueryParameterEntry> };
  /**
   * The declared request headers (`in: header`, e.g. `client-request-id`): each declared name →
   * the schema its value is validated against. One schema per shared parameter (not one object
   * per operation), so the validator builds grow by a validator per header, not per operation.
   * Header names are matched case-insensitively (RFC 9110 §5.1).
   */
  headers: Record<string, HeaderParameterEntry>;
}

export interface HeaderParameterEntry {
  schema: string;
  required: boolean;
}

export interface QueryParameterEntry {
  type: "string" | "integer" | "boolean" | "array";
}

/** What messages quote about the spec's constraints. */
export interface Expectations {
  /** A `pattern` → the words for it (the schema's `x-pattern-description`). */
  patterns: Record<string, string>;
  /** A schema name → discriminator property → the tag values its unions accept. */
  discriminators: Record<string, Record<string, string[]>>;
}

export declare const operations: OperationEntry[];
export declare const expectations: Expectations;
