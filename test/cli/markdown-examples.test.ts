// Reading the examples of a Graph-docs-style Markdown page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMarkdownExamples } from "../../src/cli/input/markdown-examples.js";
import { FIXTURES } from "./support/run-cli.js";

describe("readMarkdownExamples", () => {
  it("finds the seed page's request and response, not its ignored block", () => {
    const page = readMarkdownExamples(readFileSync(path.join(FIXTURES, "graph-docs-stub.md"), "utf8"));
    expect(page.problems).toEqual([]);
    expect(
      page.examples.map(({ blockType, metadataLine, codeLine, columnShift, metadata }) => ({
        blockType,
        metadataLine,
        codeLine,
        columnShift,
        metadata,
      })),
    ).toEqual([
      {
        blockType: "request",
        metadataLine: 63,
        codeLine: 69,
        columnShift: 0,
        metadata: { blockType: "request", name: "create_identityapiconnector_from_" },
      },
      {
        blockType: "response",
        metadataLine: 86,
        codeLine: 93,
        columnShift: 0,
        metadata: {
          blockType: "response",
          truncated: true,
          "@odata.type": "Microsoft.Cpim.Api.DataModels.identityApiConnector",
        },
      },
    ]);
    expect(page.examples[0]?.code.split("\n")[0]).toBe("POST https://graph.microsoft.com/beta/identity/apiConnectors");
  });

  it.each([
    {
      name: "metadata applies to the next code block, through tabs and notes",
      given: '<!-- { "blockType": "request" } -->\n# [HTTP](#tab/http)\n\n~~~http\nGET /x\n~~~\n',
      want: { examples: [{ blockType: "request", codeLine: 5, code: "GET /x" }], problems: [] },
    },
    {
      name: "a fence inside a quote",
      given: '> <!-- { "blockType": "response" } -->\n> ```http\n> HTTP/1.1 204 No Content\n> ```\n',
      want: { examples: [{ blockType: "response", codeLine: 3, code: "HTTP/1.1 204 No Content" }], problems: [] },
    },
    {
      name: "other comments and block types are not examples",
      given:
        '<!-- markdownlint-disable -->\n<!-- { "blockType": "ignored" } -->\n```http\nGET /x\n```\n<!-- { "blockType": "resource" } -->\n```json\n{}\n```\n',
      want: { examples: [], problems: [] },
    },
    {
      name: "a fence-looking line inside another code block is not a block",
      given: '````md\n<!-- { "blockType": "request" } -->\n```http\nGET /x\n```\n````\n',
      want: { examples: [], problems: [] },
    },
    {
      name: "metadata twice in a row",
      given:
        '<!-- { "blockType": "request" } -->\n<!-- { "blockType": "response" } -->\n```http\nHTTP/1.1 204 No Content\n```\n',
      want: {
        examples: [{ blockType: "response", codeLine: 4, code: "HTTP/1.1 204 No Content" }],
        problems: [{ line: 1, message: "the metadata of a request example is not followed by a code block" }],
      },
    },
    {
      name: "metadata that is not JSON, with a trailing comma tolerated",
      given: '<!-- { "blockType": "request", } -->\n```http\nGET /x\n```\n<!-- {\n "blockType": request\n} -->\n',
      want: {
        examples: [{ blockType: "request", codeLine: 3, code: "GET /x" }],
        problems: [
          {
            line: 6,
            message: "the example metadata is not valid JSON: expected a value, found characters that are not JSON",
          },
        ],
      },
    },
  ])("$name", ({ given, want }) => {
    const page = readMarkdownExamples(given);
    expect({
      examples: page.examples.map(({ blockType, codeLine, code }) => ({ blockType, codeLine, code })),
      problems: page.problems,
    }).toEqual(want);
  });
});

describe("metadata that is not JSON", () => {
  it("is explained by the one JSON explainer, at the line of the page that holds the fault", () => {
    const page = '# Page\n\n<!-- {\n  "blockType": "request",\n  "name": "x",,\n} -->\n```http\nGET /x\n```\n';
    expect(readMarkdownExamples(page).problems).toEqual([
      {
        line: 5,
        message: "the example metadata is not valid JSON: expected a property name in double quotes, found ','",
      },
    ]);
  });
});
