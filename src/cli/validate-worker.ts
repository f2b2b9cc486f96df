// A worker thread of `validate --jobs N` (validate-jobs.ts): checks the inputs and the NDJSON
// line ranges it is sent and answers with their results in order. A result that is only "this
// payload passed" (the usual one) travels as its line number, so a chunk of 10,000 passing lines
// costs the main thread two numbers (a run of passing lines), not 10,000 cloned objects.
import { parentPort, workerData } from "node:worker_threads";
import { resolveOperation } from "../validate/index.js";
import { checkNdjsonFile } from "./check/check-files.js";
import { type CheckContext, checkInput } from "./check/check-input.js";
import type { Target } from "./check/check-payload.js";
import type { PayloadResult } from "./check/model.js";
import { UnreadableInput } from "./input/inputs.js";
import { CHUNK_BYTES } from "./input/read-chunks.js";
import { detachedIO } from "./io.js";
import type { JobAnswer, JobPart, JobSegment, WorkerSetup } from "./validate-jobs.js";

const setup = workerData as WorkerSetup;
const context: CheckContext = {
  target: setup.target,
  operation: setup.operation === undefined ? undefined : resolveOperation(setup.operation),
  host: setup.host,
};

// Workers are given files and line ranges only, never stdin, and write nothing themselves.
const io = detachedIO();

/** A result that the main thread can rebuild from its file and line alone (plainResult). */
function isPlain(result: PayloadResult, display: string, target: Target | undefined): boolean {
  return (
    target !== undefined &&
    result.valid &&
    result.findings.length === 0 &&
    result.file === display &&
    result.operation === target.operation &&
    result.direction === target.direction &&
    result.status === target.status &&
    result.name === undefined &&
    result.entry === undefined &&
    result.skipped === undefined &&
    result.embedded === undefined &&
    result.unreadable === undefined
  );
}

/**
 * A line range in the pieces the single-threaded reader reads (CHUNK_BYTES): a range decoded
 * whole would be a string in V8's large-object space, freed only by a full collection, and the
 * worker's peak memory would grow with the file.
 */
function* pieces(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}

async function checkPart(part: JobPart): Promise<JobSegment> {
  // Runs, not one code per payload: a range of 100,000 passing lines is one pair, and neither
  // thread allocates memory that grows with the range.
  const codes: number[] = [];
  const others: PayloadResult[] = [];
  let size = 0;
  const push = (code: number) => {
    const at = codes.length - 2;
    const start = codes[at];
    const length = codes[at + 1] as number;
    const extends_ = start !== undefined && (code <= 0 ? start === code : start > 0 && start + length === code);
    if (extends_) codes[at + 1] = length + 1;
    else codes.push(code, 1);
  };
  const onResult = (result: PayloadResult) => {
    if (isPlain(result, part.file.display, context.target)) push(result.line ?? 0);
    else {
      push(-1);
      others.push(result);
    }
  };
  let unreadable: string | undefined;
  if (part.lines) {
    const { bytes, line, offset } = part.lines;
    const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    checkNdjsonFile(part.file, pieces(chunk), context.target as Target, onResult, { line, offset }, push);
    size = offset + bytes.byteLength;
  } else {
    try {
      size = await checkInput(part.file, part.kind, context, io, onResult);
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      unreadable = error.message;
    }
  }
  return { codes: Int32Array.from(codes), others, size, ...(unreadable === undefined ? {} : { unreadable }) };
}

parentPort?.on("message", async (message: { id: number; parts: JobPart[] }) => {
  let answer: JobAnswer;
  try {
    const segments: JobSegment[] = [];
    for (const part of message.parts) segments.push(await checkPart(part));
    const buffers = message.parts.flatMap((part) => (part.lines ? [part.lines.bytes.buffer as ArrayBuffer] : []));
    answer = { id: message.id, segments, buffers };
  } catch (error) {
    answer = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  // The line ranges' memory goes back to be read into again; the codes are moved too.
  const moved =
    "segments" in answer
      ? [...answer.buffers, ...answer.segments.map((segment) => segment.codes.buffer as ArrayBuffer)]
      : [];
  parentPort?.postMessage(answer, moved);
});
