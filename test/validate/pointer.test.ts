import { describe, expect, it } from "vitest";
import {
  childPointer,
  escapePointerToken,
  pointerTokens,
  unescapePointerToken,
  valueAt,
} from "../../src/validate/pointer.js";

const document = { "a/b": { "m~n": [10, 20] }, plain: { "@odata.type": "#x" }, empty: { "": 1 }, none: null };

describe("JSON pointers (RFC 6901)", () => {
  it.each([
    { given: "@odata.type", want: "@odata.type" },
    { given: "a/b", want: "a~1b" },
    { given: "m~n", want: "m~0n" },
    { given: "~/", want: "~0~1" },
    { given: "~1", want: "~01" },
  ])("escapes $given as $want and back", ({ given, want }) => {
    expect(escapePointerToken(given)).toBe(want);
    expect(unescapePointerToken(want)).toBe(given);
  });

  it.each([
    { name: "the whole document", pointer: "", want: document },
    { name: "an escaped slash and tilde", pointer: "/a~1b/m~0n/1", want: 20 },
    { name: "a member with a dot and an at sign", pointer: "/plain/@odata.type", want: "#x" },
    { name: "the empty member name", pointer: "/empty/", want: 1 },
    { name: "a missing member", pointer: "/plain/nothing", want: undefined },
    { name: "through a scalar", pointer: "/plain/@odata.type/x", want: undefined },
    { name: "through null", pointer: "/none/x", want: undefined },
    { name: "into a string's characters (no member of a scalar)", pointer: "/plain/@odata.type/0", want: undefined },
    { name: "an inherited member is not a member", pointer: "/plain/toString", want: undefined },
  ])("valueAt: $name", ({ pointer, want }) => {
    expect(valueAt(document, pointer)).toEqual(want);
  });

  it("builds child pointers and splits them back", () => {
    const pointer = childPointer(childPointer("", "a/b"), "m~n");
    expect(pointer).toBe("/a~1b/m~0n");
    expect(pointerTokens(pointer)).toEqual(["a/b", "m~n"]);
  });
});
