// `validate`'s HAR files (HAR 1.2: browser DevTools, Playwright's recordHar, mitmproxy, the
// validating proxy): every entry is an exchange, checked by src/traffic (checkExchange, then
// the rules over the recording). The file is parsed as a stream (@streamparser/json), one
// entry at a time, so a HAR of any length validates in the memory of its largest entry.
// Each checked entry gives a request result, a response result (when one was recorded) and,
// when a traffic rule fires, a "traffic" result; an entry outside the contract one skipped result.
import { JSONParser } from "@streamparser/json";
import {
  checkExchange,
  displayUrl,
  exchangeFromHar,
  HarEntryError,
  type TrafficExchange,
  type TrafficOptions,
  TrafficRules,
} from "../../traffic/index.js";
import type { InputFile } from "../input/inputs.js";
import { type PayloadResult, resultOf } from "./model.js";
import { type TrafficEntry, trafficFinding, trafficResults } from "./traffic-results.js";

type ParsedElement = { value?: unknown; key?: string | number | undefined; parent?: unknown; stack: unknown[] };
type Emit = (result: PayloadResult, doneBytes: number) => void;

/** `log.entries[3].request.url` → `/log/entries/3/request/url`. */
function pointerOf(where: string): string {
  return where
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .map((token) => `/${token}`)
    .join("");
}

function harProblem(file: InputFile, message: string, pointer = ""): PayloadResult {
  return resultOf({ file: file.display, name: "HAR" }, [{ pointer, keyword: "har", severity: "error", message }]);
}

function entryResults(exchange: TrafficExchange, options: TrafficOptions, rules: TrafficRules): PayloadResult[] {
  const verdict = checkExchange(exchange, options);
  const traffic = rules.observe(exchange);
  const entry: TrafficEntry = {
    file: "",
    index: exchange.index,
    method: exchange.request.method,
    url: displayUrl(exchange.request.url),
    ...(verdict.operationId !== undefined ? { operationId: verdict.operationId } : {}),
    ...(verdict.skipped !== undefined ? { skipped: verdict.skipped } : {}),
    ...(exchange.response ? { responseStatus: exchange.response.status } : {}),
  };
  return trafficResults(entry, [...verdict.findings, ...traffic]);
}

/**
 * Checks a HAR file given as chunks of bytes in order (a chunk may be reused by the reader once
 * the next is asked for), calling `onResult` with each result and how many bytes are done.
 */
export function checkHarFile(file: InputFile, chunks: Iterable<Buffer>, options: TrafficOptions, onResult: Emit): void {
  const rules = new TrafficRules(options);
  const emit = (result: PayloadResult, done: number) => onResult({ ...result, file: file.display }, done);
  let done = 0;
  let log: unknown;
  let entries = 0;
  const parser = new JSONParser({ paths: ["$.log.entries.*", "$.log"], keepStack: false });
  // The parser reports its own errors through onError, and also routes there what a callback
  // throws: a bug of ours is kept apart (and rethrown) so that it is never called bad JSON.
  let syntax: Error | undefined;
  let internal: unknown;
  parser.onError = (error) => {
    syntax ??= error;
  };
  parser.onValue = (info) => {
    try {
      onEntry(info);
    } catch (error) {
      internal ??= error;
    }
  };
  const onEntry = ({ value, key, parent, stack }: ParsedElement) => {
    if (stack.length === 1 && key === "log") {
      log = value;
      return;
    }
    // `log` is kept to check its shape at the end, so the parser keeps what is inside it: each
    // entry is dropped from the array once read (it is the last item), or memory would grow with the file.
    if (Array.isArray(parent) && parent[parent.length - 1] === value) parent.length -= 1;
    const index = typeof key === "number" ? key : entries;
    entries++;
    let exchange: TrafficExchange;
    try {
      exchange = exchangeFromHar(value, index);
    } catch (error) {
      if (!(error instanceof HarEntryError)) throw error;
      emit(
        resultOf({ file: "", entry: index, name: `entries[${index}]` }, [
          { pointer: pointerOf(error.where), keyword: "har", severity: "error", message: error.message },
        ]),
        done,
      );
      return;
    }
    for (const result of entryResults(exchange, options, rules)) emit(result, done);
  };
  for (const chunk of chunks) {
    if (parser.isEnded || syntax) break;
    done += chunk.length;
    parser.write(Buffer.from(chunk)); // a copy: the reader refills the chunk's memory
    if (internal !== undefined) throw internal;
  }
  if (!parser.isEnded && !syntax) parser.end();
  if (internal !== undefined) throw internal;
  if (syntax) {
    // The parser's message quotes the input (which may hold a password): only the offset is shown.
    const position = /absolute position "(\d+)"/.exec(syntax.message)?.[1];
    const at = position === undefined ? "it ends before the JSON is complete" : `at byte ${position}`;
    emit(harProblem(file, `not a HAR file: not valid JSON (${at})`), done);
    return;
  }
  for (const traffic of rules.finish())
    emit(
      resultOf({ file: "", entry: traffic.entry, name: `entries[${traffic.entry}]`, direction: "traffic" }, [
        trafficFinding(traffic),
      ]),
      done,
    );
  const problem = harShape(log);
  if (problem) emit(harProblem(file, problem.message, problem.pointer), done);
}

/** What makes the document not a HAR 1.2 log (its entries were read already, emptied from `log`). */
function harShape(log: unknown): { message: string; pointer: string } | undefined {
  if (log === undefined)
    return {
      message: 'not a HAR file: log is missing (HAR 1.2: { "log": { "version", "creator", "entries" } })',
      pointer: "/log",
    };
  if (log === null || typeof log !== "object" || Array.isArray(log))
    return { message: "not a HAR file: log must be an object", pointer: "/log" };
  const { entries } = log as Record<string, unknown>;
  if (entries === undefined) return { message: "not a HAR file: log.entries is missing", pointer: "/log/entries" };
  if (!Array.isArray(entries))
    return { message: "not a HAR file: log.entries must be an array", pointer: "/log/entries" };
  return undefined;
}
