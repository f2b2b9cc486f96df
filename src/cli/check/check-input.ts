// One input of `validate`, whatever its kind (JSON, NDJSON, .http, .har): read, checked, each
// result handed on with how many bytes of the input are done. The single-threaded run calls it
// for every input; under --jobs a worker calls it for the inputs it is given (validate-jobs.ts).
import type { OperationEntry } from "../../validate/index.js";
import type { InputFile } from "../input/inputs.js";
import { readInputChunks } from "../input/read-chunks.js";
import { readInputBytes } from "../input/read-input.js";
import type { ProcessIO } from "../io.js";
import { checkJsonFile, checkNdjsonFile, type InputKind, type OnPass } from "./check-files.js";
import type { Target } from "./check-payload.js";
import type { PayloadResult } from "./model.js";

/** What every input of one run is checked against, from the flags. */
export interface CheckContext {
  /** JSON and NDJSON payloads' operation, direction and status (undefined when only .http and .har are given). */
  target: Target | undefined;
  /** --operation: the fallback of a .http response with no request before it. */
  operation: OperationEntry | undefined;
  /** --host: the HAR entries to check. */
  host: string | undefined;
}

export type OnResult = (result: PayloadResult, doneBytes: number) => void;

/**
 * Checks one input, calling `onResult` for each payload in order; returns the input's size in
 * bytes. An input that cannot be read throws an UnreadableInput, after the results of what was
 * read of it.
 */
export async function checkInput(
  file: InputFile,
  kind: InputKind,
  context: CheckContext,
  io: ProcessIO,
  onResult: OnResult,
  onPass?: OnPass,
): Promise<number> {
  let size = 0;
  const emit: OnResult = (result, done) => {
    size = done;
    onResult(result, done);
  };
  if (kind === "har") {
    const { checkHarFile } = await import("./check-har-file.js");
    const traffic = context.host === undefined ? {} : { host: context.host };
    checkHarFile(file, await readInputChunks(file, io), traffic, emit);
  } else if (kind === "ndjson") {
    const passed: OnPass | undefined =
      onPass &&
      ((line, done) => {
        size = done;
        onPass(line, done);
      });
    checkNdjsonFile(file, await readInputChunks(file, io), context.target as Target, emit, undefined, passed);
  } else {
    const bytes = await readInputBytes(file, io);
    size = bytes.length;
    if (kind === "http") {
      const { checkHttpFile } = await import("./check-http-file.js");
      for (const result of checkHttpFile(file, bytes, context.operation)) onResult(result, bytes.length);
    } else onResult(checkJsonFile(file, bytes, context.target as Target), bytes.length);
  }
  return size;
}
