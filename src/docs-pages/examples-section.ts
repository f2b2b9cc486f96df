// The Examples section: per example a request, in tabs as Graph's pages have them (HTTP, then
// the samples in other languages, closed by `---`), and its response. Only the HTTP blocks
// carry ApiDoctor metadata, so `check-docs` checks every request and response and nothing else.
import { operationExamples } from "./examples.js";
import { graphTypeOf } from "./graph-types.js";
import { codeBlock, metadata } from "./markdown.js";
import { REASONS } from "./operation-sections.js";
import { codeSamples, type GraphVersion } from "./samples.js";
import { isObject, refName, type SpecOperation } from "./spec.js";

/** The response's ApiDoctor type: the Graph type of the success schema or of its `value` items. */
function responseType(operation: SpecOperation): { type?: string; collection: boolean } {
  const { schemaName, schema } = operation.success;
  const direct = schemaName ? graphTypeOf(schemaName) : undefined;
  if (direct) return { type: direct, collection: false };
  const value = isObject(schema?.properties) ? schema.properties.value : undefined;
  const itemName = isObject(value) ? refName(value.items) : undefined;
  const itemType = itemName ? graphTypeOf(itemName) : undefined;
  return itemType ? { type: itemType, collection: true } : { collection: false };
}

export function examplesSection(operation: SpecOperation, version: GraphVersion, stem: string): string {
  const examples = operationExamples(operation, version, stem);
  const several = examples.length > 1;
  const { type, collection } = responseType(operation);
  const parts: string[] = ["## Examples"];
  examples.forEach((example, index) => {
    const level = several ? "####" : "###";
    if (several) parts.push(`### Example ${index + 1}: ${example.summary}`);
    const samples = codeSamples(version, example.request);
    parts.push(
      `${level} Request`,
      "# [HTTP](#tab/http)",
      metadata({ blockType: "request", name: example.name }),
      codeBlock("http", samples.http),
      "# [curl](#tab/curl)",
      codeBlock("bash", samples.curl),
      "# [TypeScript](#tab/typescript)",
      codeBlock("typescript", samples.typescript),
      "---",
    );
    const status = `HTTP/1.1 ${example.response.status} ${REASONS[example.response.status] ?? ""}`.trim();
    const body = example.response.body;
    // The examples are whole, so they are not marked truncated: check-docs checks every member.
    const meta: Record<string, string | boolean> = { blockType: "response", truncated: false };
    if (body !== undefined && type) meta["@odata.type"] = `microsoft.graph.${type}`;
    if (body !== undefined && collection) meta.isCollection = true;
    parts.push(
      `${level} Response`,
      metadata(meta),
      codeBlock(
        "http",
        body === undefined ? status : `${status}\nContent-Type: application/json\n\n${JSON.stringify(body, null, 2)}`,
      ),
    );
  });
  return parts.join("\n\n");
}
