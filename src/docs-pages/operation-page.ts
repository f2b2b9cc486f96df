// One operation's page, in the order of Graph's API pages (microsoft-graph-docs-contrib,
// api-reference/*/api/identityapiconnector-*.md).
import { examplesSection } from "./examples-section.js";
import { nationalClouds, type PageOptions, pageHead, titleBlock } from "./front-matter.js";
import { page } from "./markdown.js";
import { pageNames } from "./names.js";
import {
  httpRequestSection,
  queryParametersSection,
  requestBodySection,
  requestHeadersSection,
  responseSection,
} from "./operation-sections.js";
import { permissionsSection } from "./permissions.js";
import { cellText, type Spec, type SpecOperation } from "./spec.js";

export function operationPage(
  spec: Spec,
  operation: SpecOperation,
  options: PageOptions,
): { file: string; text: string } {
  const names = pageNames(operation);
  const text = page([
    pageHead(options, { title: names.title, description: cellText(operation.summary), docType: "apiPageType" }),
    titleBlock(options, names.title),
    cellText(operation.description) || cellText(operation.summary),
    nationalClouds(spec, options.version),
    permissionsSection(spec, operation, names.stem),
    httpRequestSection(operation),
    queryParametersSection(operation),
    requestHeadersSection(operation),
    requestBodySection(spec, operation),
    responseSection(spec, operation),
    examplesSection(operation, options.version, names.stem),
  ]);
  return { file: `api/${names.file}`, text };
}
