// A progress bar on stderr for long runs on a terminal: nothing for the first second (most
// runs are over by then), then a redraw at most ten times a second. It is driven by the
// checking loop itself (`update` is cheap enough to call per payload), because that loop is
// synchronous and a timer would never get to run during it.
import { groupDigits } from "../../validate/index.js";

export interface ProgressOptions {
  write: (text: string) => void;
  /** Draw at all: stderr is a terminal. */
  enabled: boolean;
  /** Total bytes of the inputs, when known (stdin's is not). */
  totalBytes?: number;
  now?: () => number;
  delayMs?: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export class Progress {
  private readonly startedAt: number;
  private readonly now: () => number;
  private readonly delayMs: number;
  private calls = 0;
  private checkedBytes = 0;
  private drawnAt: number | undefined;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.delayMs = options.delayMs ?? 1000;
    this.startedAt = this.now();
  }

  /** Reports how far the run is: bytes of input done, payloads checked, payloads failed. */
  update(doneBytes: number, payloads: number, failed: number): void {
    if (!this.options.enabled) return;
    // Look at the clock every 256 payloads, or after each MiB of input (a few huge payloads).
    if ((++this.calls & 0xff) !== 0 && doneBytes - this.checkedBytes < 1 << 20) return;
    this.checkedBytes = doneBytes;
    const now = this.now();
    if (now - this.startedAt < this.delayMs) return;
    if (this.drawnAt !== undefined && now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    this.options.write(`\r${this.line(doneBytes, payloads, failed)}\u001b[K`);
  }

  /** Removes the bar, so that what follows starts on a clean line. */
  finish(): void {
    if (this.drawnAt !== undefined) this.options.write("\r\u001b[K");
    this.drawnAt = undefined;
  }

  line(doneBytes: number, payloads: number, failed: number): string {
    const counts = `${groupDigits(payloads)} payloads, ${groupDigits(failed)} failed`;
    const total = this.options.totalBytes;
    if (!total) return `checking… ${counts}`;
    const fraction = Math.min(1, doneBytes / total);
    const filled = Math.round(fraction * BAR_WIDTH);
    return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%  ${counts}`;
  }
}
