// `validate --jobs N`: the inputs checked by N worker threads (validate-worker.ts), the report
// written by this thread in input order, so it is byte for byte the report of --jobs 1. Inputs
// go to the workers in batches of small files and, for a large NDJSON file, as ranges of whole
// lines that this thread reads and numbers; stdin is checked here, in its place in the order.
// Workers start only when the run is big enough to repay their start-up (WORKERS_FROM_*).
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import { type InputKind, passingResult } from "./check/check-files.js";
import { type CheckContext, checkInput, type OnResult } from "./check/check-input.js";
import type { Target } from "./check/check-payload.js";
import type { PayloadResult } from "./check/model.js";
import { describeError, type InputFile, UnreadableInput, unreadableInputResult } from "./input/inputs.js";
import type { ProcessIO } from "./io.js";
import { terminalText } from "./report/terminal-text.js";

/** With --jobs N given, workers start for this many inputs or more… */
export const WORKERS_FROM_FILES = 2000;
/** …or for NDJSON inputs of this many bytes in all. */
export const WORKERS_FROM_NDJSON_BYTES = 8 * 1024 * 1024;
/**
 * Without --jobs, only for NDJSON of this many bytes in all, and never for small files: measured
 * on the project's 2-core machine, two workers were slower than one thread below about 50 MB
 * of NDJSON (23 MB: 1.15×, 69 MB: 0.78×) and for small files at every count tried (2,000 to
 * 60,000 files: 1.3–1.5×), where each file costs a worker more than it costs the main thread
 * (docs/benchmarks.md, "CLI").
 */
export const DEFAULT_WORKERS_FROM_NDJSON_BYTES = 64 * 1024 * 1024;
/** An NDJSON file this large is sent to the workers as line ranges of about this size; a smaller one whole. */
const LINES_BYTES = 1024 * 1024;
/** Small files per message to a worker. */
const FILES_PER_BATCH = 32;
/** Messages in flight per worker: enough to keep it busy while this thread reports, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 3;

export interface WorkerSetup {
  target: Target | undefined;
  /** --operation's operationId. */
  operation: string | undefined;
  host: string | undefined;
}

/** One input, or one range of whole lines of an NDJSON file. */
export interface JobPart {
  file: InputFile;
  kind: InputKind;
  lines?: { bytes: Uint8Array; line: number; offset: number };
}

/**
 * A part's results in order, as runs: pairs (start, count). A start above 0 is `count` passing
 * payloads at lines start, start + 1, …; 0 is `count` passing payloads without a line (a JSON
 * file's); -1 is the next `count` of `others`.
 */
export interface JobSegment {
  codes: Int32Array;
  others: PayloadResult[];
  /** Bytes of the input done at the part's end. */
  size: number;
  /** The input could not be read (after the results of what was read): the reason. */
  unreadable?: string;
}

export type JobAnswer = { id: number; segments: JobSegment[]; buffers: ArrayBuffer[] } | { id: number; error: string };

/**
 * Whether this run is worth workers: --jobs above 1 and enough input. `asked`: N came from
 * --jobs, not from the default (which starts workers only where they were measured to pay).
 */
export function wantsWorkers(
  jobs: number,
  files: readonly InputFile[],
  kindOf: (file: InputFile) => InputKind,
  asked: boolean,
): boolean {
  if (jobs <= 1) return false;
  if (asked && files.length >= WORKERS_FROM_FILES) return true;
  let bytes = 0;
  for (const file of files) {
    if (file.path === "-" || kindOf(file) !== "ndjson") continue;
    try {
      bytes += statSync(file.path).size;
    } catch {
      // reported when it is read
    }
  }
  return bytes >= (asked ? WORKERS_FROM_NDJSON_BYTES : DEFAULT_WORKERS_FROM_NDJSON_BYTES);
}

/**
 * A worker's young generation is capped: left alone, V8 grows it on a long run (10,000,000
 * lines peaked at 1.5x the memory of 1,000,000; capped, at the same), for no gain in speed.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * A worker running validate-worker beside this module: .js when built (dist/, the tests' source
 * build); .ts when this runs from src/ through tsx, whose loader Node 20 does not hand on to a
 * worker, so the worker registers it before importing its module.
 */
/** node:worker_threads' Worker, imported by the run that starts workers (4 ms of every other run's start-up). */
type WorkerClass = typeof import("node:worker_threads").Worker;

function startWorker(Worker: WorkerClass, setup: WorkerSetup): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(`./validate-worker.${fromSource ? "ts" : "js"}`, import.meta.url);
  if (!fromSource) return new Worker(url, { workerData: setup, resourceLimits: WORKER_LIMITS });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const script = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(script, { eval: true, workerData: setup, resourceLimits: WORKER_LIMITS });
}

