// The Graph versions this API is served in (spec/openapi.yaml `servers`), and the one default
// for the client's base URL, the mock's unprefixed paths and `apiconnectors mock`. The default
// is v1.0: Microsoft supports only v1.0 in production ("APIs under /beta … are not supported
// for production use", https://learn.microsoft.com/graph/versioning-and-support), and the
// connector's shapes are the same in both. Pass "beta" for the US Government L4/L5 clouds,
// which serve this API in beta only.

export const GRAPH_VERSIONS = ["v1.0", "beta"] as const;

export type GraphVersion = (typeof GRAPH_VERSIONS)[number];

export const DEFAULT_GRAPH_VERSION: GraphVersion = "v1.0";

export function isGraphVersion(value: unknown): value is GraphVersion {
  return (GRAPH_VERSIONS as readonly unknown[]).includes(value);
}
