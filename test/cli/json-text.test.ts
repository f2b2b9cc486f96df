// The JSON text walks behind line/column, duplicate keys and code frames.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countMembersInText,
  countMembersInValue,
  findDuplicateKeys,
  hasDuplicateKeys,
} from "../../src/json/duplicates.js";
import { lineStarts, positionAt } from "../../src/json/lines.js";
import { locatePointers } from "../../src/json/locate.js";
import { walkJson } from "../../src/json/walk.js";

describe("walkJson: syntax errors, never quoting the input", () => {
  it.each([
    { name: "well-formed", given: '{"a": [1, {"b": null}], "c": "x"}', want: undefined },
    { name: "empty text", given: "  ", want: { offset: 2, message: "no JSON value" } },
    {
      name: "missing comma",
      given: '{"a": 1 "b": 2}',
      want: { offset: 8, message: "expected ',' or '}' after a property value, found a string" },
    },
    {
      name: "missing colon",
      given: '{"a" 1}',
      want: { offset: 5, message: "expected ':' after the property name, found a number" },
    },
    {
      name: "trailing comma in an object",
      given: '{"a": 1,}',
      want: {
        offset: 8,
        message: "expected a property name in double quotes, found '}' (trailing commas are not allowed)",
      },
    },
    {
      name: "trailing comma in an array",
      given: "[1,]",
      want: { offset: 3, message: "expected a value, found ']' (trailing commas are not allowed)" },
    },
    {
      name: "single quotes",
      given: "{'a': 1}",
      want: { offset: 1, message: "expected a property name in double quotes, found characters that are not JSON" },
    },
    {
      name: "a bare word",
      given: '{"password": hunter2}',
      want: { offset: 13, message: "expected a value, found characters that are not JSON" },
    },
    { name: "unterminated string", given: '{"a": "b', want: { offset: 6, message: "unterminated string" } },
    { name: "bad escape", given: '{"a": "\\x"}', want: { offset: 6, message: "invalid escape sequence in a string" } },
    {
      name: "raw control character",
      given: '{"a": "b\u0001"}',
      want: { offset: 6, message: "a control character in a string must be escaped" },
    },
    { name: "a comment", given: '{"a": 1 /* c */}', want: { offset: 8, message: "comments are not allowed in JSON" } },
    {
      name: "two values",
      given: "{} {}",
      want: { offset: 3, message: "unexpected '{' after the end of the JSON value" },
    },
    { name: "cut short", given: '{"a": [1, 2', want: { offset: 11, message: "unexpected end of input" } },
  ])("$name", ({ given, want }) => {
    const error = walkJson(given, {});
    expect(error === undefined ? undefined : { offset: error.offset, message: error.message }).toEqual(want);
  });

  it("shows a property name at an error, never a value", () => {
    expect(walkJson('{"a": 1 "next": 2}', {})?.showable).toBe(6);
    expect(walkJson('{"a": 1 "secret"}', {})?.showable).toBe(0);
    expect(walkJson('{"a": 1 }}', {})?.showable).toBe(1);
  });

  it("walks 100,000 levels without overflowing the stack", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    let deepest = 0;
    expect(
      walkJson(deep, {
        value: (event) => {
          deepest = Math.max(deepest, event.path.length);
        },
      }),
    ).toBeUndefined();
    expect(deepest).toBe(99_999);
  });

  it("marks values inside secret members", () => {
    const secret: string[] = [];
    const text = '{"user": "u", "password": "p1", "auth": {"pkcs12Value": ["v1", {"x": "v2"}]}, "after": "a"}';
    walkJson(text, {
      value: (event) =>
        void (
          event.secret &&
          event.kind === "string" &&
          secret.push(text.slice(event.offset, event.offset + event.length))
        ),
    });
    expect(secret).toEqual(['"p1"', '"v1"', '"v2"']);
  });
});

