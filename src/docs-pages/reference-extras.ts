// What the docs build adds to the HTML reference besides the code samples: the operations as
// static HTML, with their permissions, in the page's normal flow. Redoc renders operations in
// the browser after its 2.3 MB bundle has run (seconds on a slow CPU) and not at all with
// JavaScript off; this copy is painted with the page, and Redoc's view replaces it once it is
// live (see scripts/docs/build.ts and docs/docs-pages.md).

import { operationExamples } from "./examples.js";
import { table } from "./markdown.js";
import { pageNames } from "./names.js";
import { bodyProperties, REASONS } from "./operation-sections.js";
import { entraRole, permissionRows } from "./permissions.js";
import { codeSamples, type GraphVersion } from "./samples.js";
import { cellText, type JsonObject, loadSpec, operationObjects, type Spec, type SpecOperation } from "./spec.js";

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

/** The id of the element that holds the static operations (hidden once Redoc is live). */
export const STATIC_OPERATIONS_ID = "static-operations";

/**
 * Redoc's deep link to an operation, `#/<tag>/<operationid>` (both lowercased, as Redoc 3 builds
 * them). The static copy carries it as an anchor id, so a shared link scrolls to the operation
 * before Redoc has loaded.
 */
export function redocOperationPath(spec: Spec, operation: SpecOperation): string {
  const target = spec.resolve(
    spec.resolve(spec.resolve(spec.document.paths)[operation.path])[operation.method.toLowerCase()],
  );
  const tag = Array.isArray(target.tags) && typeof target.tags[0] === "string" ? target.tags[0] : "";
  if (!tag) throw new Error(`${operation.method} ${operation.path} has no tag, so Redoc gives it no deep link`);
  return `/${tag.toLowerCase()}/${String(target.operationId).toLowerCase()}`;
}

/**
 * Every operation as plain HTML: summary, method and path, description, permissions, request
 * body, success response and code samples. The docs build puts it in the page's normal flow,
 * before Redoc's script, so it is readable at first paint and with JavaScript off.
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
      `<a id="${escapeHtml(redocOperationPath(spec, operation))}"></a>`,
      // Element Timing (W3C): the bench reads when each heading is painted.
      `<h2 elementtiming="static-operation">${escapeHtml(operation.summary)}</h2>`,
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
    `<div id="${STATIC_OPERATIONS_ID}" class="static-operations" style="max-width:60rem;margin:2rem auto;padding:0 1rem;font-family:sans-serif;overflow-wrap:normal">`,
    "<p>The operations as plain HTML, until the interactive reference has loaded (or for good, with JavaScript off).</p>",
    ...sections,
    "</div>",
  ].join("\n");
}

/** The heading Redoc's view of each operation shows its permissions under. */
export const PERMISSIONS_HEADING = "Permissions";

/**
 * A deep copy of the document in which each operation's description ends with its permissions
 * table (the rows of the Graph-docs pages: permissionRows) and the Entra role note, so Redoc's
 * own view of the operation shows them. Added by the docs build, never written into spec/.
 */
export function withPermissions(document: JsonObject): JsonObject {
  const copy = structuredClone(document);
  const spec = loadSpec(copy);
  for (const { operation, target } of operationObjects(spec)) {
    const rows = permissionRows(spec, operation).map((r) => [r.type, r.leastPrivileged, r.higherPrivileged]);
    target.description = [
      operation.description.trim(),
      `### ${PERMISSIONS_HEADING}`,
      table(["Permission type", "Least privileged", "Higher privileged"], rows),
      `Delegated calls also need a Microsoft Entra role; the least privileged is **${entraRole(spec)}**.`,
    ]
      .filter((part) => part !== "")
      .join("\n\n");
  }
  return copy;
}
