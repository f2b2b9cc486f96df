// The output formats as pure functions of a report: tables of { name, given, want }.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/cli/check/model.js";
import { escapeData, escapeProperty, formatGithub } from "../../src/cli/report/github.js";
import { formatJson } from "../../src/cli/report/json.js";
import { escapeXmlAttribute, escapeXmlText, formatJunit } from "../../src/cli/report/junit.js";
import { terminalSafe } from "../../src/cli/report/terminal-text.js";
import { formatText } from "../../src/cli/report/text.js";
import { error, report, result } from "./support/reports.js";

const plain = { color: false, verbose: false };

describe("text", () => {
  it.each([
    { name: "passing payloads print only the summary", given: report(result({})), want: "1 passed, 0 failed\n" },
    {
      name: "a failing payload: heading, FILE:LINE:COLUMN, pointer, message",
      given: report(result({ findings: [error()] })),
      want: "FAIL a.json (createIdentityApiConnector request)\n  a.json:3:16 error /targetUrl: must be https\n\n0 passed, 1 failed\n",
    },
    {
      name: "an NDJSON payload is named by its line; a finding without column by its line",
      given: report(
        result({
          file: "b.ndjson",
          line: 7,
          findings: [error({ pointer: "", message: "invalid JSON", line: 7, column: undefined })],
        }),
      ),
      want: "FAIL b.ndjson:7 (createIdentityApiConnector request)\n  b.ndjson:7 error invalid JSON\n\n0 passed, 1 failed\n",
    },
    {
      name: "a warning does not fail",
      given: report(
        result({
          findings: [error({ severity: "warning", pointer: "", message: "byte order mark", line: 1, column: 1 })],
        }),
      ),
      want: "WARN a.json (createIdentityApiConnector request)\n  a.json:1:1 warning byte order mark\n\n1 passed, 0 failed\n",
    },
    {
      name: "control characters from a payload are escaped",
      given: report(
        result({ findings: [error({ pointer: "/\u001b[2J", message: 'property "\u001b[2J" is not allowed' })] }),
      ),
      want: 'FAIL a.json (createIdentityApiConnector request)\n  a.json:3:16 error /\\u001b[2J: property "\\u001b[2J" is not allowed\n\n0 passed, 1 failed\n',
    },
    {
      name: "a code frame with its caret",
      given: report(
        result({
          findings: [
            error({
              frame: {
                lines: [
                  { number: 2, text: "{" },
                  { number: 3, text: '  "targetUrl": "x",' },
                ],
                line: 3,
                column: 16,
              },
            }),
          ],
        }),
      ),
      want: 'FAIL a.json (createIdentityApiConnector request)\n  a.json:3:16 error /targetUrl: must be https\n      2 | {\n    > 3 |   "targetUrl": "x",\n        |                ^\n\n0 passed, 1 failed\n',
    },
  ])("$name", ({ given, want }) => {
    expect(formatText(given, plain)).toBe(want);
  });

  it("lists passing payloads with --verbose", () => {
    expect(formatText(report(result({ name: "create" })), { color: false, verbose: true })).toBe(
      "ok   a.json create (createIdentityApiConnector request)\n\n1 passed, 0 failed\n",
    );
  });

  it("colours only when asked", () => {
    const given = report(result({ findings: [error()] }));
    expect(formatText(given, { color: true, verbose: false })).toContain("\u001b[31m");
    expect(formatText(given, plain)).not.toContain("\u001b[");
  });

  it("shortens very long texts", () => {
    expect(terminalSafe("x".repeat(3000))).toBe(`${"x".repeat(2000)}… (1000 more characters)`);
  });
});

describe("json", () => {
  it("writes version 1 with the summary and each payload's issues", () => {
    const given: Report = {
      command: "validate",
      operation: "createIdentityApiConnector",
      direction: "request",
      results: [result({}), result({ file: "b.ndjson", line: 2, findings: [error()] })],
    };
    expect(JSON.parse(formatJson(given))).toEqual({
      version: 1,
      command: "validate",
      operation: "createIdentityApiConnector",
      direction: "request",
      summary: { passed: 1, failed: 1, warnings: 0, skipped: 0, nothingChecked: false },
      results: [
        { file: "a.json", operation: "createIdentityApiConnector", direction: "request", valid: true, issues: [] },
        {
          file: "b.ndjson",
          line: 2,
          operation: "createIdentityApiConnector",
          direction: "request",
          valid: false,
          issues: [
            {
              pointer: "/targetUrl",
              keyword: "pattern",
              message: "must be https",
              severity: "error",
              line: 3,
              column: 16,
            },
          ],
        },
      ],
    });
  });

  it("never writes a code frame", () => {
    const frame = { lines: [{ number: 3, text: "frame text" }], line: 3, column: 1 };
    expect(formatJson(report(result({ findings: [error({ frame })] })))).not.toContain("frame text");
  });
});

