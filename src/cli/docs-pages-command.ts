// apiconnectors docs-pages --out DIR [--graph-version v1.0|beta] [--author NAME]

import path from "node:path";
import { parseCommandArgs } from "./args.js";
import type { ProcessIO } from "./io.js";
import { terminalText } from "./report/terminal-text.js";
import { EXIT_OK, UsageError } from "./usage-error.js";

export const DOCS_PAGES_USAGE = `Usage: apiconnectors docs-pages --out DIR [--graph-version v1.0|beta] [--author NAME]

Writes Microsoft Graph docs pages (the Markdown of microsoft-graph-docs-contrib, with ApiDoctor
metadata) from the contract: one page per operation in DIR/<version>/api/ and one per resource
type in DIR/<version>/resources/. Every page passes "apiconnectors check-docs".

  --out, -o DIR        the folder to write into (created if missing; existing pages are replaced)
  --graph-version V    v1.0 or beta (default: both)
  --author NAME        the pages' "author" (a GitHub name; default: the spec's contact name)
  --help, -h           this help

Exit codes: 0 the pages were written, 2 the command could not run as asked.`;

const VERSIONS = ["v1.0", "beta"] as const;

export async function runDocsPages(argv: string[], io: ProcessIO): Promise<number> {
  const { values } = parseCommandArgs(
    "docs-pages",
    argv,
    {
      out: { type: "string", short: "o" },
      "graph-version": { type: "string" },
      author: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    false,
  );
  if (values.help) {
    io.stdout(`${DOCS_PAGES_USAGE}\n`);
    return EXIT_OK;
  }
  if (values.out === undefined || values.out === "") throw new UsageError("give the folder to write into: --out DIR");
  const version = values["graph-version"];
  if (version !== undefined && !(VERSIONS as readonly string[]).includes(version))
    throw new UsageError(terminalText`--graph-version must be v1.0 or beta, got ${JSON.stringify(version)}`);
  if (values.author !== undefined && !/^[A-Za-z0-9-]{1,39}$/.test(values.author))
    throw new UsageError(
      terminalText`--author must be a GitHub name (letters, digits, hyphens), got ${JSON.stringify(values.author)}`,
    );
  const { writeDocsPages } = await import("../docs-pages/index.js");
  let written: string[];
  try {
    written = writeDocsPages(values.out, version ? [version as (typeof VERSIONS)[number]] : VERSIONS, values.author);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string")
      throw new UsageError(
        terminalText`cannot write into ${values.out}: ${code} ${(error as NodeJS.ErrnoException).path ?? ""}`,
      );
    throw error;
  }
  io.stdout(terminalText`wrote ${String(written.length)} pages into ${path.resolve(values.out)}\n`);
  return EXIT_OK;
}
