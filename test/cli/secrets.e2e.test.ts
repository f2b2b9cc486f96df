// No secret reaches a build log: every fixture, and payloads built to put a secret next to
// each kind of finding, through both commands and every format. (runCli also checks every
// output of every other test in this folder; this file makes sure the check itself works.)
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, outputs, runCli } from "./support/run-cli.js";
import { SECRETS, secretsIn } from "./support/secrets.js";

const FORMATS = ["text", "json", "github", "junit"];
const PASSWORD = "hunter2-Fixture";
const PFX = "TUlJS0lBSUJBekNDQ2pBR0NTcUdTSWIzRFFFSEFhQ0NDaUVFZ2dvZC1maXh0dXJlLXBmeA==";

/**
 * Payloads that put a secret next to, or inside, each kind of finding. (Property names are
 * shown: they are how a reader finds an undeclared member; a secret is a value.)
 */
const HOSTILE: Record<string, string> = {
  "secret-in-wrong-type.json": `{"displayName": "x", "targetUrl": "https://a.example.com", "authenticationConfiguration": {"@odata.type": "#microsoft.graph.basicAuthentication", "username": "u", "password": {"value": "${PASSWORD}"}}}`,
  "secret-too-long.json": `{"displayName": "x", "targetUrl": "https://a.example.com", "authenticationConfiguration": {"@odata.type": "#microsoft.graph.pkcs12Certificate", "pkcs12Value": "${PFX}${"A".repeat(70_000)}", "password": "${PASSWORD}"}}`,
  "secret-not-base64.json": `{"displayName": "x", "targetUrl": "https://a.example.com", "authenticationConfiguration": {"@odata.type": "#microsoft.graph.pkcs12Certificate", "pkcs12Value": "${PASSWORD}!", "password": "${PASSWORD}"}}`,
  "secret-duplicated.json": `{"password": "${PASSWORD}", "password": "s3cr3t-Fixture-Pa55"}`,
  "secret-before-syntax-error.json": `{"password": "${PASSWORD}" "targetUrl": 1}`,
  "secret-is-syntax-error.json": `{"password": ${PASSWORD}}`,
  "secret-bad-escape.json": `{"password": "${PASSWORD}\\q"}`,
  "secret-lines.ndjson": `{"password": "${PASSWORD}"}\n{"displayName": "x", "pkcs12Value": "${PFX}", "targetUrl": "ftp://x"}\n{"password": "${PASSWORD}",}\n`,
};

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-secrets-"));
  for (const [name, text] of Object.entries(HOSTILE)) writeFileSync(path.join(scratch, name), text);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("secrets never reach the output", () => {
  it("the scan recognizes each secret, whole or in a 24-character piece", () => {
    expect(SECRETS.length).toBeGreaterThanOrEqual(6);
    for (const secret of SECRETS)
      expect(secretsIn(`log: ${secret.slice(0, Math.min(secret.length, 30))}`)).toContain(secret);
    expect(secretsIn('password: "[REDACTED]"')).toEqual([]);
  });

  const payloads = readdirSync(path.join(FIXTURES, "payloads")).map((file) => `payloads/${file}`);
  it.each(
    FORMATS.flatMap((format) => [
      ["create request", format],
      ["create response 201", format],
      ["get response 200", format],
    ]),
  )("validate, every fixture payload, as %s, --format %s", async (target, format) => {
    const [op, direction, status] = (target ?? "").split(" ");
    const operation = op === "create" ? "createIdentityApiConnector" : "getIdentityApiConnector";
    const flags = direction === "request" ? ["--request"] : ["--response", status ?? ""];
    const run = await runCli([
      "validate",
      ...payloads,
      "-o",
      operation,
      ...flags,
      "--format",
      format ?? "text",
      "--verbose",
    ]);
    expect(run.code).toBe(1);
  });

  it.each(FORMATS)("validate, hostile payloads, --format %s", async (format) => {
    const run = await runCli(["validate", ".", "-o", "createIdentityApiConnector", "--request", "--format", format], {
      cwd: scratch,
    });
    expect(run.stdout).toContain(
      format === "junit" ? 'failures="10"' : format === "json" ? '"failed": 10' : "0 passed, 10 failed",
    );
    expect(run.code).toBe(1);
  });

  it.each(FORMATS)("check-docs, both pages, --format %s", async (format) => {
    const run = await runCli([
      "check-docs",
      "graph-docs-stub.md",
      "create-identityapiconnector.md",
      "--format",
      format,
      "--verbose",
    ]);
    expect(run.code).toBe(1);
  });

  it("scanned every output of this file", () => {
    expect(outputs.length).toBeGreaterThanOrEqual(2 * (12 + 4 + 4));
    expect(outputs.flatMap(secretsIn)).toEqual([]);
  });
});
