// When `validate` starts workers (src/cli/validate-jobs.ts wantsWorkers): with --jobs N from
// WORKERS_FROM_FILES inputs or WORKERS_FROM_NDJSON_BYTES of NDJSON; by default only from
// DEFAULT_WORKERS_FROM_NDJSON_BYTES of NDJSON, and never for small files, where they were
// measured to be slower than one thread (docs/benchmarks.md, "CLI").
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inputKind } from "../../src/cli/check/check-files.js";
import type { InputFile } from "../../src/cli/input/inputs.js";
import {
  DEFAULT_WORKERS_FROM_NDJSON_BYTES,
  WORKERS_FROM_FILES,
  WORKERS_FROM_NDJSON_BYTES,
  wantsWorkers,
} from "../../src/cli/validate-jobs.js";

const dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-jobs-threshold-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `bytes` bytes (sparse: only its size is read). */
function sized(name: string, bytes: number): InputFile {
  const file = path.join(dir, name);
  writeFileSync(file, "");
  truncateSync(file, bytes);
  return { path: file, display: name };
}

const files = (count: number): InputFile[] =>
  Array.from({ length: count }, (_, index) => ({ path: path.join(dir, `c${index}.json`), display: `c${index}.json` }));

describe("wantsWorkers", () => {
  const small = sized("small.ndjson", WORKERS_FROM_NDJSON_BYTES - 1);
  const over = sized("over.ndjson", WORKERS_FROM_NDJSON_BYTES);
  const large = sized("large.ndjson", DEFAULT_WORKERS_FROM_NDJSON_BYTES);
  const justUnder = sized("under.ndjson", DEFAULT_WORKERS_FROM_NDJSON_BYTES - 1);

  it("with --jobs N: from WORKERS_FROM_NDJSON_BYTES of NDJSON or WORKERS_FROM_FILES inputs", () => {
    expect(wantsWorkers(2, [small], inputKind, true)).toBe(false);
    expect(wantsWorkers(2, [over], inputKind, true)).toBe(true);
    expect(wantsWorkers(2, files(WORKERS_FROM_FILES - 1), inputKind, true)).toBe(false);
    expect(wantsWorkers(2, files(WORKERS_FROM_FILES), inputKind, true)).toBe(true);
  });

  it("by default: from DEFAULT_WORKERS_FROM_NDJSON_BYTES of NDJSON, in all, and never for files alone", () => {
    expect(wantsWorkers(2, [over], inputKind, false)).toBe(false);
    expect(wantsWorkers(2, [justUnder], inputKind, false)).toBe(false);
    expect(wantsWorkers(2, [large], inputKind, false)).toBe(true);
    expect(wantsWorkers(2, [justUnder, small], inputKind, false)).toBe(true);
    expect(wantsWorkers(2, files(100_000), inputKind, false)).toBe(false);
  });

  it("never on one thread, and not for a file read as JSON whatever its size", () => {
    expect(wantsWorkers(1, [large], inputKind, true)).toBe(false);
    expect(wantsWorkers(1, [large], inputKind, false)).toBe(false);
    expect(wantsWorkers(2, [large], () => "json", false)).toBe(false);
  });
});
