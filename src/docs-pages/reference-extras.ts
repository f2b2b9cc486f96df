// What the docs build adds to the HTML reference besides the code samples: the operations as
// static HTML, with their permissions, for readers without JavaScript (Redoc renders
// operations in the browser; see scripts/docs/build.ts).

import { operationExamples } from "./examples.js";
import { pageNames } from "./names.js";
import { bodyProperties, REASONS } from "./operation-sections.js";
import { entraRole, permissionRows } from "./permissions.js";
import { codeSamples, type GraphVersion } from "./samples.js";
import { cellText, type JsonObject, loadSpec, operationObjects } from "./spec.js";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** Text as HTML character data or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);

/** `[name](link) collection` → `name collection` (a type cell without its Markdown link). */
function linkText(cell: string): string {
  const close = cell.indexOf("](");
  const end = close < 0 ? -1 : cell.indexOf(")", close);
  return cell.startsWith("[") && end > 0 ? `${cell.slice(1, close)}${cell.slice(end + 1)}` : cell;
}

const htmlTable = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  `<table><thead><tr>${header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;

/**
 * Every operation as plain HTML: summary, method and path, description, permissions, request
 * body, success response and code samples. The docs build puts it in a <noscript>, so a reader
 * with JavaScript off reads what Redoc would show.
 */
export function staticOperations(document: JsonObject, version: GraphVersion = "v1.0"): string {
  const spec = loadSpec(document);
  const sections = spec.operations.map((operation) => {
    const rows = permissionRows(spec, operation).map((r) => [r.type, r.leastPrivileged, r.higherPrivileged]);
    const body = bodyProperties(spec, operation).map((p) => [p.name, linkText(p.type), p.description]);
    const status = operation.success.status;
    const samples = operationExamples(operation, version, pageNames(operation).stem).flatMap((example) => {
      const code = codeSamples(version, example.request);
      return [
        ["HTTP", code.http],
        ["curl", code.curl],
        ["TypeScript", code.typescript],
      ].map(
        ([label, source]) =>
          `<h4>${escapeHtml(`${label}: ${example.summary}`)}</h4><pre><code>${escapeHtml(source ?? "")}</code></pre>`,
      );
    });
    return [
      `<section id="static-${escapeHtml(operation.operationId)}">`,
      `<h2>${escapeHtml(operation.summary)}</h2>`,
      `<p><code>${escapeHtml(`${operation.method} ${operation.path}`)}</code></p>`,
      `<p>${escapeHtml(cellText(operation.description))}</p>`,
      "<h3>Permissions</h3>",
      htmlTable(["Permission type", "Least privileged", "Higher privileged"], rows),
      `<p>Delegated calls also need a Microsoft Entra role; the least privileged is ${escapeHtml(entraRole(spec))}.</p>`,
      body.length > 0 ? `<h3>Request body</h3>${htmlTable(["Property", "Type", "Description"], body)}` : "",
      `<h3>Response</h3><p>${escapeHtml(`${status} ${REASONS[status] ?? ""}`.trim())}: ${escapeHtml(cellText(operation.success.description))}</p>`,
      "<h3>Code samples</h3>",
      ...samples,
      "</section>",
    ].join("\n");
  });
  return [
    '<noscript><div class="static-operations" style="max-width:60rem;margin:2rem auto;padding:0 1rem;font-family:sans-serif;overflow-wrap:normal">',
    "<p>JavaScript is off: the operations follow as plain HTML.</p>",
    ...sections,
    "</div></noscript>",
  ].join("\n");
}
