// The files of a consumer team's project: a typed create call against the installed package,
// type-checked under Node ESM (nodenext) and bundler resolution, and a script run by Node.
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../support/repo.js";

/** Uses all three entry points; the @ts-expect-error lines prove the types are not `any`. */
const createCall = `import type { components, paths } from "apiconnectors/schema";
import { validateRequest, type ValidationResult } from "apiconnectors";
import spec from "apiconnectors/openapi.json" with { type: "json" };

type CreateBody = paths["/identity/apiConnectors"]["post"]["requestBody"]["content"]["application/json"];
type Connector = components["schemas"]["identityApiConnector"];

const basic: CreateBody = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "MyUsername", password: "MyPassword" },
};
const certificate: components["schemas"]["identityApiConnectorCreate"] = {
  displayName: "Test API",
  targetUrl: "https://someotherapi.com/api",
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.pkcs12Certificate", pkcs12Value: "AAAA", password: "" },
};

// @ts-expect-error displayName is required
const withoutName: CreateBody = { targetUrl: "https://someapi.com/api", authenticationConfiguration: basic.authenticationConfiguration };
const wrongVariant: CreateBody = {
  ...basic,
  // @ts-expect-error basic authentication has no pkcs12Value
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u", password: "p", pkcs12Value: "AAAA" },
};
// @ts-expect-error the JSON import is typed from the document: it has no such member
spec.info.nonsense;

export async function createConnector(token: string, body: CreateBody): Promise<Connector> {
  const checked: ValidationResult = validateRequest("createIdentityApiConnector", body);
  if (!checked.valid) throw new Error(checked.issues.map((issue) => \`\${issue.pointer}: \${issue.message}\`).join("\\n"));
  const server: string = spec.servers[0]!.url;
  const response = await fetch(\`\${server}/identity/apiConnectors\`, {
    method: "POST",
    headers: { Authorization: \`Bearer \${token}\`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(\`Graph answered \${response.status}\`);
  return (await response.json()) as Connector;
}

export const examples = [basic, certificate, withoutName, wrongVariant];
`;

const compilerOptions = {
  target: "es2022",
  lib: ["es2022", "dom"],
  strict: true,
  noEmit: true,
  resolveJsonModule: true,
};

const tsconfig = (options: Record<string, unknown>) =>
  `${JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files: ["src/create-call.ts", "src/standard-schema.ts"] }, null, 2)}\n`;

/**
 * Two consumers. A Node service (nodenext) with @types/node that checks the package's .d.ts
 * files too (skipLibCheck off). A front-end app (bundler) without Node's types, with
 * `tsc --init`'s and Vite's skipLibCheck. The Node-only mock server has its own entry
 * (`apiconnectors/mock`), so the root entry stays usable without it.
 */
export const consumerTsconfigs = {
  nodenext: tsconfig({ module: "nodenext", moduleResolution: "nodenext", types: ["node"], skipLibCheck: false }),
  bundler: tsconfig({ module: "esnext", moduleResolution: "bundler", types: [], skipLibCheck: true }),
};

/**
 * The optional peers a CLI or mock user installs beside the package, as the README says
 * (package.json's optional peerDependencies; typescript and openapi-typescript only for
 * `diff --consumer`).
 */
export function cliPeers(manifest: {
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
}): string[] {
  return Object.entries(manifest.peerDependencies)
    .filter(([name]) => manifest.peerDependenciesMeta[name]?.optional)
    .filter(([name]) => !["typescript", "openapi-typescript"].includes(name))
    .map(([name, range]) => `${name}@${range}`);
}

