// What opens every page: the front matter, the title, the namespace line and the includes
// Graph's pages share (beta disclaimer, national-cloud availability).
import { frontMatter } from "./markdown.js";
import type { GraphVersion } from "./samples.js";
import { isObject, type Spec } from "./spec.js";

export interface PageOptions {
  version: GraphVersion;
  /** The page's `author` (a GitHub name, as Graph's docs want). */
  author: string;
}

/** Graph's docs taxonomy for Entra sign-in APIs (microsoft-graph-docs-contrib metadata). */
const SUBSERVICE = "entra-sign-in";

export function pageHead(
  options: PageOptions,
  fields: { title: string; description: string; docType: "apiPageType" | "resourcePageType" },
): string {
  return frontMatter({
    title: fields.title,
    description: fields.description,
    author: options.author,
    "ms.localizationpriority": "medium",
    "ms.subservice": SUBSERVICE,
    doc_type: fields.docType,
  });
}

/**
 * The national-cloud include for the version, chosen from the spec's server description of
 * that version: Graph's docs have one include per set of clouds.
 */
export function nationalClouds(spec: Spec, version: GraphVersion): string {
  const servers = Array.isArray(spec.document.servers) ? spec.document.servers : [];
  const server = servers.find((s) => isObject(s) && String(s.url).endsWith(`/${version}`));
  const description = isObject(server) ? String(server.description ?? "") : "";
  if (!/global/i.test(description))
    throw new Error(`the spec's server for ${version} does not say which clouds serve it`);
  const include = /US Government/i.test(description)
    ? "all-clouds.md"
    : /China/i.test(description)
      ? "global-china.md"
      : "global-only.md";
  return `[!INCLUDE [national-cloud-support](../../includes/${include})]`;
}

/** Title, namespace line and (on beta pages) the beta disclaimer; the lead paragraph follows. */
export function titleBlock(options: PageOptions, title: string): string {
  return [
    `# ${title}`,
    "Namespace: microsoft.graph",
    ...(options.version === "beta" ? ["[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]"] : []),
  ].join("\n\n");
}

export const defaultAuthor = (spec: Spec): string => {
  const contact = spec.resolve(spec.resolve(spec.document.info).contact);
  return typeof contact.name === "string" ? contact.name : "apiconnectors";
};
