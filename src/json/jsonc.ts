// jsonc-parser, loaded with require on first use. An ESM import of this CommonJS (UMD)
// package makes Node scan its whole source for export names, which costs more start-up time
// than everything else a command loads; and only failing payloads and Markdown metadata need it.
import { createRequire } from "node:module";
import type * as JsoncParser from "jsonc-parser";

let loaded: typeof JsoncParser | undefined;

export function jsoncParser(): typeof JsoncParser {
  loaded ??= createRequire(import.meta.url)("jsonc-parser") as typeof JsoncParser;
  return loaded;
}
