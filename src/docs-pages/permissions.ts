// The Permissions section: the operation's scopes (its security requirement) split by the
// OAuth flows of the security scheme that declares them: authorization code for delegated
// (work or school account) access, client credentials for application access. Personal
// Microsoft accounts appear only as a row that says they are not supported, which the scheme
// says in its description (it names the `organizations` endpoints).
import { table } from "./markdown.js";
import { isObject, type Spec, type SpecOperation } from "./spec.js";

export interface PermissionRow {
  type: string;
  leastPrivileged: string;
  higherPrivileged: string;
}

const NOT_SUPPORTED = "Not supported.";
const NOT_AVAILABLE = "Not available.";

function flowScopes(spec: Spec, flow: string): Set<string> {
  const scopes = new Set<string>();
  for (const scheme of Object.values(spec.resolve(spec.resolve(spec.document.components).securitySchemes))) {
    const flows = spec.resolve(scheme).flows;
    const declared = isObject(flows) ? spec.resolve(flows[flow]).scopes : undefined;
    if (isObject(declared)) for (const scope of Object.keys(declared)) scopes.add(scope);
  }
  return scopes;
}

/** Least privileged first: the operation's first scope of the flow; the rest are higher. */
function row(type: string, scopes: string[]): PermissionRow {
  const [least, ...higher] = scopes;
  return {
    type,
    leastPrivileged: least ?? NOT_SUPPORTED,
    higherPrivileged: least === undefined ? NOT_SUPPORTED : higher.length > 0 ? higher.join(", ") : NOT_AVAILABLE,
  };
}

export function permissionRows(spec: Spec, operation: SpecOperation): PermissionRow[] {
  const delegated = flowScopes(spec, "authorizationCode");
  const application = flowScopes(spec, "clientCredentials");
  return [
    row(
      "Delegated (work or school account)",
      operation.scopes.filter((scope) => delegated.has(scope)),
    ),
    row("Delegated (personal Microsoft account)", []),
    row(
      "Application",
      operation.scopes.filter((scope) => application.has(scope)),
    ),
  ];
}

/** The Microsoft Entra role a delegated caller needs, as the security scheme's description names it. */
export function entraRole(spec: Spec): string {
  for (const scheme of Object.values(spec.resolve(spec.resolve(spec.document.components).securitySchemes))) {
    const description = spec.resolve(scheme).description;
    const match =
      typeof description === "string" ? /least\s+privileged\s+is\s+\*\*([^*]+)\*\*/.exec(description) : null;
    if (match?.[1]) return match[1].replace(/\s+/g, " ");
  }
  throw new Error("no security scheme names the least privileged Microsoft Entra role (**Role** in its description)");
}

export function permissionsSection(spec: Spec, operation: SpecOperation, pageName: string): string {
  const rows = permissionRows(spec, operation).map((r) => [r.type, r.leastPrivileged, r.higherPrivileged]);
  return [
    "## Permissions",
    "Use the least privileged permission your app needs; the higher privileged ones only if it needs more. See [Permissions](/graph/permissions-reference) for what each one allows.",
    `<!-- { "blockType": "permissions", "name": "${pageName}" } -->`,
    table(["Permission type", "Least privileged permissions", "Higher privileged permissions"], rows),
    `> [!IMPORTANT]\n> In delegated scenarios with work or school accounts, the signed-in user also needs a supported Microsoft Entra role. **${entraRole(spec)}** is the least privileged role for this operation.`,
  ].join("\n\n");
}
