// Makes the page `redocly build-docs --inlineBundle` wrote load nothing from the network.
// --inlineBundle already inlines Redoc's script (from the @redocly/cli package) instead of
// importing it from the CDN; two things remain:
// - Redoc's footer ("API docs by Redocly") shows the Redocly logo from cdn.redoc.ly: it is
//   replaced with a small inline SVG that says the same, so the attribution stays.
// - a Content-Security-Policy that forbids every network load, so a Redoc path our tests do
//   not exercise (icons from cdn.redocly.com, say) is refused by the page itself instead of
//   leaking a request from an intranet host.
import { createHash } from "node:crypto";

const attributionLogo = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="46" height="14" viewBox="0 0 46 14">` +
    `<text x="0" y="11" font-family="sans-serif" font-size="11" fill="#0044d4">Redocly</text></svg>`,
)}`;

/** Remote images Redoc 3 shows unconditionally, and what replaces each. */
export const REMOTE_IMAGES: ReadonlyMap<string, string> = new Map([
  ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", attributionLogo],
  ["https://cdn.redoc.ly/redoc/logo-mini.svg", attributionLogo],
]);

const inlineScript = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * The policy: nothing from the network, only the page's own inline scripts (by hash).
 * 'unsafe-eval' and blob: workers are what Redoc's search (flexsearch) uses; without them it
 * falls back silently and reports a violation. The policy is a network fence, not XSS
 * hardening: the page is static and its only scripts are the ones hashed here.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(inlineScript)].map(
    (m) =>
      `'sha256-${createHash("sha256")
        .update(m[1] ?? "", "utf8")
        .digest("base64")}'`,
  );
  return [
    "default-src 'none'",
    `script-src ${hashes.join(" ")} 'unsafe-eval'`,
    "worker-src blob:",
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

export function makeOffline(html: string): string {
  let page = html;
  for (const [url, replacement] of REMOTE_IMAGES) page = page.replaceAll(url, replacement);
  if (!/<head>/i.test(page)) throw new Error("the page has no <head> to put its Content-Security-Policy in");
  // Hashes are taken after the logo rewrite, which changes the inlined script.
  const policy = contentSecurityPolicy(page);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  return page.replace(/<head>/i, (head) => `${head}\n  ${meta}`);
}
