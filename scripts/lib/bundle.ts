// Bundles the multi-file spec into one OpenAPI document with @redocly/cli, the same tool
// and config (redocly.yaml) that lint and docs use, so all three read one document.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { GENERATED_NOTICE } from "./header.js";
import { repoRoot } from "./paths.js";

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
};

export function bundleSpec(): OpenApiDocument {
  const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
  const scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-bundle-"));
  const out = path.join(scratch, "openapi.json");
  try {
    execFileSync(process.execPath, [cli, "bundle", "apiconnectors@v1", "--output", out, "--ext", "json"], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    const document = JSON.parse(readFileSync(out, "utf8")) as OpenApiDocument;
    // JSON has no comments: the notice goes in a specification extension at the root.
    return { "x-generated": GENERATED_NOTICE, ...document };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
