// The secret values the fixtures of this suite hold (and the spec's examples, which tests
// feed to the CLI). No output of any CLI run in the suite may contain one of them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const spec = JSON.parse(readFileSync(path.join(root, "generated/openapi.json"), "utf8")) as {
  components: { examples: Record<string, { value?: unknown }> };
};

/** Every `password` and `pkcs12Value` string in the spec's examples. */
function specSecrets(): string[] {
  const found: string[] = [];
  const pending: unknown[] = Object.values(spec.components.examples).map((example) => example.value);
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== "object") continue;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === "password" || key === "pkcs12Value") && typeof inner === "string" && !/^\**$/.test(inner))
        found.push(inner);
      else pending.push(inner);
    }
  }
  return found;
}

export const SECRETS: readonly string[] = [
  ...new Set([
    ...specSecrets(),
    // test/cli/fixtures and the payloads the tests write
    "MyPassword",
    "CertificatePassword",
    "TUlJS0lBSUJBekNDQ2pBR0NTcUdTSWIzRFFFSEFhQ0NDaUVFZ2dvZC1maXh0dXJlLXBmeA==",
    "s3cr3t-Fixture-Pa55",
    "hunter2-Fixture",
    "0ther-Fixture-Secret",
    "Fixture-Bearer-T0ken-9f8e7d",
  ]),
].filter((secret) => secret.length >= 6);

/** The secrets that `text` contains (a long secret also counts when a 24-character piece of it shows). */
export function secretsIn(text: string): string[] {
  return SECRETS.filter((secret) => {
    if (text.includes(secret)) return true;
    if (secret.length <= 48) return false;
    for (let at = 0; at + 24 <= secret.length; at += 12) if (text.includes(secret.slice(at, at + 24))) return true;
    return false;
  });
}