describe("github", () => {
  it.each([
    { name: "message: %, CR and LF", given: "50%\r\nnext::x", want: "50%25%0D%0Anext::x", escape: escapeData },
    { name: "property: also : and ,", given: "dir,a/b:c.json", want: "dir%2Ca/b%3Ac.json", escape: escapeProperty },
  ])("escapes the $name", ({ given, want, escape: escapeValue }) => {
    expect(escapeValue(given)).toBe(want);
  });

  it.each([
    {
      name: "an error with line and column",
      given: report(result({ findings: [error()] })),
      want: "::error file=a.json,line=3,col=16,title=apiconnectors%3A createIdentityApiConnector request::/targetUrl: must be https\n0 passed, 1 failed\n",
    },
    {
      name: "a warning, and a finding placed only by its payload's line",
      given: report(
        result({
          file: "x,y.ndjson",
          line: 4,
          findings: [error({ severity: "warning", pointer: "", message: "bom", line: undefined, column: undefined })],
        }),
      ),
      want: "::warning file=x%2Cy.ndjson,line=4,title=apiconnectors%3A createIdentityApiConnector request::bom\n1 passed, 0 failed\n",
    },
    {
      name: "a message cannot start a second workflow command",
      given: report(result({ findings: [error({ pointer: "", message: "bad\n::error::forged" })] })),
      want: "::error file=a.json,line=3,col=16,title=apiconnectors%3A createIdentityApiConnector request::bad%0A::error::forged\n0 passed, 1 failed\n",
    },
  ])("$name", ({ given, want }) => {
    expect(formatGithub(given)).toBe(want);
  });
});

describe("junit", () => {
  it.each([
    {
      name: "markup",
      given: `<a href="x">&'`,
      text: '&lt;a href="x"&gt;&amp;\'',
      attribute: "&lt;a href=&quot;x&quot;&gt;&amp;&apos;",
    },
    {
      name: "characters XML cannot hold",
      given: "a\u0000b\u001bc\uFFFEd",
      text: "a\\u0000b\\u001bc\\ufffed",
      attribute: "a\\u0000b\\u001bc\\ufffed",
    },
    { name: "line breaks", given: "a\nb\tc\r", text: "a&#10;b\tc&#13;", attribute: "a&#10;b&#9;c&#13;" },
    { name: "a leading colon in text", given: "::error::x", text: "&#58;:error::x", attribute: "::error::x" },
  ])("escapes $name", ({ given, text, attribute }) => {
    expect(escapeXmlText(given)).toBe(text);
    expect(escapeXmlAttribute(given)).toBe(attribute);
  });

  it("writes one testsuite per file and one testcase per payload, well-formed whatever the messages hold", () => {
    const hostile = error({ pointer: "/<x>", message: 'a "quoted" & <tagged> \u0007 message ]]>' });
    const xml = formatJunit(
      report(
        result({}),
        result({ file: "b.ndjson", line: 1 }),
        result({ file: "b.ndjson", line: 2, findings: [hostile] }),
        result({ file: "c.json", findings: [error({ severity: "warning" })] }),
      ),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      isArray: (name) => ["testsuite", "testcase"].includes(name),
    }).parse(xml) as {
      testsuites: {
        tests: string;
        failures: string;
        testsuite: Array<{
          name: string;
          tests: string;
          failures: string;
          testcase: Array<{ name: string; failure?: { message: string; "#text": string }; "system-out"?: string }>;
        }>;
      };
    };
    expect(parsed.testsuites).toMatchObject({ tests: "4", failures: "1" });
    expect(parsed.testsuites.testsuite.map((suite) => [suite.name, suite.tests, suite.failures])).toEqual([
      ["a.json", "1", "0"],
      ["b.ndjson", "2", "1"],
      ["c.json", "1", "0"],
    ]);
    const failing = parsed.testsuites.testsuite[1]?.testcase[1];
    expect(failing?.name).toBe("b.ndjson:2 (createIdentityApiConnector request)");
    expect(failing?.failure?.message).toBe('/<x>: a "quoted" & <tagged> \\u0007 message ]]>');
    expect(failing?.failure?.["#text"]).toBe('b.ndjson:3:16 error /<x>: a "quoted" & <tagged> \\u0007 message ]]>');
    expect(parsed.testsuites.testsuite[2]?.testcase[0]?.["system-out"]).toBe(
      "c.json:3:16 warning /targetUrl: must be https",
    );
  });
});
