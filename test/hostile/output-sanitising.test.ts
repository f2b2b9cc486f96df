// Issue 10, item 2: untrusted text (file names, paths, pointers, messages quoting a payload)
// never becomes a command. Each output has one sanitiser: terminal text escapes control
// characters, the github format escapes workflow-command data and properties, JUnit escapes
// for XML, JSON for JSON; in none of them can a line start with `::` from the data.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Finding, PayloadResult, Report } from "../../src/cli/check/model.js";
import { escapeData, escapeProperty, formatGithub } from "../../src/cli/report/github.js";
import { formatJson } from "../../src/cli/report/json.js";
import { formatJunit } from "../../src/cli/report/junit.js";
import { terminalSafe, terminalText } from "../../src/cli/report/terminal-text.js";
import { formatText } from "../../src/cli/report/text.js";

/** Names a pull request can give a file (or a property, quoted in a message). */
const HOSTILE_NAMES = [
  "x\n::error file=README.md,line=1::forged",
  "x\r\n::stop-commands::token",
  "::warning::starts a line",
  "100% sure %0A",
  "esc \u001b[2J\u001b]0;title\u0007 clears",
  "nul \u0000 byte",
  "csi \u009b31m and \u2028 separators \u2029",
];

/** Raw characters a terminal acts on: C0 but tab, DEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function hostileReport(name: string): Report {
  const finding: Finding = {
    pointer: `/${name}`,
    keyword: "additionalProperties",
    message: `must NOT have additional property ${JSON.stringify(name).slice(1, -1)} ${name}`,
    severity: "error",
    line: 1,
    column: 2,
    frame: { lines: [{ number: 1, text: name }], line: 1, column: 2 },
  };
  const result: PayloadResult = {
    file: name,
    line: 1,
    name,
    operation: "createIdentityApiConnector",
    direction: "request",
    valid: false,
    findings: [finding, { ...finding, severity: "warning" }],
  };
  return { command: "validate", results: [result] };
}

const FORMATS = {
  text: (report: Report) => formatText(report, { color: false, verbose: true }),
  github: (report: Report) => formatGithub(report),
  junit: (report: Report) => formatJunit(report),
  json: (report: Report) => formatJson(report),
};

describe.each(HOSTILE_NAMES)("a file named %j", (name) => {
  it.each(Object.entries(FORMATS))(
    "%s: no line starts with :: from the data, no raw control character",
    (format, render) => {
      const output = render(hostileReport(name));
      const lines = output.split(/\r?\n|\r/);
      const commands = lines.filter((line) => line.startsWith("::"));
      if (format === "github") {
        // Ours: one annotation per finding, each a single line with its properties escaped.
        expect(commands).toHaveLength(2);
        for (const line of commands)
          expect(line).toMatch(/^::(?:error|warning) file=[^,:]*,line=1,col=2,title=[^,:]*::/);
      } else expect(commands).toEqual([]);
      expect(output).not.toMatch(RAW_CONTROL);
      expect(output).not.toMatch(/[\u2028\u2029]/);
    },
  );

  it("json keeps the name exactly; junit stays well-formed XML", () => {
    expect(JSON.parse(formatJson(hostileReport(name))).results[0].file).toBe(name);
    const xml = formatJunit(hostileReport(name));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser({ ignoreAttributes: false }).parse(xml).testsuites.testsuite["@_name"]).toBeTypeOf("string");
  });

  it("diagnostics: terminalText escapes the values and keeps its own line breaks", () => {
    const text = terminalText`apiconnectors: warning: ${name} holds no payload\n  second line\n`;
    expect(text.split("\n")).toEqual([
      `apiconnectors: warning: ${terminalSafe(name)} holds no payload`,
      "  second line",
      "",
    ]);
    expect(text).not.toMatch(RAW_CONTROL);
  });
});

describe("the github escapes", () => {
  it.each([
    { given: "a\u001bb\u0000c", data: "a\\u001bb\\u0000c", property: "a\\u001bb\\u0000c" },
    { given: "50%\r\n::x,y", data: "50%25%0D%0A::x,y", property: "50%25%0D%0A%3A%3Ax%2Cy" },
  ])("escape $given", ({ given, data, property }) => {
    expect(escapeData(given)).toBe(data);
    expect(escapeProperty(given)).toBe(property);
  });
});
