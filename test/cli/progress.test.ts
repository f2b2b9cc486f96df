// The progress bar: silent for the first second and off a terminal, then at most ten redraws a second.
import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/report/progress.js";

function progress(enabled: boolean, totalBytes?: number) {
  let now = 0;
  const written: string[] = [];
  const bar = new Progress({
    write: (text) => written.push(text),
    enabled,
    now: () => now,
    ...(totalBytes === undefined ? {} : { totalBytes }),
  });
  return { bar, written, tick: (ms: number) => (now += ms) };
}

describe("Progress", () => {
  it("draws nothing in the first second", () => {
    const { bar, written, tick } = progress(true, 1000);
    tick(999);
    for (let i = 0; i < 1024; i++) bar.update(i, i, 0);
    expect(written).toEqual([]);
  });

  it("draws after a second, at most every 100 ms, and clears the line at the end", () => {
    const { bar, written, tick } = progress(true, 1 << 22);
    tick(1000);
    bar.update(1 << 21, 256, 3); // 256th call: looks at the clock
    for (let i = 0; i < 255; i++) bar.update(1 << 21, 300, 3);
    bar.update(1 << 21, 512, 3); // too soon after the last draw
    tick(100);
    for (let i = 0; i < 256; i++) bar.update(3 << 20, 768, 4);
    bar.finish();
    expect(written).toEqual([
      "\r[############------------]  50%  256 payloads, 3 failed\u001b[K",
      "\r[##################------]  75%  768 payloads, 4 failed\u001b[K",
      "\r\u001b[K",
    ]);
  });

  it("counts payloads without a total (stdin)", () => {
    const { bar } = progress(true);
    expect(bar.line(10, 12_345, 2)).toBe("checking… 12,345 payloads, 2 failed");
  });

  it("never draws off a terminal", () => {
    const { bar, written, tick } = progress(false, 10);
    tick(5000);
    for (let i = 0; i < 1024; i++) bar.update(5 << 20, i, 0);
    bar.finish();
    expect(written).toEqual([]);
  });
});
