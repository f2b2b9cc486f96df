// The output formats, each in its own module and loaded only when asked for.
import type { Report } from "../check/model.js";

export const FORMAT_NAMES = ["text", "json", "github", "junit", "sarif"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Other names users know a format by: Redocly and Spectral call the annotations `github-actions`. */
export const FORMAT_ALIASES: Readonly<Record<string, FormatName>> = { "github-actions": "github" };

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
  sarif: async () => (await import("./sarif.js")).formatSarif,
};

/** The format a --format value names (an alias resolved), or undefined. */
export function resolveFormatName(name: string): FormatName | undefined {
  if ((FORMAT_NAMES as readonly string[]).includes(name)) return name as FormatName;
  return Object.hasOwn(FORMAT_ALIASES, name) ? FORMAT_ALIASES[name] : undefined;
}

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}
