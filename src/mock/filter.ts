// A small OData `$filter` for the list operation: the clauses directory-style APIs commonly
// honour, joined by `and`. Graph documents no `$filter` for API connectors, so this is the
// mock's choice; anything else is answered 400 Request_UnsupportedQuery, never ignored.
//   displayName eq 'Test API'      targetUrl ne 'https://x'      id in ('a', 'b')
//   startswith(displayName, 'Test')      displayName eq null
// Property names match case-insensitively (Microsoft365DSC sends `DisplayName eq '…'`);
// string comparisons are case-insensitive, as directory queries are.
import { type MockError, unsupportedQuery } from "./errors.js";
import type { StoredConnector } from "./store.js";

const FILTER_PROPERTIES = ["id", "displayName", "targetUrl"] as const;
type FilterProperty = (typeof FILTER_PROPERTIES)[number];
type Literal = string | null;

export type FilterClause =
  | { operator: "eq" | "ne" | "startswith"; property: FilterProperty; value: Literal }
  | { operator: "in"; property: FilterProperty; values: Literal[] };

export const FILTER_HELP =
  "PROPERTY eq|ne 'text' (or null), PROPERTY in ('a', 'b') and startswith(PROPERTY, 'text'), joined by and, where PROPERTY is id, displayName or targetUrl";
const MAX_IN_VALUES = 100;

type Token =
  | { kind: "word"; text: string }
  | { kind: "string"; text: string }
  | { kind: "punctuation"; text: "(" | ")" | "," };

function invalid(reason: string): MockError {
  return unsupportedQuery(`Invalid filter clause: ${reason}. The mock's $filter supports ${FILTER_HELP}.`);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (/\s/.test(char)) {
      index++;
    } else if (char === "(" || char === ")" || char === ",") {
      tokens.push({ kind: "punctuation", text: char });
      index++;
    } else if (char === "'") {
      // OData string literal: a quote inside is written twice ('O''Brien').
      let value = "";
      index++;
      for (;;) {
        if (index >= text.length) throw invalid("a string literal is not closed");
        const next = text.charAt(index);
        if (next === "'" && text.charAt(index + 1) === "'") {
          value += "'";
          index += 2;
        } else if (next === "'") {
          index++;
          break;
        } else {
          value += next;
          index++;
        }
      }
      tokens.push({ kind: "string", text: value });
    } else {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(index));
      if (!word) throw invalid(`unexpected character at position ${index + 1}`);
      tokens.push({ kind: "word", text: word[0] });
      index += word[0].length;
    }
  }
  return tokens;
}

class Parser {
  #position = 0;
  constructor(readonly tokens: Token[]) {}

  get done(): boolean {
    return this.#position >= this.tokens.length;
  }

  #next(expected: string): Token {
    const token = this.tokens[this.#position++];
    if (!token) throw invalid(`expected ${expected}, but the clause ends`);
    return token;
  }

  #punctuation(text: "(" | ")" | ","): void {
    const token = this.#next(`"${text}"`);
    if (token.kind !== "punctuation" || token.text !== text) throw invalid(`expected "${text}"`);
  }

  #property(): FilterProperty {
    const token = this.#next("a property name");
    const property =
      token.kind === "word"
        ? FILTER_PROPERTIES.find((name) => name.toLowerCase() === token.text.toLowerCase())
        : undefined;
    if (!property) throw invalid(`"${token.text.slice(0, 40)}" is not a property the mock can filter on`);
    return property;
  }

  #literal(): Literal {
    const token = this.#next("a string literal or null");
    if (token.kind === "string") return token.text;
    if (token.kind === "word" && token.text === "null") return null;
    throw invalid("expected a string literal in single quotes, or null");
  }

  clause(): FilterClause {
    const first = this.tokens[this.#position];
    if (first?.kind === "word" && first.text.toLowerCase() === "startswith") {
      this.#position++;
      this.#punctuation("(");
      const property = this.#property();
      this.#punctuation(",");
      const value = this.#literal();
      this.#punctuation(")");
      if (value === null) throw invalid("startswith needs a string");
      return { operator: "startswith", property, value };
    }
    const property = this.#property();
    const operator = this.#next("an operator").text.toLowerCase();
    if (operator === "eq" || operator === "ne") return { operator, property, value: this.#literal() };
    if (operator !== "in") throw invalid(`the operator "${operator.slice(0, 20)}" is not supported`);
    this.#punctuation("(");
    const values = [this.#literal()];
    while (this.tokens[this.#position]?.text === ",") {
      this.#position++;
      if (values.length >= MAX_IN_VALUES) throw invalid(`in takes at most ${MAX_IN_VALUES} values`);
      values.push(this.#literal());
    }
    this.#punctuation(")");
    return { operator: "in", property, values };
  }

  conjunction(): void {
    const token = this.#next('"and"');
    if (token.kind !== "word" || token.text.toLowerCase() !== "and") throw invalid(`expected "and" between clauses`);
  }
}

export function parseFilter(text: string): FilterClause[] {
  const parser = new Parser(tokenize(text));
  if (parser.done) throw invalid("the filter is empty");
  const clauses = [parser.clause()];
  while (!parser.done) {
    parser.conjunction();
    clauses.push(parser.clause());
  }
  return clauses;
}

const fold = (value: Literal): Literal => (value === null ? null : value.toLowerCase());

function holds(clause: FilterClause, connector: StoredConnector): boolean {
  const actual = fold(connector[clause.property]);
  switch (clause.operator) {
    case "eq":
      return actual === fold(clause.value);
    case "ne":
      return actual !== fold(clause.value);
    case "startswith":
      return actual?.startsWith(fold(clause.value) ?? "") === true;
    case "in":
      return clause.values.some((value) => fold(value) === actual);
  }
}

export function matchesFilter(connector: StoredConnector, clauses: readonly FilterClause[]): boolean {
  return clauses.every((clause) => holds(clause, connector));
}
