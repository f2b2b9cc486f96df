// The `@odata.id` of an API connector, as `PUT …/apiConnectorConfiguration/{step}/$ref` takes
// it: the connector's absolute URL on a Microsoft Graph service root (the spec's
// identityApiConnectorReference). A client pointed at a national cloud names that cloud's root;
// one pointed elsewhere (the mock on loopback, a proxy) names the global service's, in the
// version of its base URL: the service root identifies the tenant's connector, not the host
// the request went to.
import { DEFAULT_GRAPH_VERSION, isGraphVersion } from "../validate/graph-version.js";

/** Microsoft Graph's service roots (https://learn.microsoft.com/graph/deployments). */
const GRAPH_HOSTS = [
  "graph.microsoft.com",
  "graph.microsoft.us",
  "dod-graph.microsoft.us",
  "microsoftgraph.chinacloudapi.cn",
];
const GLOBAL_ORIGIN = "https://graph.microsoft.com";

export function apiConnectorReference(baseUrl: string, connectorId: string): string {
  const url = new URL(baseUrl);
  const last =
    url.pathname
      .split("/")
      .filter((segment) => segment !== "")
      .at(-1) ?? "";
  const version = isGraphVersion(last) ? last : DEFAULT_GRAPH_VERSION;
  const origin = url.protocol === "https:" && GRAPH_HOSTS.includes(url.hostname) ? url.origin : GLOBAL_ORIGIN;
  return `${origin}/${version}/identity/apiConnectors/${encodeURIComponent(connectorId)}`;
}
