// Seeded randomness, so a run with --seed replays the same faults and the same ids.
import { randomInt, randomUUID } from "node:crypto";

/** A number in [0, 1). */
export type Random = () => number;

/** MurmurHash3's finalizer: spreads small, similar seeds (1, 2, 3…) over the whole state space. */
function mix(seed: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0; // so that seed 0 does not stay 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: a tiny, well-distributed 32-bit generator; plenty for test fault injection. */
export function seededRandom(seed: number): Random {
  let state = mix(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed for a run that was not given one (printed, so the run can be replayed). */
export function randomSeed(): number {
  return randomInt(0, 2 ** 31);
}

/** RFC 9562 version-4 UUIDs: from `random` when given (reproducible), else from the OS. */
export function uuidSource(random?: Random): () => string {
  if (!random) return () => randomUUID();
  return () => {
    const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
