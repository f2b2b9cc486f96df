// The project's own lint rules (lint/) and the strict example check, proven on mutated
// copies of the real spec: each mutation must produce exactly the finding it targets.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { redoclyBin, repoRoot } from "../support/repo.js";

const run = promisify(execFile);
const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

interface Problem {
  ruleId: string;
  message: string;
  severity: string;
  location: { source: { ref: string }; pointer: string }[];
}

type Mutation = (edit: (file: string, change: (doc: any) => void) => void) => void;

/** Copies spec/, lint/ and redocly.yaml to a scratch dir, applies `mutate`, and lints. */
async function lintMutated(mutate: Mutation): Promise<{ exitCode: number; problems: Problem[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-lint-"));
  scratchDirs.push(dir);
  for (const entry of ["spec", "lint", "redocly.yaml"])
    cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true });
  mutate((file, change) => {
    const target = path.join(dir, "spec", file);
    const doc = YAML.parse(readFileSync(target, "utf8"));
    change(doc);
    writeFileSync(target, YAML.stringify(doc));
  });
  try {
    const { stdout } = await run(process.execPath, [redoclyBin, "lint", "--format", "json"], {
      cwd: dir,
      maxBuffer: 32 << 20,
    });
    return { exitCode: 0, problems: (JSON.parse(stdout) as { problems: Problem[] }).problems };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string };
    return {
      exitCode: failure.code ?? -1,
      problems: (JSON.parse(failure.stdout ?? "{}") as { problems?: Problem[] }).problems ?? [],
    };
  }
}

const REQUEST_UNION = "components/schemas/apiAuthenticationConfigurationRequest.yaml";

const cases: { name: string; mutate: Mutation; want: { ruleId: string; pointer: string; message: RegExp }[] }[] = [
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

describe("lint rules on mutated copies of the spec", () => {
  it("the unmodified spec lints clean", async () => {
    const { exitCode, problems } = await lintMutated(() => {});
    expect(problems).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it.each(cases)("$name", async ({ mutate, want }) => {
    const { exitCode, problems } = await lintMutated(mutate);
    expect(exitCode).toBe(1);
    // Exactly the targeted rule's findings; built-in rules may add their own on top.
    const targeted = new Set(want.map((w) => w.ruleId));
    const found = problems
      .filter((p) => targeted.has(p.ruleId))
      .map((p) => ({ ruleId: p.ruleId, severity: p.severity, pointer: p.location[0]?.pointer, message: p.message }));
    expect(found).toEqual(
      want.map((w) => ({
        ruleId: w.ruleId,
        severity: "error",
        pointer: w.pointer,
        message: expect.stringMatching(w.message),
      })),
    );
  });
});
