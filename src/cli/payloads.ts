// Reads the payloads named on the command line: JSON files, `-` for stdin, and `.ndjson`
// files with one payload per line. An empty input is a body-less payload (a 204 response).
import { readFileSync } from "node:fs";
import { UsageError } from "./usage-error.js";

export interface Payload {
  /** The file as given on the command line (`-` is shown as `<stdin>`). */
  source: string;
  /** 1-based line of an NDJSON payload; undefined for a whole-file payload. */
  line?: number;
  /** The parsed body, or undefined for an empty payload. */
  body?: unknown;
  /** Why the payload could not be read as JSON; such a payload does not conform. */
  parseError?: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function readSource(file: string): string {
  let bytes: Buffer;
  try {
    bytes = file === "-" ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (code ?? "unreadable");
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return "\uFFFD"; // marks invalid UTF-8; reported by parse()
  }
}

function parse(text: string): Pick<Payload, "body" | "parseError"> {
  if (text === "\uFFFD") return { parseError: "the file is not valid UTF-8" };
  if (text.trim() === "") return { body: undefined };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch (error) {
    return { parseError: `invalid JSON: ${(error as Error).message}` };
  }
}

export function readPayloads(files: readonly string[]): Payload[] {
  const payloads: Payload[] = [];
  for (const file of files) {
    const source = file === "-" ? "<stdin>" : file;
    const text = readSource(file);
    if (!file.endsWith(".ndjson")) {
      payloads.push({ source, ...parse(text) });
      continue;
    }
    text.split(/\r?\n/).forEach((line, index) => {
      if (line.trim() !== "") payloads.push({ source, line: index + 1, ...parse(line) });
    });
  }
  return payloads;
}
