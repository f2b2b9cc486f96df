// Abort plumbing: a wait that an abort cancels at once, and one controller that follows
// several signals. Listeners are removed when done, so a long-lived client signal does not
// collect one listener per call (the leak AbortSignal.any had in some Node releases).
import type { Clock } from "./options.js";

/** The real clock: wall time and a timer-based wait that an abort cancels at once. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  },
};

/** A controller aborted when any source aborts (with that source's reason), and a cleanup. */
export function followSignals(sources: readonly (AbortSignal | undefined)[]): {
  signal: AbortSignal;
  abort: (reason: unknown) => void;
  dispose: () => void;
} {
  const controller = new AbortController();
  const listening: { source: AbortSignal; listener: () => void }[] = [];
  for (const source of sources) {
    if (!source) continue;
    if (source.aborted) {
      controller.abort(source.reason);
      break;
    }
    const listener = () => controller.abort(source.reason);
    source.addEventListener("abort", listener, { once: true });
    listening.push({ source, listener });
  }
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    dispose: () => {
      for (const { source, listener } of listening) source.removeEventListener("abort", listener);
    },
  };
}

/**
 * `promise`, or a rejection with the signal's reason as soon as it aborts: for work the
 * client cannot cancel itself, such as a caller's getToken(), so that the call's timeout and
 * abort still end the wait (the promise keeps running; its result is dropped).
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
