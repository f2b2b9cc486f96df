// The output formats, each in its own module and loaded only when asked for.
import type { Report } from "../check/model.js";

export const FORMAT_NAMES = ["text", "json", "github", "junit"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatOptions {
  /** ANSI colours (text format only). */
  color: boolean;
  /** List the payloads that pass too (text format only). */
  verbose: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

const LOADERS: Readonly<Record<FormatName, () => Promise<Formatter>>> = {
  text: async () => (await import("./text.js")).formatText,
  json: async () => (await import("./json.js")).formatJson,
  github: async () => (await import("./github.js")).formatGithub,
  junit: async () => (await import("./junit.js")).formatJunit,
};

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}
