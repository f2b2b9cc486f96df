// `apiconnectors diff OLD NEW --consumer DIR`: what a spec change does to code that uses the
// generated types. The consumer is compiled twice, against the types openapi-typescript makes
// from OLD and from NEW; an error that only NEW causes is a breaking change for that consumer
// (say, a new response union branch reaching an exhaustive `switch` on `@odata.type`), one that
// only OLD had is fixed, and errors both share are reported once, as the consumer's own.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Bundled } from "../load/bundle.js";
import type { DiffFinding } from "../model.js";
import { buildTypes } from "./generated-types.js";
import { loadTypeScript } from "./tools.js";
import { type ConsumerDiagnostic, readConsumerProject, typeCheck } from "./type-check.js";

const keyOf = (d: ConsumerDiagnostic) => `${d.file}:${d.line}:${d.column}:TS${d.code}`;

function finding(
  level: DiffFinding["level"],
  rule: string,
  diagnostic: ConsumerDiagnostic,
  message: string,
  root: string,
): DiffFinding {
  // Shown relative to where the command runs, as compilers and CI annotations name files.
  const file = path.relative(process.cwd(), path.join(root, diagnostic.file)).split(path.sep).join("/");
  return {
    level,
    rule,
    operations: [],
    direction: "consumer",
    location: { file, line: diagnostic.line, column: diagnostic.column },
    message,
    symbol: 'import("apiconnectors/schema")',
  };
}

/** `target`: the consumer's folder, or its tsconfig file. */
export async function checkConsumer(before: Bundled, after: Bundled, target: string): Promise<DiffFinding[]> {
  const ts = await loadTypeScript();
  const project = readConsumerProject(ts, target);
  const scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-consumer-"));
  try {
    const oldTypes = path.join(scratch, "old", "schema.d.ts");
    const newTypes = path.join(scratch, "new", "schema.d.ts");
    for (const [file, side] of [
      [oldTypes, before],
      [newTypes, after],
    ] as const) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, await buildTypes(side.document));
    }
    const old = typeCheck(ts, project, oldTypes);
    const now = typeCheck(ts, project, newTypes, old.program);
    const oldKeys = new Set(old.diagnostics.map(keyOf));
    const newKeys = new Set(now.diagnostics.map(keyOf));
    const findings: DiffFinding[] = [];
    for (const d of now.diagnostics)
      if (!oldKeys.has(keyOf(d)))
        findings.push(
          finding(
            "breaking",
            "consumer-type-error",
            d,
            `stops compiling with the new types: TS${d.code} ${d.message}`,
            project.root,
          ),
        );
    for (const d of now.diagnostics)
      if (oldKeys.has(keyOf(d)))
        findings.push(
          finding(
            "warning",
            "consumer-already-failing",
            d,
            `fails with the old types too: TS${d.code} ${d.message}`,
            project.root,
          ),
        );
    for (const d of old.diagnostics)
      if (!newKeys.has(keyOf(d)))
        findings.push(
          finding(
            "info",
            "consumer-type-error-fixed",
            d,
            `compiles with the new types (was TS${d.code} ${d.message})`,
            project.root,
          ),
        );
    return findings;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
