// Linear-time proofs without absolute timings (issue 10): the cost per input character of a
// 1 MiB input, as a ratio to the cost per character of a 1 KiB input, in this process. Linear
// code stays near 1; quadratic code would be near 1,024 and cubic code would not finish.
import { performance } from "node:perf_hooks";

export const SMALL = 1024;
export const LARGE = 1024 * 1024;

/** Time per call of `run(input)`, the best of a few rounds of at least `minMs` each. */
function costPerCall(run: (input: string) => unknown, input: string, minMs: number): number {
  run(input); // warm up (JIT, inline caches)
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      run(input);
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/** How much more each character of a LARGE input costs than each character of a SMALL one. */
export function perCharacterCostRatio(run: (input: string) => unknown, make: (length: number) => string): number {
  const small = make(SMALL);
  const large = make(LARGE);
  const perSmall = costPerCall(run, small, 20) / small.length;
  const perLarge = costPerCall(run, large, 0) / large.length;
  return perLarge / perSmall;
}

/**
 * How much more one call on a LARGE input costs than one call on a SMALL input: near 1 for
 * work bounded by a window of the input, near 1,024 for work linear in its length.
 */
export function perCallCostRatio(run: (input: string) => unknown, make: (length: number) => string): number {
  return costPerCall(run, make(LARGE), 20) / costPerCall(run, make(SMALL), 20);
}

/** Well above the noise of a shared machine, far below the 1,024 of a quadratic algorithm. */
export const LINEAR_BOUND = 16;

/** `length` characters: `head`, then `fill` repeated, then `tail`. */
export function padded(head: string, fill: string, tail: string, length: number): string {
  const room = Math.max(0, length - head.length - tail.length);
  return head + fill.repeat(Math.ceil(room / fill.length)).slice(0, room) + tail;
}
