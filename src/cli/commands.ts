// The command table of `apiconnectors`: each command's summary, the optional peer
// dependencies it needs, and how its module is loaded.
import type { OptionalPeer } from "../peers/index.js";
import type { CommandRun } from "./io.js";

export interface Command {
  /** One line for `apiconnectors --help`. */
  summary: string;
  /** The optional peer dependencies it needs, checked before it loads (test/package/peers.test.ts keeps this true). */
  peers: readonly OptionalPeer[];
  /** Loads the command's module only when it runs, so each command starts fast. */
  load: () => Promise<CommandRun>;
}

/**
 * The command table. To add a command: a file `src/cli/NAME-command.ts` exporting a
 * `CommandRun` (it may return a promise, e.g. a server that runs until it is stopped), and
 * one entry here.
 */
export const COMMANDS: Readonly<Record<string, Command>> = {
  validate: {
    peers: ["@streamparser/json", "fastest-levenshtein", "jsonc-parser", "tinyglobby"],
    summary: "validate request or response payloads (JSON, NDJSON, .http transcripts) against the contract",
    load: async () => (await import("./validate-command.js")).runValidate,
  },
  "check-docs": {
    peers: ["fastest-levenshtein", "jsonc-parser", "mdast-util-from-markdown", "tinyglobby"],
    summary: "check the request and response examples of Graph-docs-style Markdown pages",
    load: async () => (await import("./check-docs-command.js")).runCheckDocs,
  },
  "docs-pages": {
    peers: ["fastest-levenshtein"],
    summary: "write Graph-docs Markdown pages (one per operation and resource type) from the contract",
    load: async () => (await import("./docs-pages-command.js")).runDocsPages,
  },
  diff: {
    peers: ["fastest-levenshtein", "yaml"],
    summary:
      "compare two versions of the contract: breaking, warning and info changes, direction- and discriminator-aware",
    load: async () => (await import("./diff-command.js")).runDiff,
  },
  mock: {
    peers: ["fastest-levenshtein", "jsonc-parser", "node-forge"],
    summary: "run a stateful mock of the API for tests (contract-checked, optional fault injection)",
    load: async () => (await import("./mock-command.js")).runMock,
  },
  proxy: {
    peers: ["fastest-levenshtein", "jsonc-parser"],
    summary:
      "forward requests to Graph or the mock and check every exchange as it passes (optional --enforce, HAR recording)",
    load: async () => (await import("./proxy-command.js")).runProxy,
  },
};