/** What the consumer installs beside the tarball: Node's types, as a Node service has them, and the CLI's peers. */
export const consumerAlongside = [
  "@types/node@^20.19.0",
  ...cliPeers(JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"))),
];

/**
 * A browser or service team that uses only the client: the package alone, no peer. Its
 * script calls a loopback server with validate "request" (the validators load lazily from the
 * installed package), then tries the mock entry, which names its missing peers.
 */
export const clientOnlyFiles: Record<string, string> = {
  "client-check.mjs": `import { createServer } from "node:http";
import { ContractError, createApiConnectorsClient } from "apiconnectors";

const bodies = [];
const server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    bodies.push(body);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ value: [] }));
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = \`http://127.0.0.1:\${server.address().port}/v1.0\`;
const client = createApiConnectorsClient({ baseUrl, token: "t", validate: "request" });
const listed = await client.listApiConnectors();
const refused = await client
  .createApiConnector({ displayName: "no targetUrl" })
  .then(() => "sent", (error) => (error instanceof ContractError ? error.issues.map((i) => i.pointer) : String(error)));
const mock = await import("apiconnectors/mock")
  .then((m) => m.startMockServer({ port: 0 }))
  .then((started) => started.close().then(() => "started"), (error) => \`\${error.name}: \${error.message}\`);
server.close();
console.log(JSON.stringify({ listed: Array.isArray(listed.value), refused, sent: bodies.length, mock }));
`,
  "page.md": "# A page\n",
};

/** Runs under Node from the installed package: the entry points at run time. */
const runtimeCheck = `import { validateRequest } from "apiconnectors";
import { startMockServer } from "apiconnectors/mock";
import { startProxy } from "apiconnectors/proxy";
import spec from "apiconnectors/openapi.json" with { type: "json" };

const mock = await startMockServer({ port: 0 });
const listed = await fetch(\`\${mock.baseUrl}/identity/apiConnectors\`).then((response) => response.status);
const proxy = await startProxy({ upstream: mock.url, enforce: true });
const proxied = await fetch(\`\${proxy.url}/v1.0/identity/apiConnectors\`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ displayName: "no targetUrl" }),
}).then((response) => response.status);
await proxy.close();
await mock.close();

const good = validateRequest("createIdentityApiConnector", {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: { "@odata.type": "#microsoft.graph.basicAuthentication", username: "u", password: "p" },
});
const bad = validateRequest("createIdentityApiConnector", { displayName: "Test API" });
let schema;
try {
  await import("apiconnectors/schema");
  schema = "loaded";
} catch (error) {
  schema = error.code;
}
console.log(JSON.stringify({ title: spec.info.title, good: good.valid, bad: bad.valid, badPointers: bad.issues.map((i) => i.pointer), schema, mockList: listed, proxyRefused: proxied, proxyFindings: proxy.findings().length > 0, proxyEntries: proxy.har().log.entries.length }));
`;

/** The Standard Schema entry: its output type is the generated type, under both resolutions. */
const standardSchemaUse = `import type { components } from "apiconnectors/schema";
import { schemas, type StandardSchemaV1 } from "apiconnectors/standard-schema";

type Output = StandardSchemaV1.InferOutput<typeof schemas.createIdentityApiConnector.request>;
export const body: components["schemas"]["identityApiConnectorCreate"] = {} as Output;
// @ts-expect-error the output is not any
export const notAny: Output = { displayName: 1 };
`;

/** Runs the Standard Schema entry from the installed package. */
const standardSchemaCheck = `import { schemas } from "apiconnectors/standard-schema";
const props = schemas.createIdentityApiConnector.request["~standard"];
const result = props.validate({ displayName: "Test API" });
console.log(JSON.stringify({ version: props.version, vendor: props.vendor, paths: result.issues.map((i) => i.path ?? []), dialect: props.jsonSchema.input({ target: "draft-07" }).$schema }));
`;

export const consumerFiles: Record<string, string> = {
  "src/create-call.ts": createCall,
  "src/standard-schema.ts": standardSchemaUse,
  "standard-schema-check.mjs": standardSchemaCheck,
  "tsconfig.nodenext.json": consumerTsconfigs.nodenext,
  "tsconfig.bundler.json": consumerTsconfigs.bundler,
  "runtime-check.mjs": runtimeCheck,
  "payloads/valid.json": `${JSON.stringify({
    displayName: "Test API",
    targetUrl: "https://someapi.com/api",
    authenticationConfiguration: {
      "@odata.type": "#microsoft.graph.basicAuthentication",
      username: "u",
      password: "p",
    },
  })}\n`,
  "payloads/invalid.json": `${JSON.stringify({ displayName: "Test API", targetUrl: "http://someapi.com/api" })}\n`,
};
