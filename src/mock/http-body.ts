// Reading a request body: bounded in size, JSON only (Graph answers other content types with
// 415), parsed with a location for errors and never an echo of the text.
import type { IncomingMessage } from "node:http";
import { parseJsonText } from "../json/parse.js";
import { MAX_BODY_BYTES } from "../validate/body-limit.js";
import { badRequest, MockError } from "./errors.js";

function bodyTooLarge(limit: number): MockError {
  // Not read to its end: close the connection rather than reuse it.
  return new MockError(
    413,
    "Request_EntityTooLarge",
    `The request body is larger than the mock's limit of ${limit} bytes.`,
    [],
    { Connection: "close" },
  );
}

/** The body's bytes; stops reading (and throws) past `limit`. */
export async function readRequestBytes(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw bodyTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw bodyTooLarge(limit);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof MockError) throw error;
    // The client went away mid-body: its problem, not a bug of the mock.
    throw badRequest("The request body could not be read: the connection was closed before it ended.");
  }
  return Buffer.concat(chunks);
}

/** `application/json`, with at most a UTF-8 charset and OData's own parameters. */
function isJsonContentType(header: string): boolean {
  const [type = "", ...parameters] = header.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json") return false;
  const charset = parameters.find((parameter) => parameter.startsWith("charset="));
  return charset === undefined || /^charset="?utf-8"?$/.test(charset);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The parsed JSON body, or undefined when the request has none (the validator then says
 * that the operation requires one).
 */
export function parseRequestJson(bytes: Buffer, contentType: string | undefined): unknown {
  if (bytes.length === 0) return undefined;
  if (contentType === undefined || !isJsonContentType(contentType)) {
    const given = contentType === undefined ? "no Content-Type" : `the content type '${contentType.slice(0, 80)}'`;
    throw new MockError(
      415,
      "UnsupportedMediaType",
      `The request has ${given}; send the body as application/json (UTF-8).`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw badRequest("The request body is not valid UTF-8.");
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw badRequest(`The request body is ${parsed.message}.`);
  return parsed.value;
}
