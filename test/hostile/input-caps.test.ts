// Issue 10, item 3: inputs whose size is not known in advance (stdin, devices, FIFOs) are read
// with a byte cap and stop at it with a clear error; `validate /dev/zero` and `mock --data
// /dev/zero` grew to gigabytes before. Tested with a tiny cap.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnreadableInput } from "../../src/cli/input/inputs.js";
import { readInputBytes } from "../../src/cli/input/read-input.js";
import { detachedIO, type ProcessIO } from "../../src/cli/io.js";
import { readSeedFile } from "../../src/cli/mock-command.js";

const CAP = 1024;

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-caps-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stdin that never ends, counting how much of it was pulled. */
function endlessStdin(): { io: ProcessIO; pulled: () => number } {
  let pulled = 0;
  const stream = new Readable({
    read() {
      pulled += 4096;
      this.push(Buffer.alloc(4096, 0x20));
    },
  });
  const io = detachedIO({ stdin: () => stream });
  return { io, pulled: () => pulled };
}

describe("a byte cap on every input", () => {
  it("an endless stdin stops at the cap with a clear error", async () => {
    const { io, pulled } = endlessStdin();
    const stdin = { path: "-", display: "<stdin>" };
    // An UnreadableInput: validate and check-docs report it as a finding of that input (exit 2).
    await expect(readInputBytes(stdin, io, CAP)).rejects.toThrow(
      new UnreadableInput(
        stdin,
        "<stdin> is more than 1.0 KiB (it was not read to its end); the limit is 1.0 KiB per input",
      ),
    );
    expect(pulled()).toBeLessThan(64 * 1024);
  });

  it("a device (/dev/zero) stops at the cap", async () => {
    await expect(readInputBytes({ path: "/dev/zero", display: "/dev/zero" }, endlessStdin().io, CAP)).rejects.toThrow(
      /^\/dev\/zero is more than 1\.0 KiB \(it was not read to its end\); the limit is 1\.0 KiB per input$/,
    );
  });

  it("a regular file over the cap is refused from its size, one under it is read", async () => {
    const big = path.join(scratch, "big.json");
    writeFileSync(big, "x".repeat(CAP + 1));
    await expect(readInputBytes({ path: big, display: "big.json" }, endlessStdin().io, CAP)).rejects.toThrow(
      "big.json is 1.0 KiB; the limit is 1.0 KiB per input",
    );
    const small = path.join(scratch, "small.json");
    writeFileSync(small, "{}");
    expect((await readInputBytes({ path: small, display: "small.json" }, endlessStdin().io, CAP)).toString()).toBe(
      "{}",
    );
  });

  it("mock --data /dev/zero stops at the cap", async () => {
    await expect(readSeedFile("/dev/zero", CAP)).rejects.toThrow(
      /^--data \/dev\/zero is more than 1\.0 KiB \(it was not read to its end\); the limit is 1\.0 KiB per input$/,
    );
  });
});
