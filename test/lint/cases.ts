// The lint rules' cases: mutations of the real spec, each with exactly the findings it must
// produce (rule, JSON pointer, message). Run in-process by rules.test.ts, and one of them
// through the Redocly CLI by rules.e2e.test.ts.
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import YAML from "yaml";
import { repoRoot } from "../support/repo.js";

export type Mutation = (edit: (file: string, change: (doc: any) => void) => void) => void;

export interface Want {
  ruleId: string;
  pointer: string;
  message: RegExp;
}

/**
 * A scratch copy of spec/, lint/ and redocly.yaml with `mutate` applied; returns its folder.
 * The rules import scripts/lib/secret-properties.ts and are loaded through tsx from
 * node_modules, so those two are linked, not copied.
 */
export function mutatedCopy(mutate: Mutation): string {
  const dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-lint-"));
  for (const entry of ["spec", "lint", "redocly.yaml"])
    cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true });
  for (const entry of ["scripts", "node_modules", "package.json"])
    symlinkSync(path.join(repoRoot, entry), path.join(dir, entry));
  mutate((file, change) => {
    const target = path.join(dir, "spec", file);
    const doc = YAML.parse(readFileSync(target, "utf8"));
    change(doc);
    writeFileSync(target, YAML.stringify(doc));
  });
  return dir;
}

export const REQUEST_UNION = "components/schemas/apiAuthenticationConfigurationRequest.yaml";

export const CASES: { name: string; mutate: Mutation; want: Want[] }[] = [
  {
    name: "a mapping key that differs from its branch's tag (wrong case)",
    mutate: (edit) =>
      edit(REQUEST_UNION, (doc) => {
        const target = doc.discriminator.mapping["#microsoft.graph.pkcs12Certificate"];
        delete doc.discriminator.mapping["#microsoft.graph.pkcs12Certificate"];
        doc.discriminator.mapping["#microsoft.graph.PKCS12Certificate"] = target;
      }),
    want: [
      {
        ruleId: "apiconnectors/discriminator-mapping-matches-tag",
        pointer: "#/discriminator/mapping/#microsoft.graph.PKCS12Certificate",
        message: /differs from the "@odata\.type" value/,
      },
      {
        ruleId: "apiconnectors/discriminator-mapping-matches-tag",
        pointer: "#/oneOf/1",
        message: /"#microsoft\.graph\.pkcs12Certificate", which has no mapping key/,
      },
    ],
  },
  {
    name: "a mapping target that is not a branch of the union",
    mutate: (edit) =>
      edit(
        REQUEST_UNION,
        (doc) =>
          (doc.discriminator.mapping["#microsoft.graph.clientCertificateAuthentication"] =
            "./clientCertificateAuthentication.yaml"),
      ),
    want: [
      {
        ruleId: "apiconnectors/discriminator-mapping-matches-tag",
        pointer: "#/discriminator/mapping/#microsoft.graph.clientCertificateAuthentication",
        message: /not one of the union's oneOf branches/,
      },
    ],
  },
  {
    name: "a branch that does not require its tag",
    mutate: (edit) =>
      edit(
        "components/schemas/basicAuthentication.yaml",
        (doc) => (doc.required = doc.required.filter((p: string) => p !== "@odata.type")),
      ),
    want: [
      {
        ruleId: "apiconnectors/discriminator-branch-requires-tag",
        pointer: "#/oneOf/0",
        message: /does not list "@odata\.type" in `required`/,
      },
    ],
  },
  {
    name: "a branch whose tag is not pinned by const or enum",
    mutate: (edit) =>
      edit(
        "components/schemas/clientCertificateAuthentication.yaml",
        (doc) => delete doc.properties["@odata.type"].const,
      ),
    want: [
      {
        ruleId: "apiconnectors/discriminator-branch-requires-tag",
        pointer: "#/oneOf/1",
        message: /does not pin "@odata\.type"/,
      },
    ],
  },
  {
    name: "a secret that is not writeOnly",
    mutate: (edit) => edit("components/schemas/pkcs12Password.yaml", (doc) => delete doc.writeOnly),
    want: [
      {
        ruleId: "apiconnectors/secret-property-write-only",
        pointer: "#/properties/password",
        message: /Secret property "password"/,
      },
    ],
  },
  {
    name: "the upload action's password that is not writeOnly",
    mutate: (edit) => edit("components/schemas/uploadClientCertificatePassword.yaml", (doc) => delete doc.writeOnly),
    want: [
      {
        ruleId: "apiconnectors/secret-property-write-only",
        pointer: "#/properties/password",
        message: /Secret property "password"/,
      },
    ],
  },
  {
    name: "a response password that is not restricted to a mask",
    mutate: (edit) =>
      edit("components/schemas/basicAuthenticationMasked.yaml", (doc) => delete doc.properties.password.pattern),
    want: [
      {
        ruleId: "apiconnectors/secret-property-write-only",
        pointer: "#/properties/password",
        message: /Secret property "password"/,
      },
    ],
  },
  {
    name: "an invalid example (an error, not a warning)",
    mutate: (edit) =>
      edit(
        "examples/createIdentityApiConnector/request-basicAuthentication.yaml",
        (doc) => (doc.value.targetUrl = "http://someapi.com/api"),
      ),
    want: [{ ruleId: "no-invalid-media-type-examples", pointer: "#/value/targetUrl", message: /must match pattern/ }],
  },
];
