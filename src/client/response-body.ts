// The transport reads each answer's body inside the attempt, so that timeoutMs and abort
// cover it and a connection lost halfway through the body is a network failure of that
// attempt, retried by the policy, rather than an error in openapi-fetch's parsing after the
// retry loop is over. The text is kept here for what runs above the transport.

const bodyTexts = new WeakMap<Response, string>();
const utf8 = new TextDecoder();

// Statuses whose Response may not have a body (Fetch standard, "null body status").
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/** The body text the transport read for this response, if it read one. */
export function bodyTextOf(response: Response): string | undefined {
  return bodyTexts.get(response);
}

/**
 * Reads the whole body. `handOverOk`: the caller parses the text itself (the helpers, which
 * ask openapi-fetch for `parseAs: "stream"` so it never reads a 2xx body), so a 2xx answer
 * is handed on as it is. Anything else gets a fresh Response over the same bytes for
 * openapi-fetch to read: that copy alone cost about 1.2× on a loopback GET
 * (docs/benchmarks.md, "Client"), so the common case avoids it.
 */
export async function readResponseText(
  response: Response,
  handOverOk: boolean,
): Promise<{ response: Response; text: string }> {
  if (NULL_BODY_STATUS.has(response.status)) return { response, text: "" };
  const bytes = await response.arrayBuffer();
  const text = utf8.decode(bytes);
  const result =
    handOverOk && response.ok
      ? response
      : new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  bodyTexts.set(result, text);
  return { response: result, text };
}
