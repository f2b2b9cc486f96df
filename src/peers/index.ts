// The optional peer dependencies (package.json peerDependenciesMeta): what the CLI, the mock
// and the proxy use and the client does not, so a client-only consumer does not install them
// (docs/publishing.md, "Dependencies"). One table of them, one check and one message: each
// command and entry asks for its peers before it starts, and a missing one is named with the
// command that installs it, rather than failing later with Node's module-not-found text.
import { createRequire } from "node:module";

/** Each optional peer and the range to install (package.json's peerDependencies; test/package/peers.test.ts). */
export const OPTIONAL_PEERS = {
  "@streamparser/json": "0.0.26",
  "fastest-levenshtein": "1.0.16",
  "jsonc-parser": "^3.3.1",
  "mdast-util-from-markdown": "^2.1.0",
  "node-forge": "^1.4.3",
  tinyglobby: "^0.2.17",
  yaml: "^2.9.1",
} as const;

export type OptionalPeer = keyof typeof OPTIONAL_PEERS;

/** A peer a command or entry needs is not installed. `message` is one line, with the install command. */
export class MissingPeerError extends Error {
  override readonly name = "MissingPeerError";
  /** The install command for every missing peer: `npm install --save-dev a@^1 b@^2`. */
  readonly install: string;
  constructor(
    readonly packages: readonly OptionalPeer[],
    needer: string,
  ) {
    const install = `npm install --save-dev ${packages.map((name) => `${name}@${OPTIONAL_PEERS[name]}`).join(" ")}`;
    const which = packages.length === 1 ? "which is not installed" : "which are not installed";
    super(`${needer} needs ${packages.join(", ")}, ${which}: ${install}`);
    this.install = install;
  }
}

const require = createRequire(import.meta.url);

/** Whether Node finds the package from here (its directory; an ESM-only package's `require` export is not needed). */
function installed(name: OptionalPeer): boolean {
  try {
    require.resolve(name);
    return true;
  } catch (error) {
    // Found, but it exports nothing for require(): installed all the same.
    return (error as NodeJS.ErrnoException).code === "ERR_PACKAGE_PATH_NOT_EXPORTED";
  }
}

/** Throws MissingPeerError naming every one of `packages` that is not installed; `needer` is who needs them. */
export function requirePeers(packages: readonly OptionalPeer[], needer: string): void {
  const missing = packages.filter((name) => !installed(name));
  if (missing.length > 0) throw new MissingPeerError(missing, needer);
}

/**
 * A CommonJS peer, loaded synchronously on first use (jsonc-parser, fastest-levenshtein): an ESM
 * import of either makes Node scan its whole source for export names at start-up.
 */
export function loadPeer<T>(name: OptionalPeer, needer: string): T {
  requirePeers([name], needer);
  return require(name) as T;
}
