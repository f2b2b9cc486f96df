// "Did you mean …?" for a mistyped flag, operation or format: the closest known name by edit
// distance (fastest-levenshtein), offered only when it is close enough to be a typo.
// fastest-levenshtein is CommonJS and an optional peer: required on the first suggestion, not
// imported, so that a run without a typo neither loads it nor pays Node's scan of it for ESM
// export names.
import type { distance as Distance } from "fastest-levenshtein";
import { loadPeer } from "../peers/index.js";

let distanceOnce: typeof Distance | undefined;
const distanceOf = (): typeof Distance =>
  (distanceOnce ??= loadPeer<{ distance: typeof Distance }>("fastest-levenshtein", "the CLI").distance);

/** The closest candidate within a third of the longer name's length (at least 1, at most 3 edits); case is ignored. */
export function closestName(given: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const distance = distanceOf();
  for (const candidate of candidates) {
    const d = distance(given.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(given.length, best.length) / 3)));
  return bestDistance <= allowed ? best : undefined;
}

/** ` (did you mean "X"?)` when one candidate is close, else "". */
export function didYouMean(given: string, candidates: readonly string[], quote = true): string {
  const name = closestName(given, candidates);
  if (name === undefined) return "";
  return quote ? ` (did you mean ${JSON.stringify(name)}?)` : ` (did you mean ${name}?)`;
}
