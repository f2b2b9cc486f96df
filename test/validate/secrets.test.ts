// What is secret by structure (src/validate/secrets.ts): the user info of every URL in a text,
// where its authority ends (RFC 3986 §3.2), and Graph's asterisk mask.
import { describe, expect, it } from "vitest";
import { isSecretMask, REDACTED, userInfoIn, userInfoRanges, withoutUserInfo } from "../../src/validate/index.js";

describe("user info in text", () => {
  it("finds the user info of every URL, as user:pw and pw alone", () => {
    const text = "a https://svc:pw1@one.example/x and http://only@two.example";
    expect(userInfoIn(text)).toEqual(["svc:pw1", "pw1", "only"]);
    expect(userInfoRanges(text)).toEqual([
      [10, 17],
      [43, 47],
    ]);
    expect(withoutUserInfo(text)).toBe(`a https://${REDACTED}@one.example/x and http://${REDACTED}@two.example`);
  });
  it("takes no password from a user info ending in its colon", () => {
    expect(userInfoIn("https://svc:@h")).toEqual(["svc:"]);
  });
  it.each([
    ["/", "https://h/p@x"],
    ["?", "https://h?q=a@b"],
    ["#", "https://h#f@x"],
    ["a space", "https://h x@y"],
    ["a tab", "https://h\tx@y"],
    ["a quote", 'https://h"x@y'],
  ])("ends the authority at %s: an @ after it is no user info", (_, text) => {
    expect(userInfoIn(text)).toEqual([]);
    expect(withoutUserInfo(text)).toBe(text);
  });
  it("takes the last @ of the authority, and reads text with no URL as none", () => {
    expect(userInfoIn("https://a@b@host/x")).toEqual(["a@b"]);
    expect(userInfoIn("no url here, user@example.com")).toEqual([]);
    expect(userInfoIn("https://host-without-user")).toEqual([]);
  });
});

describe("isSecretMask", () => {
  it.each(["*", "******"])("reads %j as Graph's mask", (value) => {
    expect(isSecretMask(value)).toBe(true);
  });
  it.each(["", "pw*", "*pw", "* *", 6, null, undefined])("does not read %j as the mask", (value) => {
    expect(isSecretMask(value)).toBe(false);
  });
});
