// Code samples for one example request: the HTTP message, a curl command and a TypeScript
// call with this package's client. The same samples go into the Markdown pages (as tabs) and
// into the HTML reference (Redoc's `x-codeSamples`), and the TypeScript ones are type-checked
// and run against the mock by the test suite (test/docs-pages/samples.test.ts).
import type { Json } from "./spec.js";

export type GraphVersion = "v1.0" | "beta";
export const GRAPH_ORIGIN = "https://graph.microsoft.com";

export interface ExampleRequest {
  operationId: string;
  method: string;
  /** The path with its parameter filled in, e.g. `/identity/apiConnectors/370e…`. */
  path: string;
  /** The path parameter's value, when the path has one. */
  id?: string;
  body?: Json;
}

export interface CodeSamples {
  http: string;
  curl: string;
  typescript: string;
}

/** How the client's helper for each operation is called; an operation missing here fails the build. */
const CLIENT_CALLS: Readonly<
  Record<string, { helper: string; result?: string; args: "body" | "id" | "id+body" | "none" }>
> = {
  createIdentityApiConnector: { helper: "createApiConnector", result: "connector", args: "body" },
  listIdentityApiConnectors: { helper: "listApiConnectors", result: "page", args: "none" },
  getIdentityApiConnector: { helper: "getApiConnector", result: "connector", args: "id" },
  updateIdentityApiConnector: { helper: "updateApiConnector", args: "id+body" },
  deleteIdentityApiConnector: { helper: "deleteApiConnector", args: "id" },
  uploadIdentityApiConnectorClientCertificate: {
    helper: "uploadClientCertificate",
    result: "connector",
    args: "id+body",
  },
};

/** What a TypeScript sample logs once the call returned: a fact a reader would look at next. */
const AFTERWARDS: Readonly<Record<string, string>> = {
  connector: "console.log(connector.id, connector.authenticationConfiguration?.['@odata.type']);",
  page: "for (const connector of page.value) console.log(connector.id, connector.displayName);",
};

const json = (value: Json) => JSON.stringify(value, null, 2);

export function httpSample(version: GraphVersion, request: ExampleRequest): string {
  const start = `${request.method} ${GRAPH_ORIGIN}/${version}${request.path}`;
  return request.body === undefined ? start : `${start}\nContent-Type: application/json\n\n${json(request.body)}`;
}

/** A POSIX shell word: single quotes, with each quote inside written as '\'' . */
const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

export function curlSample(version: GraphVersion, request: ExampleRequest): string {
  const lines = [
    `curl -X ${request.method} ${shellQuote(`${GRAPH_ORIGIN}/${version}${request.path}`)}`,
    `  -H "Authorization: Bearer $GRAPH_TOKEN"`,
  ];
  if (request.body !== undefined)
    lines.push(`  -H 'Content-Type: application/json'`, `  --data-raw ${shellQuote(json(request.body))}`);
  return lines.join(" \\\n");
}

/** The line a TypeScript sample makes its client with (the sample tests swap it for the mock's). */
export const clientLine = (version: GraphVersion) =>
  `const client = createApiConnectorsClient({ version: "${version}", token: process.env.GRAPH_TOKEN });`;
export const IMPORT_LINE = `import { createApiConnectorsClient } from "apiconnectors";`;

export function typescriptSample(version: GraphVersion, request: ExampleRequest): string {
  const call = CLIENT_CALLS[request.operationId];
  if (!call) throw new Error(`no TypeScript sample for ${request.operationId}: add it to CLIENT_CALLS in samples.ts`);
  const args: string[] = [];
  if (call.args === "id" || call.args === "id+body") args.push(JSON.stringify(request.id ?? ""));
  if (call.args === "body" || call.args === "id+body") args.push(json(request.body ?? {}));
  const invocation = `await client.${call.helper}(${args.join(", ")});`;
  const statement = call.result ? `const ${call.result} = ${invocation}` : invocation;
  const after = call.result ? AFTERWARDS[call.result] : undefined;
  return [IMPORT_LINE, "", clientLine(version), statement, ...(after ? [after] : [])].join("\n");
}

export function codeSamples(version: GraphVersion, request: ExampleRequest): CodeSamples {
  return {
    http: httpSample(version, request),
    curl: curlSample(version, request),
    typescript: typescriptSample(version, request),
  };
}
