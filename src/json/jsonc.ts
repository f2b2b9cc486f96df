// jsonc-parser, loaded with require on first use. An ESM import of this CommonJS (UMD)
// package makes Node scan its whole source for export names, which costs more start-up time
// than everything else a command loads; and only failing payloads and Markdown metadata need it.
import type * as JsoncParser from "jsonc-parser";
import { loadPeer } from "../peers/index.js";

let loaded: typeof JsoncParser | undefined;

export function jsoncParser(): typeof JsoncParser {
  loaded ??= loadPeer<typeof JsoncParser>("jsonc-parser", "apiconnectors");
  return loaded;
}
