// checkNdjsonFile reads a file a chunk at a time: wherever the chunks split it (inside a line,
// inside a UTF-8 sequence, between CR and LF, inside the byte order mark), the results are
// those of the whole file in one chunk.
import { describe, expect, it } from "vitest";
import { checkNdjsonFile } from "../../src/cli/check/check-files.js";
import type { Target } from "../../src/cli/check/check-payload.js";
import type { PayloadResult } from "../../src/cli/check/model.js";

const target: Target = { operation: "getIdentityApiConnector", direction: "response", status: "200" };
const file = { path: "x.ndjson", display: "x.ndjson" };

const text = ['{"id":"a","displayName":"Zoë ✓ 😀"}', "", '{"id":"b"}\r', "   ", '{"id":1}', '{"id":"c",}'].join("\n");
const SAMPLES: Record<string, Buffer> = {
  plain: Buffer.from(text),
  "with a final newline": Buffer.from(`${text}\n`),
  "with a byte order mark": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
  "with a line that is not UTF-8": Buffer.concat([
    Buffer.from('{"id":"a"}\n{"id":"'),
    Buffer.from([0xc3, 0x28]),
    Buffer.from('"}\n{"id":"d"}'),
  ]),
};

function results(chunks: Iterable<Buffer>): Array<Pick<PayloadResult, "line" | "valid" | "findings">> {
  const found: Array<Pick<PayloadResult, "line" | "valid" | "findings">> = [];
  checkNdjsonFile(file, chunks, target, (result) =>
    found.push({ line: result.line, valid: result.valid, findings: result.findings }),
  );
  return found;
}

/** The bytes in chunks of `size`, each handed over in one reused buffer as the file reader does. */
function* reusedChunks(bytes: Buffer, size: number): Generator<Buffer> {
  const buffer = Buffer.alloc(size);
  for (let at = 0; at < bytes.length; at += size) {
    const length = bytes.copy(buffer, 0, at, at + size);
    yield buffer.subarray(0, length);
    buffer.fill(0x7b); // whatever the checker kept of this chunk must have been copied
  }
}

describe("NDJSON read in chunks", () => {
  for (const [name, bytes] of Object.entries(SAMPLES)) {
    it(`gives the one-chunk results at every chunk size: ${name}`, () => {
      const whole = results([bytes]);
      expect(whole.length).toBeGreaterThan(2);
      for (let size = 1; size <= bytes.length; size++) expect(results(reusedChunks(bytes, size))).toEqual(whole);
    });
  }

  it("numbers lines from 1 and reports each failing line on its own", () => {
    const found = results([SAMPLES.plain as Buffer]);
    expect(found.map((result) => [result.line, result.valid])).toEqual([
      [1, true],
      [3, true],
      [5, false],
      [6, false],
    ]);
  });
});
