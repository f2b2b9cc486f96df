// Issue 10, item 1: HTTP messages (.http transcripts, ```http blocks of docs pages) are parsed
// in linear time whatever their lines hold. The header-line and status-line regexes this
// replaces were cubic on a line with a mid-line CR or U+2028 (a 4 KB header line: 28 s).
import { describe, expect, it } from "vitest";
import { parseHttpMessage, requestPath, splitHttpFile } from "../../src/cli/input/http-message.js";
import { createApiConnectorsClient } from "../../src/client/index.js";
import { LINEAR_BOUND, padded, perCharacterCostRatio } from "./support/linear.js";

/** Each pathological line class: its name and how to make one of `length` characters. */
const LINE_CLASSES: Array<{ name: string; message: (length: number) => string }> = [
  {
    name: "a header value of spaces around a mid-line CR",
    message: (length) => `GET /x\n${padded("X-A: ", " ", "\r x", length)}\n\n`,
  },
  {
    name: "a header value of spaces around U+2028",
    message: (length) => `GET /x\n${padded("X-A: ", " \t", "\u2028 x", length)}\n\n`,
  },
  {
    name: "a header name without a colon",
    message: (length) => `GET /x\n${padded("", "a-", "", length)}\n\n`,
  },
  {
    name: "a status line of 2 × n spaces around U+2028",
    message: (length) => `${padded("HTTP/1.1 200 ", " ", "", length / 2)}\u2028${padded("", " ", "x\r", length / 2)}\n`,
  },
  {
    name: "a status line with a mid-line CR in its reason",
    message: (length) => `${padded("HTTP/1.1 200 OK", " a", "\r b", length)}\n`,
  },
  {
    name: "a request line of spaces around its target",
    message: (length) => `${padded("GET ", " ", "", length / 2)}/x${padded("", " ", "\u2028!", length / 2)}\n`,
  },
  {
    name: "a request line that is one long word",
    message: (length) => padded("", "GET", "\n", length),
  },
  {
    name: "a preamble variable without =",
    message: (length) => `${padded("@", "a.", " ", length)}\nGET /x\n`,
  },
  {
    name: "a preamble line of white space",
    message: (length) => `${padded("", " \u2028", "x", length)}\n`,
  },
];

describe("parseHttpMessage takes linear time on every pathological line class (1 MiB vs 1 KiB)", () => {
  it.each(LINE_CLASSES)("$name", ({ message }) => {
    expect(perCharacterCostRatio(parseHttpMessage, message)).toBeLessThan(LINEAR_BOUND);
  });
});

describe("the other readers of untrusted lines take linear time too", () => {
  it("requestPath on a target of slashes", () => {
    const target = (length: number) => padded("a://", "/", "?", length);
    expect(perCharacterCostRatio(requestPath, target)).toBeLessThan(LINEAR_BOUND);
  });

  it("splitHttpFile on a file of ### lines", () => {
    const file = (length: number) => padded("", "###\n", "", length);
    expect(perCharacterCostRatio(splitHttpFile, file)).toBeLessThan(LINEAR_BOUND);
  });

  it("a client's baseUrl with a long run of slashes (was /\\/+$/, quadratic)", () => {
    const baseUrl = (length: number) => padded("https://graph.example/", "/", "x/", length);
    const client = (url: string) => createApiConnectorsClient({ baseUrl: url, token: "t" }).baseUrl;
    expect(client("https://graph.example/v1.0//")).toBe("https://graph.example/v1.0");
    expect(perCharacterCostRatio(client, baseUrl)).toBeLessThan(LINEAR_BOUND);
  });
});
