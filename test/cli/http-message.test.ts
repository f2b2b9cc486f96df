// HTTP messages of .http transcripts and ```http blocks.
import { describe, expect, it } from "vitest";
import { parseHttpMessage, requestPath, splitHttpFile } from "../../src/cli/input/http-message.js";

describe("parseHttpMessage", () => {
  it.each([
    {
      name: "a request with headers and a body",
      given:
        'POST https://graph.microsoft.com/v1.0/identity/apiConnectors HTTP/1.1\nContent-Type: application/json\n\n{\n  "a": 1\n}\n',
      want: {
        kind: "request",
        method: "POST",
        target: "https://graph.microsoft.com/v1.0/identity/apiConnectors",
        headers: [{ name: "Content-Type", value: "application/json" }],
        body: '{\n  "a": 1\n}',
        startLine: 0,
        bodyLine: 3,
      },
    },
    {
      name: "comments and variables before the request line; a lower-case method",
      given: "# create\n// it\n@host = graph\n\npatch /identity/apiConnectors/1\r\n\r\n{}",
      want: {
        kind: "request",
        method: "PATCH",
        target: "/identity/apiConnectors/1",
        headers: [],
        body: "{}",
        startLine: 4,
        bodyLine: 6,
      },
    },
    {
      name: "a status line without a body",
      given: "HTTP/1.1 204 No Content",
      want: { kind: "response", status: "204", reason: "No Content", headers: [], body: "", startLine: 0, bodyLine: 1 },
    },
    {
      name: "HTTP/2 and a body right after the headers",
      given: 'HTTP/2 201\nContent-Type: application/json\n{"id": "1"}',
      want: {
        kind: "response",
        status: "201",
        reason: "",
        headers: [{ name: "Content-Type", value: "application/json" }],
        body: '{"id": "1"}',
        startLine: 0,
        bodyLine: 2,
      },
    },
    {
      name: "nothing",
      given: "\n# only a comment\n",
      want: { kind: "error", message: "no request line (METHOD URL) or status line (HTTP/1.1 STATUS)", line: 0 },
    },
    {
      name: "not a start line",
      given: "Create a connector",
      want: {
        kind: "error",
        message: "expected a request line (METHOD URL) or a status line (HTTP/1.1 STATUS)",
        line: 0,
      },
    },
    {
      name: "a broken header",
      given: "GET /x\nnot a header\n",
      want: {
        kind: "error",
        message: "expected a header line (Name: value) or an empty line before the body",
        line: 1,
      },
    },
  ])("$name", ({ given, want }) => {
    expect(parseHttpMessage(given)).toEqual(want);
  });
});

describe("requestPath and splitHttpFile", () => {
  it.each([
    {
      given: "https://user:pw@graph.microsoft.com/v1.0/identity/apiConnectors?$top=1#x",
      want: "/v1.0/identity/apiConnectors",
    },
    { given: "/identity/apiConnectors/", want: "/identity/apiConnectors/" },
    { given: "https://graph.microsoft.com", want: "/" },
  ])("requestPath($given)", ({ given, want }) => {
    expect(requestPath(given)).toBe(want);
  });

  it("splits at ### lines, keeping each message's first line", () => {
    expect(splitHttpFile("GET /a\n\n### second\nHTTP/1.1 200 OK\n###\n\n###\nDELETE /b")).toEqual([
      { text: "GET /a\n", firstLine: 1 },
      { text: "HTTP/1.1 200 OK", firstLine: 4 },
      { text: "DELETE /b", firstLine: 8 },
    ]);
  });
});
