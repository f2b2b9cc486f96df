// Checks the HTTP messages of a conversation (a .http transcript, or a Markdown page's
// examples) in order: a request's operation comes from its method and path, a response's
// from the request before it that has no response yet, or from a fallback (--operation);
// a response's status comes from its status line.
import { isJsonMediaType, notJsonBodyMessage, routeRequest } from "../../traffic/index.js";
import { type OperationEntry, selectOf } from "../../validate/index.js";
import { type HttpMessage, headerValue, parseHttpMessage, requestPath } from "../input/http-message.js";
import { checkEmbeddedObjects, checkPayload } from "./check-payload.js";
import { bodyHeaderFinding } from "./http-findings.js";
import { type Finding, type PayloadResult, resultOf } from "./model.js";
import { queryFindings } from "./query-findings.js";

export interface HttpExample {
  file: string;
  /** The message's text and where it sits in the file. */
  text: string;
  firstLine: number;
  columnShift?: number;
  /** A name for reports (a docs example's "name"). */
  name?: string;
  /** Docs metadata: a truncated response may leave members out. */
  truncated?: boolean;
  /** Docs metadata: what the block claims to hold. */
  claims?: "request" | "response";
  /** Findings about the example found before its message is read (docs metadata). */
  findings?: Finding[];
  /** A docs example: `{id}`-style placeholders in its body stand for values (docs-placeholders.ts). */
  placeholders?: boolean;
}

function describeRequest(message: HttpMessage & { kind: "request" }): string {
  return `${message.method} ${requestPath(message.target)}`;
}

function lineOf(text: string, index: number): string {
  return (text.split("\n")[index] ?? "").replace(/\r$/, "");
}

export class HttpConversation {
  /** The latest request, whether a response has answered it, its $select, and why it was skipped. */
  private pending:
    | {
        operation: OperationEntry | undefined;
        name: string;
        answered: boolean;
        select: string[] | undefined;
        skipped: string | undefined;
      }
    | undefined;

  constructor(private readonly fallback?: OperationEntry) {}

  check(example: HttpExample): PayloadResult {
    const findings: Finding[] = [...(example.findings ?? [])];
    const shift = example.columnShift ?? 0;
    const parsed = parseHttpMessage(example.text);
    if (parsed.kind === "error") {
      findings.push({
        pointer: "",
        keyword: "http",
        severity: "error",
        message: parsed.message,
        line: example.firstLine + parsed.line,
      });
      return resultOf(
        { file: example.file, line: example.firstLine + parsed.line, ...(example.name ? { name: example.name } : {}) },
        findings,
      );
    }
    const line = example.firstLine + parsed.startLine;
    const at = (message: string, keyword = "http"): Finding => ({
      pointer: "",
      keyword,
      severity: "error",
      message,
      line,
    });

    if (example.claims && example.claims !== parsed.kind) {
      findings.push(at(`the metadata says blockType "${example.claims}" but the block holds a ${parsed.kind}`, "docs"));
    }
    let operation: OperationEntry | undefined;
    let name = example.name;
    let select: string[] | undefined;
    let skipped: string | undefined;
    if (parsed.kind === "request") {
      name ??= describeRequest(parsed);
      const path = requestPath(parsed.target);
      const route = routeRequest(parsed.method, parsed.target, path, path);
      if (route.kind === "operation") operation = route.operation;
      else if (route.kind === "unknown") findings.push(at(route.message));
      else skipped = route.reason;
      if (operation) {
        select = selectOf(parsed.target);
        findings.push(...queryFindings(operation, parsed.target, lineOf(example.text, parsed.startLine), line, shift));
      }
      this.pending = { operation, name, answered: false, select, skipped };
    } else if (this.pending && !this.pending.answered) {
      this.pending.answered = true;
      operation = this.pending.operation;
      select = this.pending.select;
      name ??= `response to ${this.pending.name}`;
      if (this.pending.skipped !== undefined)
        skipped = `it answers ${this.pending.name}, which is not an operation of the contract`;
      else if (!operation) findings.push(at("cannot check this response: the request before it matches no operation"));
    } else if (this.fallback) {
      operation = this.fallback;
    } else {
      findings.push(
        at("cannot tell which operation this response answers: put its request before it, or give --operation"),
      );
    }

    const contentType = headerValue(parsed, "content-type");
    // A message's body starts after its first empty line; text before it is headers.
    const firstLine = parsed.body === "" ? line : example.firstLine + parsed.bodyLine;
    const misplaced = bodyHeaderFinding(parsed.body, firstLine);
    let embedded: number | undefined;
    const placeholders: string[] | undefined = example.placeholders ? [] : undefined;
    if (misplaced) {
      findings.push(misplaced);
    } else if (parsed.body !== "" && contentType !== undefined && !isJsonMediaType(contentType)) {
      findings.push(at(notJsonBodyMessage(contentType)));
    } else if (skipped !== undefined) {
      const payload = { text: parsed.body, firstLine, columnShift: shift };
      const checked = checkEmbeddedObjects(payload, parsed.kind, example.truncated === true);
      findings.push(...checked.findings);
      embedded = checked.checked;
    } else if (operation) {
      const target =
        parsed.kind === "request"
          ? { operation: operation.operationId, direction: "request" as const, placeholders }
          : {
              operation: operation.operationId,
              direction: "response" as const,
              status: parsed.status,
              truncated: example.truncated === true,
              placeholders,
              ...(select === undefined ? {} : { select }),
            };
      // A missing body is reported on the start line; a body's findings on their own lines.
      findings.push(...checkPayload({ text: parsed.body, firstLine, columnShift: shift }, target));
    }
    return resultOf(
      {
        file: example.file,
        line,
        name: name ?? (parsed.kind === "response" ? `HTTP ${parsed.status}` : describeRequest(parsed)),
        ...(operation ? { operation: operation.operationId } : {}),
        direction: parsed.kind,
        ...(parsed.kind === "response" ? { status: parsed.status } : {}),
        ...(skipped === undefined ? {} : { skipped, embedded: embedded ?? 0 }),
        ...(placeholders && placeholders.length > 0 ? { placeholders } : {}),
      },
      findings,
    );
  }
}
