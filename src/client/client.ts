// createApiConnectorsClient: openapi-fetch with the generated `paths`, the once-per-call
// middleware (client-request-id, user agent, contract checks) above, and the per-attempt
// transport (token, timeout, retries) below as its `fetch`.
import createClient from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { DEFAULT_GRAPH_VERSION } from "../validate/graph-version.js";
import { systemClock } from "./abort.js";
import { isLoopbackHost } from "./loopback.js";
import { contractChecks, requestIdentity } from "./middleware.js";
import {
  type ApiConnectorOperations,
  apiConnectorOperations,
  checkCount,
  DEFAULT_MAX_PAGES,
  type RawClient,
} from "./operations.js";
import type { CallOptions, ClientOptions, Clock, FetchLike, TokenLike } from "./options.js";
import { ReplayableRequest } from "./replayable-request.js";
import { DEFAULT_MAX_RESPONSE_BYTES } from "./response-body.js";
import { resolveRetryPolicy } from "./retry.js";
import { newCallState, sendWithRetries, type TransportSettings } from "./transport.js";
import { PACKAGE_VERSION } from "./version.js";

/** The scope to ask a credential for: every Graph permission the app was granted. */
export const GRAPH_DEFAULT_SCOPE = "https://graph.microsoft.com/.default";
export const GRAPH_ORIGIN = "https://graph.microsoft.com";

/** This package's product token in `User-Agent`. */
export const PRODUCT = `apiconnectors/${PACKAGE_VERSION}`;

export interface ApiConnectorsClient extends ApiConnectorOperations {
  /** The service root every call goes to, without a trailing slash. */
  readonly baseUrl: string;
  /**
   * The openapi-fetch client, for anything the helpers do not cover. It shares the
   * middleware and the transport (auth, client-request-id, retries, validation) but does not
   * throw on a non-2xx answer: it returns `{ data, error, response }` as openapi-fetch does.
   */
  readonly raw: RawClient;
  /** A `fetch` to pass to one raw call to give it per-call options: `raw.GET(path, { fetch: client.fetchWith({ timeoutMs: 500 }) })`. */
  fetchWith(options: CallOptions): FetchLike;
}

function resolveBaseUrl(options: ClientOptions): string {
  const given = options.baseUrl ?? `${GRAPH_ORIGIN}/${options.version ?? DEFAULT_GRAPH_VERSION}`;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new TypeError(`baseUrl must be an absolute URL, got ${JSON.stringify(given)}`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
    // The bearer token travels in a header: plain http only to this machine.
    throw new TypeError(
      `baseUrl must use https (http is allowed only for loopback: localhost, 127.0.0.0/8, [::1]), got ${url.origin}`,
    );
  }
  if (url.search || url.hash) throw new TypeError(`baseUrl must not have a query or fragment, got ${given}`);
  // A loop, not `/\/+$/`: that regex is quadratic on a long run of slashes mid-path (recheck).
  let end = url.href.length;
  while (end > 0 && url.href.charCodeAt(end - 1) === 0x2f) end--;
  return url.href.slice(0, end);
}

function tokenSource(options: ClientOptions): () => Promise<string | undefined> {
  const { token, getToken } = options;
  if (token !== undefined && getToken !== undefined) throw new TypeError("give either token or getToken, not both");
  if (getToken) {
    return async () => {
      const got: TokenLike | null | undefined = await getToken();
      if (got === null)
        throw new TypeError("getToken() returned null: the credential gave no access token, so nothing was sent");
      const value = typeof got === "string" ? got : got?.token;
      if (!value) throw new TypeError("getToken() returned no access token");
      return value;
    };
  }
  return async () => token;
}

const VALIDATE_MODES = ["off", "request", "both"] as const;

function checkClientOptions(options: ClientOptions): void {
  const { timeoutMs, validate } = options;
  if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new RangeError(`timeoutMs must be a number of milliseconds > 0, got ${String(timeoutMs)}`);
  }
  if (validate !== undefined && !VALIDATE_MODES.includes(validate)) {
    throw new TypeError(
      `validate must be one of ${VALIDATE_MODES.map((mode) => `"${mode}"`).join(", ")}, got ${JSON.stringify(validate)}`,
    );
  }
}

/** Creates a client for `/identity/apiConnectors`. */
export function createApiConnectorsClient(options: ClientOptions = {}): ApiConnectorsClient {
  checkClientOptions(options);
  const baseUrl = resolveBaseUrl(options);
  const clock: Clock = { ...systemClock, ...options.clock };
  const settings: TransportSettings = {
    fetch: options.fetch,
    token: tokenSource(options),
    retry: resolveRetryPolicy(options.retry), // fails now on a bad policy, not on the first call
    timeoutMs: options.timeoutMs,
    maxResponseBytes:
      options.maxResponseBytes === undefined
        ? DEFAULT_MAX_RESPONSE_BYTES
        : checkCount("maxResponseBytes", options.maxResponseBytes),
    signal: options.signal,
    clock,
    random: options.random ?? Math.random,
    log: options.log,
  };
  const fetchWith = (callOptions: CallOptions): FetchLike => {
    return (request) => sendWithRetries(request, settings, newCallState(callOptions));
  };
  const raw = createClient<paths, "application/json">({
    baseUrl,
    fetch: fetchWith({}),
    Request: ReplayableRequest,
    // spec: $select and $orderby are style form, explode false (`$select=id,displayName`)
    querySerializer: { array: { style: "form", explode: false } },
  });
  raw.use(requestIdentity(options.userAgent ? `${options.userAgent} ${PRODUCT}` : PRODUCT));
  const validate = options.validate ?? "off";
  if (validate !== "off") raw.use(contractChecks(validate));
  return {
    baseUrl,
    raw,
    fetchWith,
    ...apiConnectorOperations({
      raw,
      baseUrl,
      clock,
      maxPages: options.maxPages === undefined ? DEFAULT_MAX_PAGES : checkCount("maxPages", options.maxPages),
      sendWithRetries: (request, call) => sendWithRetries(request, settings, call),
    }),
  };
}
