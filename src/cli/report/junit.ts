// The `junit` format: JUnit XML, which GitLab (artifacts:reports:junit), Jenkins, Azure
// Pipelines and others show as test results. One <testsuite> per file, one <testcase> per
// payload; a payload that does not conform has a <failure> listing its findings.
import { type Finding, NOTHING_CHECKED, type PayloadResult, type Report } from "../check/model.js";
import { renderReport, type StreamFormat } from "./formats.js";
import { RAW_IN_JSON_AND_XML } from "./terminal-text.js";

// XML 1.0 allows only these characters, even escaped (§2.2); anything else is written as \uXXXX.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

function xmlChars(text: string): string {
  return text.replace(NOT_XML, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}

// Characters XML allows but a terminal acts on (DEL, the C1 controls such as CSI U+009B) or
// that end a line in some viewers (U+2028, U+2029): written as character references, which
// parsers read back as the same characters, so the raw report never holds them.

function charReferences(escaped: string): string {
  return escaped.replace(RAW_IN_JSON_AND_XML, (char) => `&#x${char.charCodeAt(0).toString(16)};`);
}

/**
 * Text content. Line breaks from the data become character references (which XML parsers read
 * back as line breaks) and a leading ":" becomes `&#58;`: printed to a CI log, no line of the
 * report can then start a workflow command (`::error …`) from a file name or a message.
 */
export function escapeXmlText(text: string): string {
  const escaped = xmlChars(text)
    .replace(/[&<>]/g, (char) => ESCAPES[char] ?? char)
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
  const safe = charReferences(escaped);
  return safe.startsWith(":") ? `&#58;${safe.slice(1)}` : safe;
}

/** Attribute values also escape quotes and keep line breaks (which parsers would turn into spaces). */
export function escapeXmlAttribute(text: string): string {
  const escaped = xmlChars(text)
    .replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
  return charReferences(escaped);
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join("");
}

function findingText(result: PayloadResult, finding: Finding): string {
  const line = finding.line ?? result.line;
  const where =
    line === undefined
      ? result.file
      : `${result.file}:${line}${finding.column === undefined ? "" : `:${finding.column}`}`;
  return `${where} ${finding.severity} ${finding.pointer ? `${finding.pointer}: ` : ""}${finding.message}`;
}

function testcaseName(result: PayloadResult): string {
  const target = [result.operation, result.direction, result.direction === "response" ? result.status : undefined]
    .filter(Boolean)
    .join(" ");
  const where = result.line === undefined ? result.file : `${result.file}:${result.line}`;
  return `${where}${result.name ? ` ${result.name}` : ""}${target ? ` (${target})` : ""}`;
}

function testcase(result: PayloadResult): string {
  const open = `    <testcase${attributes({ classname: result.file, name: testcaseName(result), file: result.file, line: result.line })}`;
  const errors = result.findings.filter((finding) => finding.severity === "error");
  const warnings = result.findings.filter((finding) => finding.severity === "warning");
  const skipped = result.skipped !== undefined && errors.length === 0;
  if (errors.length === 0 && warnings.length === 0 && !skipped) return `${open}/>`;
  const parts = [`${open}>`];
  if (skipped) parts.push(`      <skipped${attributes({ message: result.skipped })}/>`);
  const first = errors[0];
  if (first) {
    const message = first.pointer ? `${first.pointer}: ${first.message}` : first.message;
    const body = errors.map((finding) => escapeXmlText(findingText(result, finding))).join("\n");
    // JUnit's <error> is a test that could not run (the file could not be read), <failure> one that failed.
    const element = result.unreadable ? "error" : "failure";
    parts.push(`      <${element}${attributes({ message, type: first.keyword })}>${body}</${element}>`);
  }
  if (warnings.length > 0)
    parts.push(
      `      <system-out>${warnings.map((finding) => escapeXmlText(findingText(result, finding))).join("\n")}</system-out>`,
    );
  parts.push("    </testcase>");
  return parts.join("\n");
}

// JUnit's opening tags carry the totals, so the testcases are kept, rendered, until the end:
// one string per payload, not the results themselves.
export const junitStream: StreamFormat = (header) => {
  const byFile = new Map<string, { cases: string[]; failed: number; errors: number; skipped: number }>();
  return {
    listsPasses: true,
    start: () => "",
    result(result) {
      let suite = byFile.get(result.file);
      if (!suite) {
        suite = { cases: [], failed: 0, errors: 0, skipped: 0 };
        byFile.set(result.file, suite);
      }
      suite.cases.push(testcase(result));
      if (result.unreadable) suite.errors++;
      else if (!result.valid) suite.failed++;
      else if (result.skipped !== undefined) suite.skipped++;
      return "";
    },
    end(total) {
      // Nothing checked is one more test case: skipped, or failed under --fail-on-empty.
      const empty = total.nothingChecked;
      const emptyFails = empty && header.failOnEmpty === true;
      const unreadable = total.unreadable ?? 0;
      const tests = total.passed + total.failed + total.skipped + unreadable;
      const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites${attributes({ name: `apiconnectors ${header.command}`, tests: tests + (empty ? 1 : 0), failures: total.failed + (emptyFails ? 1 : 0), errors: unreadable, skipped: total.skipped + (empty && !emptyFails ? 1 : 0) })}>`,
      ];
      for (const [file, suite] of byFile) {
        const { failed, errors, skipped } = suite;
        lines.push(
          `  <testsuite${attributes({ name: file, tests: suite.cases.length, failures: failed, errors, skipped })}>`,
        );
        for (const text of suite.cases) lines.push(text);
        lines.push("  </testsuite>");
      }
      if (empty) {
        const name = `apiconnectors ${header.command}`;
        lines.push(
          `  <testsuite${attributes({ name, tests: 1, failures: emptyFails ? 1 : 0, errors: 0, skipped: emptyFails ? 0 : 1 })}>`,
        );
        lines.push(`    <testcase${attributes({ classname: name, name: "nothing checked" })}>`);
        lines.push(
          emptyFails
            ? `      <failure${attributes({ message: NOTHING_CHECKED, type: "empty" })}>${escapeXmlText(`${NOTHING_CHECKED} (--fail-on-empty)`)}</failure>`
            : `      <skipped${attributes({ message: NOTHING_CHECKED })}/>`,
        );
        lines.push("    </testcase>");
        lines.push("  </testsuite>");
      }
      lines.push("</testsuites>");
      return `${lines.join("\n")}\n`;
    },
  };
};

export const formatJunit = (report: Report): string =>
  renderReport(junitStream, report, { color: false, verbose: false });
