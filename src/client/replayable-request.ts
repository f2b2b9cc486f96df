// openapi-fetch builds each call's Request with the `Request` class it is given. This one
// remembers the serialized body, so the transport can resend it on a retry (and the contract
// check can read it) without draining the Request's body stream, a measurable share of the
// client's cost per call (docs/benchmarks.md, "Client").

export class ReplayableRequest extends Request {
  /** The body exactly as openapi-fetch serialized it (a JSON string), or null. */
  readonly replayBody: BodyInit | null;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.replayBody = init?.body ?? null;
  }
}

/** A body that can be sent again, from a ReplayableRequest when possible, else read once. */
export async function replayableBody(request: Request): Promise<BodyInit | null> {
  if (request instanceof ReplayableRequest && !(request.replayBody instanceof ReadableStream))
    return request.replayBody;
  return request.body === null ? null : await request.arrayBuffer();
}

/** The body as text, without consuming the Request (for checks above the transport). */
export async function bodyText(request: Request): Promise<string> {
  if (request instanceof ReplayableRequest && typeof request.replayBody === "string") return request.replayBody;
  return request.body === null ? "" : await request.clone().text();
}
