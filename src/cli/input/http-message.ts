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

// The lines are parsed by hand, not with regular expressions: a line comes from the file under
// check, and patterns such as `\s+(\d{3})(?:\s+(.*?))?\s*$` backtrack polynomially on a line
// holding a mid-line CR or U+2028 (issue 10: a 4 KB header line took 28 s). Every scan
// below looks at each character a bounded number of times.

/** What JavaScript's `\s` and `String.prototype.trim` treat as white space (ECMA-262 §22.1.2.12). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A line terminator other than LF (the lines are already split at LF): CR, U+2028, U+2029. */
function holdsLineBreak(text: string): boolean {
  return text.includes("\r") || text.includes("\u2028") || text.includes("\u2029");
}

/** The line's words, split at runs of white space. */
function words(line: string): string[] {
  const found: string[] = [];
  let start = -1;
  for (let index = 0; index <= line.length; index++) {
    const space = index === line.length || isSpace(line.charCodeAt(index));
    if (space && start !== -1) {
      found.push(line.slice(start, index));
      start = -1;
    } else if (!space && start === -1) start = index;
  }
  return found;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** `HTTP/1`, `HTTP/1.1`, `HTTP/2`: the protocol version of a request or status line. */
function isHttpVersion(word: string): boolean {
  if (!word.startsWith("HTTP/") || !isDigit(word.charCodeAt(5))) return false;
  if (word.length === 6) return true;
  return word.length === 8 && word.charCodeAt(6) === 0x2e && isDigit(word.charCodeAt(7));
}

/** `HTTP/1.1 201 Created`: the status code and the reason phrase (which may be empty). */
function statusLine(line: string): { status: string; reason: string } | undefined {
  if (!line.startsWith("HTTP/")) return undefined;
  let at = 0;
  while (at < line.length && !isSpace(line.charCodeAt(at))) at++;
  if (!isHttpVersion(line.slice(0, at)) || at === line.length) return undefined;
  while (at < line.length && isSpace(line.charCodeAt(at))) at++;
  const status = line.slice(at, at + 3);
  if (status.length !== 3 || ![0, 1, 2].every((index) => isDigit(status.charCodeAt(index)))) return undefined;
  const after = at + 3;
  if (after < line.length && !isSpace(line.charCodeAt(after))) return undefined;
  const reason = line.slice(after).trim();
  return holdsLineBreak(reason) ? undefined : { status, reason };
}

/** `POST /identity/apiConnectors HTTP/1.1`: the method and the target as written. */
function requestLine(line: string): { method: string; target: string } | undefined {
  if (line.length === 0 || isSpace(line.charCodeAt(0))) return undefined;
  const [method = "", target, version, ...rest] = words(line);
  if (target === undefined || rest.length > 0 || (version !== undefined && !isHttpVersion(version))) return undefined;
  for (let index = 0; index < method.length; index++) if (!isLetter(method.charCodeAt(index))) return undefined;
  return { method: method.toUpperCase(), target };
}

/** RFC 9110 §5.6.2: the characters of a header name (`token`). */
const TOKEN_CHARS = new Set("!#$%&'*+-.^_`|~");

function isTokenChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || TOKEN_CHARS.has(String.fromCharCode(code));
}

/** Space and horizontal tab, the only white space around a header value (RFC 9110 §5.5). */
function trimSpaceAndTab(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return text.slice(start, end);
}

/** `Name: value`; a value holding a bare CR or another line break is not a header. */
function headerLine(line: string): HttpHeader | undefined {
  const colon = line.indexOf(":");
  if (colon <= 0) return undefined;
  for (let index = 0; index < colon; index++) if (!isTokenChar(line.charCodeAt(index))) return undefined;
  const value = trimSpaceAndTab(line.slice(colon + 1));
  return holdsLineBreak(value) ? undefined : { name: line.slice(0, colon), value };
}

/** Lines before the start line that REST-client style .http files allow: blank, comments, `@name = value`. */
function isPreamble(line: string): boolean {
  const text = line.trimStart();
  if (text === "" || text.startsWith("#") || text.startsWith("//")) return true;
  if (!text.startsWith("@")) return false;
  let at = 1;
  while (
    at < text.length &&
    (isLetter(text.charCodeAt(at)) || isDigit(text.charCodeAt(at)) || "_.-".includes(text.charAt(at)))
  )
    at++;
  return at > 1 && text.slice(at).trimStart().startsWith("=");
}

/** The first non-white character of a line opens a JSON object or array. */
function opensJson(line: string): boolean {
  const text = line.trimStart();
  return text.startsWith("{") || text.startsWith("[");
}

export function parseHttpMessage(text: string): HttpMessage | HttpParseError {
  const lines = text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
  let index = 0;
  while (index < lines.length && isPreamble(lines[index] ?? "")) index++;
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
    if (opensJson(line)) break; // a body right after the headers, without the empty line
    const header = headerLine(line);
    if (!header)
      return {
        kind: "error",
        message: "expected a header line (Name: value) or an empty line before the body",
        line: index,
      };
    headers.push(header);
  }
  const bodyLine = Math.min(index, lines.length);
  const body = lines.slice(bodyLine).join("\n").trimEnd();
  const parts = { headers, body, startLine, bodyLine };

  const status = statusLine(first);
  if (status) return { kind: "response", ...status, ...parts };
  const request = requestLine(first);
  if (request) return { kind: "request", ...request, ...parts };
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
