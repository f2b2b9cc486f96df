// The diff's output formats, each in its own module and loaded only when asked for.
import type { DiffReport, Level } from "../../diff/model.js";

export const DIFF_FORMAT_NAMES = ["text", "json", "markdown", "github", "junit"] as const;
export type DiffFormatName = (typeof DIFF_FORMAT_NAMES)[number];

export interface DiffFormatOptions {
  color: boolean;
  failOn: Level;
}

export type DiffFormatter = (report: DiffReport, options: DiffFormatOptions) => string;

const LOADERS: Readonly<Record<DiffFormatName, () => Promise<DiffFormatter>>> = {
  text: async () => (await import("./text.js")).formatText,
  json: async () => (await import("./json.js")).formatJson,
  markdown: async () => (await import("./markdown.js")).formatMarkdown,
  github: async () => (await import("./github.js")).formatGithub,
  junit: async () => (await import("./junit.js")).formatJunit,
};

export function isDiffFormatName(name: string): name is DiffFormatName {
  return (DIFF_FORMAT_NAMES as readonly string[]).includes(name);
}

export function loadDiffFormatter(name: DiffFormatName): Promise<DiffFormatter> {
  return LOADERS[name]();
}
