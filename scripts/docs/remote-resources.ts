// Finds what in a built docs page would make a browser load something from the network.
// `redocly build-docs` loads Redoc from a CDN by default (Redocly/redocly-cli#1035, #1094), and
// Redoc shows its logo from one: a page for an intranet or an air-gapped host must load nothing.
// Links the reader may follow (<a href>) are fine; loads (scripts, styles, images, fonts,
// preloads, module imports) are not. This is the build's fast guard; the browser test is the proof.

export interface RemoteResource {
  /** Where it was found: an element, a <style> block or an inline script. */
  where: string;
  url: string;
}

const REMOTE = String.raw`(?:https?:)?//[^\s"'<>)]+`;

// Attributes that make the browser fetch, on any element but <a> (a link is not a load).
const loadingAttribute = new RegExp(
  String.raw`<(?!a[\s>])([a-z][a-z0-9-]*)\b[^>]*?\s(src|href|srcset|poster|data|action|background)\s*=\s*["']?(${REMOTE})`,
  "gi",
);
const cssUrl = new RegExp(String.raw`(?:url\(\s*["']?|@import\s+["'])(${REMOTE})`, "gi");
const scriptImport = new RegExp(String.raw`(?:\bimport\s*\(\s*|\bfrom\s*)["'\`](${REMOTE})`, "g");
const scriptBlock = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;
const styleBlock = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const styleAttribute = /\sstyle\s*=\s*("[^"]*"|'[^']*')/gi;

export function findRemoteResources(html: string): RemoteResource[] {
  const found: RemoteResource[] = [];
  const scripts = [...html.matchAll(scriptBlock)].map((m) => m[1] ?? "");
  // Outside scripts only: Redoc's bundle holds many URLs in strings that it never loads.
  const markup = html.replace(scriptBlock, (tag) => tag.replace(/>[\s\S]*<\//, "></"));

  for (const m of markup.matchAll(loadingAttribute)) found.push({ where: `<${m[1]} ${m[2]}>`, url: m[3]! });
  for (const [where, pattern] of [
    ["<style>", styleBlock],
    ["style attribute", styleAttribute],
  ] as const) {
    for (const m of markup.matchAll(pattern)) {
      for (const u of (m[1] ?? "").matchAll(cssUrl)) found.push({ where, url: u[1]! });
    }
  }
  for (const source of scripts) {
    for (const u of source.matchAll(scriptImport)) found.push({ where: "inline script import", url: u[1]! });
  }
  return found;
}
