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

/** The clouds the spec's servers label (`servers[].description`), one server per service root. */
export const CLOUDS = [
  "Global service",
  "US Government L4",
  "US Government L5 (DOD)",
  "China operated by 21Vianet",
] as const;

/** The clouds that serve a version: those of the spec's servers whose URL ends in `/<version>`. */
export function versionClouds(spec: Spec, version: GraphVersion): string[] {
  const servers = Array.isArray(spec.document.servers) ? spec.document.servers : [];
  return servers.flatMap((server) => {
    if (!isObject(server) || !String(server.url).endsWith(`/${version}`)) return [];
    const description = String(server.description ?? "");
    const cloud = CLOUDS.find((name) => description.endsWith(name));
    if (!cloud)
      throw new Error(`the spec's server ${String(server.url)} names none of the clouds ${CLOUDS.join(", ")}`);
    return [cloud];
  });
}

/**
 * The national-cloud include for the version, chosen from the clouds the spec's servers of that
 * version name: Graph's docs have one include per set of clouds.
 */
export function nationalClouds(spec: Spec, version: GraphVersion): string {
  const clouds = versionClouds(spec, version);
  if (!clouds.includes("Global service"))
    throw new Error(
      `the spec has no Global service server for ${version}, so the page cannot say which clouds serve it`,
    );
  const include = clouds.some((cloud) => cloud.startsWith("US Government"))
    ? "all-clouds.md"
    : clouds.includes("China operated by 21Vianet")
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
