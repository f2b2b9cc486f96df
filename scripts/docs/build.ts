// Builds the API reference: one self-contained HTML page from the bundled spec, rendered by
// `redocly build-docs` (Redoc 3, the version @redocly/cli ships and inlines) and made to load
// nothing from the network (see offline.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withCodeSamples } from "../../src/docs-pages/code-samples.js";
import { staticOperations, withPermissions } from "../../src/docs-pages/reference-extras.js";
import { withLayoutFixes } from "./layout.js";
import { makeOffline } from "./offline.js";
import { findRemoteResources } from "./remote-resources.js";
import { withStaticOperations } from "./static-copy.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const bundledSpec = path.join(repoRoot, "generated", "openapi.json");
export const defaultOutput = path.join(repoRoot, "dist", "docs", "index.html");

export interface BuiltDocs {
  output: string;
  bytes: number;
}

export function buildDocs({ spec = bundledSpec, output = defaultOutput } = {}): BuiltDocs {
  const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
  const scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-docs-"));
  const rendered = path.join(scratch, "index.html");
  // The reference renders a copy of the bundle with code samples (Redoc's x-codeSamples) and each
  // operation's permissions (in its description) added.
  const sampled = path.join(scratch, "openapi.json");
  try {
    const document = JSON.parse(readFileSync(spec, "utf8"));
    writeFileSync(sampled, JSON.stringify(withPermissions(withCodeSamples(document))));
    try {
      execFileSync(process.execPath, [cli, "build-docs", sampled, "--inlineBundle", "--output", rendered], {
        cwd: repoRoot, // redocly.yaml's `openapi` options apply to the page too
        stdio: ["ignore", "pipe", "pipe"],
        // No telemetry: off for the CLI run, and written as disableTelemetry into the page.
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
      throw new Error(`redocly build-docs failed${stderr ? `:\n${stderr}` : ""}`);
    }
    // Redoc renders the operations in the browser, seconds after the page opens; until then (and
    // without JavaScript) a reader gets them from here.
    const page = withStaticOperations(readFileSync(rendered, "utf8"), staticOperations(document));
    const html = makeOffline(withLayoutFixes(page));
    const remote = findRemoteResources(html);
    if (remote.length > 0) {
      const list = remote.map((r) => `  ${r.where}: ${r.url}`).join("\n");
      throw new Error(`the page would load from the network, which an offline docs host cannot serve:\n${list}`);
    }
    if (!html.includes('"disableTelemetry":true')) {
      throw new Error("the page was built with Redoc telemetry on; REDOCLY_TELEMETRY=off did not reach it");
    }
    mkdirSync(path.dirname(output), { recursive: true });
    writeFileSync(output, html);
    return { output, bytes: Buffer.byteLength(html) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
