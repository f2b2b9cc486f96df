// The mock's $filter parser and matcher, in-process: every refusal says exactly why (the
// message is the client's only clue), and what is accepted is evaluated as the directory does.
import { describe, expect, it } from "vitest";
import { FILTER_HELP, matchesFilter, parseFilter } from "../../src/mock/filter.js";
import type { StoredConnector } from "../../src/mock/store.js";

const connector = (displayName: string | null, id = "a", targetUrl: string | null = null): StoredConnector => ({
  id,
  displayName,
  targetUrl,
  authentication: null,
});

function refusal(filter: string): string {
  try {
    parseFilter(filter);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`parseFilter accepted ${filter}`);
}

describe("parseFilter refuses, saying why", () => {
  it.each([
    ["", "the filter is empty"],
    ["   ", "the filter is empty"],
    ["displayName eq 'a' or id eq 'b'", 'expected "and" between clauses'],
    ["displayName eq 'a' 'and' id eq 'b'", 'expected "and" between clauses'],
    ["displayName eq 'a' , id eq 'b'", 'expected "and" between clauses'],
    ["displayName eq foo", "expected a string literal in single quotes, or null"],
    ["displayName eq (", "expected a string literal in single quotes, or null"],
    ["displayName eq 'abc", "a string literal is not closed"],
    ["displayName eq 'a' and #", "unexpected character at position 24"],
    ["@displayName eq 'a'", "unexpected character at position 1"],
    ["displayName", "expected an operator, but the clause ends"],
    ["displayName eq", "expected a string literal or null, but the clause ends"],
    ["displayName eq 'a' and", "expected a property name, but the clause ends"],
    ["displayName gt 'a'", 'the operator "gt" is not supported'],
    [`displayName ${"x".repeat(30)} 'a'`, `the operator "${"x".repeat(20)}" is not supported`],
    ["'displayName' eq 'a'", '"displayName" is not a property the mock can filter on'],
    ["description eq 'a'", '"description" is not a property the mock can filter on'],
    [`${"p".repeat(60)} eq 'a'`, `"${"p".repeat(40)}" is not a property the mock can filter on`],
    ["startswith displayName", 'expected "("'],
    ["startswith'('displayName, 'a')", 'expected "("'],
    ["startswith(", "expected a property name, but the clause ends"],
    ["startswith(displayName 'a')", 'expected ","'],
    ["startswith)displayName, 'a')", 'expected "("'],
    ["startswith(displayName) 'a')", 'expected ","'],
    ["startswith(displayName, 'a'(", 'expected ")"'],
    ["startswith(displayName, 'a' x", 'expected ")"'],
    ["startswith(displayName, null)", "startswith needs a string"],
    ["'startswith'(displayName, 'a')", '"startswith" is not a property the mock can filter on'],
    ["id in ('a'", 'expected ")", but the clause ends'],
    [`id in (${Array.from({ length: 101 }, (_, i) => `'${i}'`).join(", ")})`, "in takes at most 100 values"],
  ])("%j: %s", (filter, reason) => {
    expect(refusal(filter)).toBe(`Invalid filter clause: ${reason}. The mock's $filter supports ${FILTER_HELP}.`);
  });

  it("says what it supports", () => {
    expect(FILTER_HELP).toBe(
      "PROPERTY eq|ne 'text' (or null), PROPERTY in ('a', 'b') and startswith(PROPERTY, 'text'), joined by and, where PROPERTY is id, displayName or targetUrl",
    );
  });
});

describe("parseFilter accepts", () => {
  it.each([
    ["displayName eq 'a'", [{ operator: "eq", property: "displayName", value: "a" }]],
    ["DisplayName EQ null", [{ operator: "eq", property: "displayName", value: null }]],
    ["targetUrl ne 'O''Brien'", [{ operator: "ne", property: "targetUrl", value: "O'Brien" }]],
    ["StartsWith(displayName, 'Te')", [{ operator: "startswith", property: "displayName", value: "Te" }]],
    [
      `id in (${Array.from({ length: 100 }, (_, i) => `'${i}'`).join(", ")})`,
      [{ operator: "in", property: "id", values: Array.from({ length: 100 }, (_, i) => String(i)) }],
    ],
    [
      "id eq 'a' AND displayName eq 'b'",
      [
        { operator: "eq", property: "id", value: "a" },
        { operator: "eq", property: "displayName", value: "b" },
      ],
    ],
  ])("%j", (filter, clauses) => {
    expect(parseFilter(filter)).toEqual(clauses);
  });
});

describe("matchesFilter", () => {
  const matches = (filter: string, subject: StoredConnector) => matchesFilter(subject, parseFilter(filter));

  it("compares case-insensitively, folding to lower case", () => {
    expect(matches("displayName eq 'TEST'", connector("test"))).toBe(true);
    // Lower-case folding keeps ß apart from "ss" (upper-case folding would make them equal).
    expect(matches("displayName eq 'STRASSE'", connector("straße"))).toBe(false);
  });
  it("treats a null property as matching only null, and never as a prefix", () => {
    expect(matches("displayName eq null", connector(null))).toBe(true);
    expect(matches("displayName ne null", connector(null))).toBe(false);
    expect(matches("startswith(displayName, 'a')", connector(null))).toBe(false);
  });
  it("needs every clause joined by and to hold", () => {
    expect(matches("id eq 'a' and displayName eq 'x'", connector("x", "a"))).toBe(true);
    expect(matches("id eq 'a' and displayName eq 'y'", connector("x", "a"))).toBe(false);
  });
  it("matches in against any of its values", () => {
    expect(matches("id in ('b', 'A')", connector("x", "a"))).toBe(true);
    expect(matches("id in ('b', 'c')", connector("x", "a"))).toBe(false);
  });
});
