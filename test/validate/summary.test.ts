// One issue summary ("pointer: message", the first N, "and M more") and one spelling of the
// root pointer, used by the client's ContractError, the mock's seed-data errors and the CLI.
import { describe, expect, it } from "vitest";
import { ContractError } from "../../src/index.js";
import { MockDataError } from "../../src/mock/index.js";
import { groupDigits, showPointer, summarizeIssues, type ValidationIssue } from "../../src/validate/index.js";

const issue = (pointer: string, message: string): ValidationIssue => ({ pointer, keyword: "x", message });
const three = [issue("", "must be object"), issue("/a", "must be string"), issue("/b/0", "must be integer")];

describe("showPointer", () => {
  it('spells the root pointer "(root)" and leaves others as they are', () => {
    expect(showPointer("")).toBe("(root)");
    expect(showPointer("/a/0")).toBe("/a/0");
  });
});

describe("summarizeIssues", () => {
  it("lists every issue when they fit the limit", () => {
    expect(summarizeIssues(three, { limit: 3 })).toBe(
      "(root): must be object; /a: must be string; /b/0: must be integer",
    );
  });
  it('ends with "and N more" past the limit', () => {
    expect(summarizeIssues(three, { limit: 1 })).toBe("(root): must be object; and 2 more");
  });
  it("puts the prefix before each listed issue and joins with the separator", () => {
    expect(summarizeIssues(three, { limit: 2, separator: "\n", prefix: "seed.json: " })).toBe(
      "seed.json: (root): must be object\nseed.json: /a: must be string\nand 1 more",
    );
  });
  it("is empty for no issues", () => {
    expect(summarizeIssues([], { limit: 5 })).toBe("");
  });
});

describe("its users word issues alike", () => {
  it("ContractError lists five, then the count of the rest", () => {
    const many = Array.from({ length: 7 }, (_, index) => issue(`/${index}`, "must be string"));
    expect(new ContractError("request", "createIdentityApiConnector", many).message).toBe(
      `createIdentityApiConnector request body does not match the contract; nothing was sent: ${summarizeIssues(many, { limit: 5 })}`,
    );
    expect(new ContractError("request", "op", many).message).toMatch(/\/4: must be string; and 2 more$/);
  });
  it("MockDataError names the first issue and the count of the rest", () => {
    expect(new MockDataError(three).message).toBe("(root): must be object; and 2 more");
  });
});

describe("groupDigits", () => {
  it("writes counts as en-US does, with a comma every three digits", () => {
    for (const count of [0, 7, 999, 1000, 2048, 20_000, 123_456, 1_000_000, 9_007_199_254_740_991, -1234, -999])
      expect(groupDigits(count)).toBe(count.toLocaleString("en-US"));
  });
  it("leaves what is not a whole number as String gives it", () => {
    expect(groupDigits(1234.5)).toBe("1234.5");
    expect(groupDigits(1e21)).toBe("1e+21");
    expect(groupDigits(Number.NaN)).toBe("NaN");
  });
});