class WorkerPool {
  private readonly workers: Array<{ worker: Worker; busy: number }>;
  private readonly waiting = new Map<
    number,
    { resolve: (segments: JobSegment[]) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;

  constructor(
    jobs: number,
    Worker: WorkerClass,
    setup: WorkerSetup,
    private readonly returned: (buffer: ArrayBuffer) => void,
  ) {
    this.workers = Array.from({ length: jobs }, () => {
      const worker = startWorker(Worker, setup);
      const entry = { worker, busy: 0 };
      worker.on("message", (answer: JobAnswer) => {
        entry.busy--;
        if ("buffers" in answer) for (const buffer of answer.buffers) this.returned(buffer);
        const waiter = this.waiting.get(answer.id);
        this.waiting.delete(answer.id);
        if ("error" in answer) waiter?.reject(new Error(answer.error));
        else waiter?.resolve(answer.segments);
      });
      worker.on("error", (error) => this.failAll(error));
      worker.on("exit", (code) => {
        if (code !== 0) this.failAll(new Error(`a validate worker stopped (exit code ${code})`));
      });
      return entry;
    });
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  /** Sends the parts to the least busy worker. */
  run(parts: JobPart[]): Promise<JobSegment[]> {
    const id = this.nextId++;
    let chosen = this.workers[0] as { worker: Worker; busy: number };
    for (const entry of this.workers) if (entry.busy < chosen.busy) chosen = entry;
    chosen.busy++;
    const answer = new Promise<JobSegment[]>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // Awaited in input order later; a failure before then must not be an unhandled rejection.
    answer.catch(() => undefined);
    // A line range's memory is moved, not copied (it comes back with the answer).
    const moved = parts.flatMap((part) => (part.lines ? [part.lines.bytes.buffer as ArrayBuffer] : []));
    chosen.worker.postMessage({ id, parts }, moved);
    return answer;
  }

  get size(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

function countLineFeeds(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** What the runner does next, in input order: send parts to a worker, or run something here. */
type Step = { parts: JobPart[]; first: boolean[]; last: boolean[] } | { here: () => Promise<void> };

/**
 * The memory line ranges are read into: each range's ArrayBuffer is moved to the worker, not
 * copied, and moved back with the answer to be read into again, so a long file costs a few
 * buffers, not one per megabyte.
 */
class RangeBuffers {
  private readonly free: ArrayBuffer[] = [];
  take(size: number): Buffer {
    const index = this.free.findIndex((buffer) => buffer.byteLength >= size);
    const buffer = index === -1 ? new ArrayBuffer(Math.max(size, LINES_BYTES)) : this.free.splice(index, 1)[0];
    return Buffer.from(buffer as ArrayBuffer);
  }
  give(buffer: ArrayBuffer): void {
    if (this.free.length < 16) this.free.push(buffer);
  }
}

/** A large NDJSON file as ranges of whole lines; an input that cannot be read, as the step that reports it. */
function* ndjsonSteps(
  file: InputFile,
  fd: number,
  io: ProcessIO,
  buffers: RangeBuffers,
  report: (result: PayloadResult) => void,
): Generator<Step> {
  // The start of a line that goes on in the next read, copied to the start of the next buffer.
  let carry: Buffer | undefined;
  let line = 1;
  let offset = 0;
  let first = true;
  const range = (bytes: Buffer, last: boolean): Step => ({
    parts: [{ file, kind: "ndjson", lines: { bytes, line, offset } }],
    first: [first],
    last: [last],
  });
  try {
    for (;;) {
      const buffer = buffers.take((carry?.length ?? 0) + LINES_BYTES);
      const kept = carry ? carry.copy(buffer, 0) : 0;
      let read: number;
      try {
        read = readSync(fd, buffer, kept, buffer.length - kept, null);
      } catch (error) {
        const unreadable = new UnreadableInput(
          file,
          terminalText`cannot read ${file.display}: ${describeError(error)}`,
        );
        yield { here: async () => report(unreadableInputResult(unreadable, io)) };
        return;
      }
      const data = buffer.subarray(0, kept + read);
      if (read === 0) {
        if (data.length > 0 || first) yield range(data, true);
        else {
          buffers.give(buffer.buffer as ArrayBuffer);
          yield { parts: [], first: [], last: [] }; // the last range ended the file: its end is marked by the runner
        }
        return;
      }
      const newline = data.lastIndexOf(0x0a);
      if (newline === -1) {
        carry = Buffer.from(data); // a line longer than the buffer: the next one is larger
        buffers.give(buffer.buffer as ArrayBuffer);
        continue;
      }
      const whole = data.subarray(0, newline + 1);
      carry = newline + 1 < data.length ? Buffer.from(data.subarray(newline + 1)) : undefined;
      const step = range(whole, false);
      // Counted before the range is sent: sending moves its memory away.
      first = false;
      line += countLineFeeds(whole);
      offset += whole.length;
      yield step;
    }
  } finally {
    closeSync(fd);
  }
}

export interface JobsRun {
  files: readonly InputFile[];
  kindOf: (file: InputFile) => InputKind;
  context: CheckContext;
  io: ProcessIO;
  jobs: number;
  /** Adds a payload's result to the report, with the bytes of all input done. */
  add: OnResult;
  /** Adds `count` passing payloads (`at(i)` the i-th, `like` any of them), with the bytes of all input done. */
  addPasses: (like: PayloadResult, count: number, at: (index: number) => PayloadResult, done: number) => void;
  /** Adds a result that is not a payload's (an input that cannot be read). */
  addUnreadable: (result: PayloadResult) => void;
  /** The number of payloads so far. */
  payloads: () => number;
  /** An input that held no payload. */
  empty: (file: InputFile) => void;
}

/** Checks every input on the workers, reporting in input order. */
export async function runOnWorkers(run: JobsRun): Promise<void> {
  const { context, io } = run;
  const target = context.target;
  const buffers = new RangeBuffers();
  const { Worker } = await import("node:worker_threads");
  const pool = new WorkerPool(
    run.jobs,
    Worker,
    { target, operation: context.operation?.operationId, host: context.host },
    (buffer) => buffers.give(buffer),
  );
  let doneBytes = 0;
  // The input whose results are being reported: the payload count at its start, whether it failed to read.
  let before = 0;
  let failedRead = false;
  let lastFile: InputFile | undefined;
  let lastSize = 0;

  const endFile = (file: InputFile, size: number) => {
    if (!failedRead) {
      if (run.payloads() === before) run.empty(file);
      doneBytes += size;
    }
  };
  const plain = (file: InputFile, code: number): PayloadResult =>
    passingResult(file, code === 0 ? undefined : code, target);
  const report = (step: Extract<Step, { parts: JobPart[] }>, segments: JobSegment[]) => {
    segments.forEach((segment, index) => {
      const part = step.parts[index] as JobPart;
      if (step.first[index]) {
        before = run.payloads();
        failedRead = false;
      }
      let other = 0;
      const { codes } = segment;
      for (let at = 0; at < codes.length; at += 2) {
        const start = codes[at] as number;
        const count = codes[at + 1] as number;
        if (start === -1) {
          for (let index = 0; index < count; index++)
            run.add(segment.others[other++] as PayloadResult, doneBytes + segment.size);
          continue;
        }
        const nth = (index: number) => plain(part.file, start === 0 ? 0 : start + index);
        run.addPasses(nth(0), count, nth, doneBytes + segment.size);
      }
      if (segment.unreadable !== undefined) {
        failedRead = true;
        run.addUnreadable(unreadableInputResult(new UnreadableInput(part.file, segment.unreadable), io));
      }
      lastFile = part.file;
      lastSize = segment.size;
      if (step.last[index]) endFile(part.file, segment.size);
    });
  };

  function* steps(): Generator<Step> {
    let batch: Step & { parts: JobPart[] } = { parts: [], first: [], last: [] };
    const flush = function* () {
      if (batch.parts.length > 0) yield batch;
      batch = { parts: [], first: [], last: [] };
    };
    for (const file of run.files) {
      const kind = run.kindOf(file);
      if (file.path === "-") {
        yield* flush();
        yield {
          here: async () => {
            const start = run.payloads();
            let size: number;
            try {
              size = await checkInput(file, kind, context, io, (result, done) => run.add(result, doneBytes + done));
            } catch (error) {
              run.addUnreadable(unreadableInputResult(error, io));
              return;
            }
            if (run.payloads() === start) run.empty(file);
            doneBytes += size;
          },
        };
        continue;
      }
      const fd = kind === "ndjson" ? openLarge(file) : undefined;
      if (fd !== undefined) {
        yield* flush();
        yield* ndjsonSteps(file, fd, io, buffers, run.addUnreadable);
        continue;
      }
      batch.parts.push({ file, kind });
      batch.first.push(true);
      batch.last.push(true);
      if (batch.parts.length >= FILES_PER_BATCH) yield* flush();
    }
    yield* flush();
  }

  const inFlight: Array<{ step: Extract<Step, { parts: JobPart[] }>; answer: Promise<JobSegment[]> }> = [];
  const reportNext = async () => {
    const next = inFlight.shift();
    if (next) report(next.step, await next.answer);
  };
  try {
    for (const step of steps()) {
      if ("here" in step) {
        while (inFlight.length > 0) await reportNext();
        await step.here();
        continue;
      }
      if (step.parts.length === 0) {
        // The end of an NDJSON file whose last range ended with a line feed.
        while (inFlight.length > 0) await reportNext();
        if (lastFile) endFile(lastFile, lastSize);
        continue;
      }
      inFlight.push({ step, answer: pool.run(step.parts) });
      while (inFlight.length >= pool.size * IN_FLIGHT_PER_WORKER) await reportNext();
    }
    while (inFlight.length > 0) await reportNext();
  } finally {
    await pool.close();
  }
}

/** An open regular NDJSON file large enough to be split into line ranges; undefined for any other (sent whole). */
function openLarge(file: InputFile): number | undefined {
  let fd: number;
  try {
    fd = openSync(file.path, "r");
  } catch {
    return undefined; // the worker reports why it cannot be read
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() && stats.size >= 2 * LINES_BYTES) return fd;
  } catch {
    // the worker reports it
  }
  closeSync(fd);
  return undefined;
}
