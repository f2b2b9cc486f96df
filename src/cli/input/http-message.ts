// HTTP messages as written in `.http` transcripts and in the ```http blocks of Graph's docs:
// a request line (`POST /identity/apiConnectors`, optionally a full URL and `HTTP/1.1`) or a
// status line (`HTTP/1.1 201 Created`), header lines, an empty line, and the body. A message
// is a few lines of text with no library worth the dependency for it; Node's own HTTP parser
// is not exposed for text.

export interface HttpHeader {
  name: string;
  value: string;
}

interface HttpParts {
  headers: HttpHeader[];
  /** The body's text ("" when there is none). */
  body: string;
  /** 0-based index, in the parsed text's lines, of the start line. */
  startLine: number;
  /** 0-based index, in the parsed text's lines, of the body's first line. */
  bodyLine: number;
}

export interface HttpRequest extends HttpParts {
  kind: "request";
  method: string;
  /** As written: a path or a full URL. */
  target: string;
}

export interface HttpResponse extends HttpParts {
  kind: "response";
  status: string;
  reason: string;
}

export type HttpMessage = HttpRequest | HttpResponse;

export interface HttpParseError {
  kind: "error";
  message: string;
  /** 0-based index of the offending line. */
  line: number;
}

const REQUEST_LINE = /^([A-Za-z]+)\s+(\S+)(?:\s+HTTP\/\d(?:\.\d)?)?\s*$/;
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:\s+(.*?))?\s*$/;
const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;
/** Lines before the start line that REST-client style .http files allow: comments, variables. */
const PREAMBLE = /^\s*(?:$|#|\/\/|@[\w.-]+\s*=)/;

export function parseHttpMessage(text: string): HttpMessage | HttpParseError {
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  let index = 0;
  while (index < lines.length && PREAMBLE.test(lines[index] ?? "")) index++;
  const startLine = index;
  const first = lines[startLine];
  if (first === undefined)
    return { kind: "error", message: "no request line (METHOD URL) or status line (HTTP/1.1 STATUS)", line: 0 };

  const headers: HttpHeader[] = [];
  index++;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.trim() === "") {
      index++;
      break;
    }
    if (/^\s*[{[]/.test(line)) break; // a body right after the headers, without the empty line
    const header = HEADER.exec(line);
    if (!header)
      return {
        kind: "error",
        message: "expected a header line (Name: value) or an empty line before the body",
        line: index,
      };
    headers.push({ name: header[1] ?? "", value: header[2] ?? "" });
  }
  const bodyLine = Math.min(index, lines.length);
  const body = lines.slice(bodyLine).join("\n").trimEnd();
  const parts = { headers, body, startLine, bodyLine };

  const status = STATUS_LINE.exec(first);
  if (status) return { kind: "response", status: status[1] ?? "", reason: status[2] ?? "", ...parts };
  const request = REQUEST_LINE.exec(first);
  if (request) return { kind: "request", method: (request[1] ?? "").toUpperCase(), target: request[2] ?? "", ...parts };
  return {
    kind: "error",
    message: "expected a request line (METHOD URL) or a status line (HTTP/1.1 STATUS)",
    line: startLine,
  };
}

export function headerValue(message: HttpMessage, name: string): string | undefined {
  return message.headers.find((header) => header.name.toLowerCase() === name.toLowerCase())?.value;
}

/** The path of a request target, without scheme, host, user info, query or fragment. */
export function requestPath(target: string): string {
  const withoutOrigin = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  return withoutOrigin.split(/[?#]/, 1)[0] || "/";
}

/** Splits a .http file into messages at `###` lines (the REST-client convention). */
export function splitHttpFile(text: string): Array<{ text: string; firstLine: number }> {
  const chunks: Array<{ text: string; firstLine: number }> = [];
  const lines = text.split("\n");
  let start = 0;
  lines.forEach((line, index) => {
    if (!line.startsWith("###")) return;
    chunks.push({ text: lines.slice(start, index).join("\n"), firstLine: start + 1 });
    start = index + 1;
  });
  chunks.push({ text: lines.slice(start).join("\n"), firstLine: start + 1 });
  return chunks.filter((chunk) => chunk.text.trim() !== "");
}