describe("duplicate keys", () => {
  it.each([
    { name: "none", given: '{"a": 1, "b": {"a": 2}}', want: [] },
    { name: "top level", given: '{"a": 1, "a": 2}', want: [{ path: ["a"], keyOffset: 9, firstKeyOffset: 1 }] },
    {
      name: "nested in an array",
      given: '[{"x": 1}, {"y": 1, "y": 2}]',
      want: [{ path: ["1", "y"], keyOffset: 20, firstKeyOffset: 12 }],
    },
    {
      name: "__proto__",
      given: '{"__proto__": 1, "__proto__": 2}',
      want: [{ path: ["__proto__"], keyOffset: 17, firstKeyOffset: 1 }],
    },
    {
      name: "same key once escaped",
      given: '{"a": 1, "\\u0061": 2}',
      want: [{ path: ["a"], keyOffset: 9, firstKeyOffset: 1 }],
    },
    {
      name: "space before the colon",
      given: '{"a" : 1, "a"\n: 2}',
      want: [{ path: ["a"], keyOffset: 10, firstKeyOffset: 1 }],
    },
    { name: 'a ": inside a value, no duplicate', given: '{"a": "\\":", "b": 1}', want: [] },
    {
      name: 'a ": inside a value and a duplicate',
      given: '{"a": "\\":", "a": 1}',
      want: [{ path: ["a"], keyOffset: 13, firstKeyOffset: 1 }],
    },
    {
      name: "the first key spaced from its colon, the second compact",
      given: '{"a" :1,"a":2}',
      want: [{ path: ["a"], keyOffset: 8, firstKeyOffset: 1 }],
    },
    {
      name: "a tab before the colon, the other keys compact",
      given: '{"b":1,"a"\t:1,"a":2}',
      want: [{ path: ["a"], keyOffset: 14, firstKeyOffset: 7 }],
    },
    {
      name: 'a ": inside a value making up for a spaced duplicate',
      given: '{"x":"\\":","a" :1,"a":2}',
      want: [{ path: ["a"], keyOffset: 18, firstKeyOffset: 11 }],
    },
    { name: "a colon after a space inside a value, no duplicate", given: '{"a":"b :c","d":1}', want: [] },
  ])("$name", ({ given, want }) => {
    expect(hasDuplicateKeys(given, JSON.parse(given))).toBe(want.length > 0);
    expect(findDuplicateKeys(given)).toEqual(want);
  });

  // The fast test must never miss a duplicate the exact walk finds, however the text is spaced
  // and whatever its strings hold (colons, quotes, backslashes next to them).
  it("agrees with the exact walk on generated objects, spaced and compact, with and without repeated keys", () => {
    const space = fc.constantFrom("", "", " ", "\t", "\n", "\r\n", "  ");
    const key = fc.constantFrom("a", "b", "c", ":", '"', "a:", "\\", ' "');
    const text = fc.string({ unit: fc.constantFrom("a", ":", '"', "\\", " ", "\t", "é") });
    const scalar = fc.oneof(
      text.map((value) => JSON.stringify(value)),
      fc.constantFrom("1", "null", "true"),
    );
    const { member } = fc.letrec((tie) => ({
      member: fc
        .tuple(key, space, space, space, fc.oneof({ depthSize: "small" }, scalar, tie("object")))
        .map(([name, s1, s2, s3, value]) => `${JSON.stringify(name)}${s1}:${s2}${value}${s3}`),
      object: fc.array(tie("member"), { maxLength: 4 }).map((members) => `{${members.join(",")}}`),
    }));
    const document = fc.array(member, { maxLength: 6 }).map((members) => `{${members.join(",")}}`);
    fc.assert(
      fc.property(document, (given) => {
        expect(hasDuplicateKeys(given, JSON.parse(given))).toBe(findDuplicateKeys(given).length > 0);
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    { given: "{}", want: 0 },
    { given: '{"a": "x:y", "b": "\\":", "c\\\\": ":"}', want: 3 },
    { given: '{"a": {"b": [{"c": 1}]}}', want: 3 },
    { given: '"just: a string"', want: 0 },
  ])("counts the members of $given", ({ given, want }) => {
    expect(countMembersInText(given)).toBe(want);
    expect(countMembersInValue(JSON.parse(given))).toBe(want);
  });
});

describe("locatePointers and positions", () => {
  const text = '{\n  "displayName": "x",\n  "auth": {\n    "password": "p",\n    "list": [10, 20]\n  }\n}';
  it.each([
    { pointer: "", want: { line: 1, column: 1, exact: true } },
    { pointer: "/displayName", want: { line: 2, column: 18, exact: true } },
    { pointer: "/auth/list/1", want: { line: 5, column: 18, exact: true } },
    { pointer: "/auth/missing", want: { line: 3, column: 11, exact: false } },
    { pointer: "/nope/deeper", want: { line: 1, column: 1, exact: false } },
  ])("$pointer", ({ pointer, want }) => {
    const { locations } = locatePointers(text, [pointer]);
    const location = locations.get(pointer);
    expect(location && { ...positionAt(lineStarts(text), location.offset), exact: location.exact }).toEqual(want);
  });

  it("finds the key of a member and the secrets on the way", () => {
    const { locations, secrets } = locatePointers(text, ["/auth/password"]);
    expect(locations.get("/auth/password")?.keyOffset).toBe(text.indexOf('"password"'));
    expect(secrets).toEqual([[text.indexOf('"p"'), text.indexOf('"p"') + 3]]);
  });

  it("counts lines after CRLF and columns from 1", () => {
    expect(positionAt(lineStarts("a\r\nbc\nd"), 4)).toEqual({ line: 2, column: 2 });
  });
});
