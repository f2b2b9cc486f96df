// A clock for retry tests: records every wait and returns at once, so the computed waits can
// be asserted without any real delay.
import type { Clock } from "../../../src/index.js";

export interface RecordingClock extends Clock {
  waits: number[];
}

export function recordingClock(now = Date.UTC(2025, 0, 1, 12, 0, 0)): RecordingClock {
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep(ms, signal) {
      waits.push(ms);
      return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
    },
  };
}
