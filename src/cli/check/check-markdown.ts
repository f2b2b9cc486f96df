// `check-docs`: every request and response example of a Graph-docs-style Markdown page,
// checked in page order so that each response is paired with the request before it.
import type { InputFile } from "../input/inputs.js";
import { type MarkdownExample, readMarkdownExamples } from "../input/markdown-examples.js";
import { decodeUtf8 } from "../input/read-input.js";
import { bomWarning, invalidUtf8Finding } from "./encoding-findings.js";
import { HttpConversation } from "./http-exchange.js";
import { type Finding, type PayloadResult, resultOf } from "./model.js";

/** Graph's docs name the example's type in the metadata; it must be a Microsoft Graph type. */
const GRAPH_TYPE = /^(?:Collection\()?microsoft\.graph\.[A-Za-z0-9_.]+\)?$/;

function metadataFindings(example: MarkdownExample): Finding[] {
  const type = example.metadata["@odata.type"];
  if (type === undefined || (typeof type === "string" && GRAPH_TYPE.test(type))) return [];
  const shown = typeof type === "string" ? JSON.stringify(type.slice(0, 120)) : `a ${typeof type}`;
  return [
    {
      pointer: "",
      keyword: "docs",
      severity: "error",
      message: `the metadata's "@odata.type" is ${shown}, not a Microsoft Graph type (microsoft.graph.…)`,
      line: example.metadataLine,
    },
  ];
}

function exampleName(example: MarkdownExample): string | undefined {
  const name = example.metadata.name;
  return typeof name === "string" && name !== "" ? name : undefined;
}

export function checkMarkdownFile(file: InputFile, bytes: Buffer): PayloadResult[] {
  const decoded = decodeUtf8(bytes);
  const invalid = invalidUtf8Finding(decoded);
  if (invalid) return [resultOf({ file: file.display }, [invalid])];
  const page = readMarkdownExamples(decoded.text);
  // Line numbers count from the file's first line; the byte order mark is not a line.
  const results: PayloadResult[] = page.problems.map((problem) =>
    resultOf({ file: file.display, line: problem.line, name: "example metadata" }, [
      { pointer: "", keyword: "docs", severity: "error", message: problem.message, line: problem.line },
    ]),
  );
  const conversation = new HttpConversation();
  for (const example of page.examples) {
    const name = exampleName(example);
    results.push(
      conversation.check({
        file: file.display,
        text: example.code,
        firstLine: example.codeLine,
        columnShift: example.columnShift,
        ...(name ? { name } : {}),
        truncated: example.metadata.truncated === true,
        claims: example.blockType,
        findings: metadataFindings(example),
        placeholders: true,
      }),
    );
  }
  results.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const first = results[0];
  if (decoded.bom && first) results[0] = resultOf(first, [bomWarning(1, "text"), ...first.findings]);
  return results;
}
