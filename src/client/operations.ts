// One typed helper per operation, on top of the raw openapi-fetch client. Helpers return the
// typed body and throw on failure: GraphError for a non-2xx answer, NetworkError/TimeoutError
// when no answer came, ContractError when validation is on and a body breaks the contract,
// and the signal's reason when the caller aborted. Graph's identifiers reach the caller
// through `onResponse`, the errors, and the ResponseInfo that update and delete return.
import type { Client } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { ContractError, GraphError, PageLimitError } from "./errors.js";
import { resolveNextLink } from "./next-link.js";
import type { CallOptions, Clock, ResponseInfo } from "./options.js";
import { collectSecrets } from "./redact.js";
import { RedirectError } from "./redirect-error.js";
import { type CallState, newCallState } from "./transport.js";
import type {
  ApiConnector,
  ApiConnectorCreate,
  ApiConnectorPage,
  ApiConnectorUpdate,
  ApiConnectorWithClientCertificate,
  ClientCertificateUpload,
  GetApiConnectorQuery,
  ListApiConnectorsQuery,
} from "./types.js";
import { type UserFlowOperations, userFlowOperations } from "./user-flows.js";

/** The openapi-fetch client, typed by the generated `paths`. */
export type RawClient = Client<paths, "application/json">;

/** Options for paging calls: every page is its own call with its own client-request-id. */
export type PageCallOptions = Omit<CallOptions, "clientRequestId"> & {
  /** Overrides the client's `maxPages` for this iteration. */
  maxPages?: number;
};

export interface ApiConnectorOperations extends UserFlowOperations {
  /** `POST /identity/apiConnectors`: creates a connector and returns it (201). Not retried after an ambiguous failure unless `retry.retryNonIdempotent`. */
  createApiConnector(body: ApiConnectorCreate, options?: CallOptions): Promise<ApiConnector>;
  /** `GET /identity/apiConnectors`: one page. */
  listApiConnectors(query?: ListApiConnectorsQuery, options?: CallOptions): Promise<ApiConnectorPage>;
  /** Every connector, following `@odata.nextLink` (same origin as baseUrl only). */
  iterateApiConnectors(
    query?: ListApiConnectorsQuery,
    options?: PageCallOptions,
  ): AsyncGenerator<ApiConnector, void, undefined>;
  /** Every page, following `@odata.nextLink` (same origin as baseUrl only). */
  iterateApiConnectorPages(
    query?: ListApiConnectorsQuery,
    options?: PageCallOptions,
  ): AsyncGenerator<ApiConnectorPage, void, undefined>;
  /** `GET /identity/apiConnectors/{id}`. */
  getApiConnector(id: string, query?: GetApiConnectorQuery, options?: CallOptions): Promise<ApiConnector>;
  /** `PATCH /identity/apiConnectors/{id}` (204): Graph returns no body, so this returns what it said. */
  updateApiConnector(id: string, patch: ApiConnectorUpdate, options?: CallOptions): Promise<ResponseInfo>;
  /** `DELETE /identity/apiConnectors/{id}` (204). */
  deleteApiConnector(id: string, options?: CallOptions): Promise<ResponseInfo>;
  /** `POST /identity/apiConnectors/{id}/uploadClientCertificate` (200). Not retried after an ambiguous failure unless `retry.retryNonIdempotent`. */
  uploadClientCertificate(
    id: string,
    upload: ClientCertificateUpload,
    options?: CallOptions,
  ): Promise<ApiConnectorWithClientCertificate>;
}

export interface OperationContext {
  raw: RawClient;
  baseUrl: string;
  sendWithRetries: (request: Request, call: CallState) => Promise<Response>;
  clock: Clock;
  /** The client's `maxPages`. */
  maxPages: number;
}

/** JSON when it parses, else the text (as openapi-fetch reads an error body). */
function parseLoosely(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Default `maxPages`: 1,000. A tenant's API connectors fit in a few pages (Graph pages hold up
 * to 999 items with `$top`); a thousand pages is far past any real list, and bounds how many
 * calls a server that links to a fresh page forever can draw out of one loop.
 */
export const DEFAULT_MAX_PAGES = 1_000;

/** Checks a count option (`maxPages`, `maxResponseBytes`): a whole number > 0. */
export function checkCount(name: string, value: number): number {
  if (!(Number.isSafeInteger(value) && value > 0))
    throw new RangeError(`${name} must be a whole number > 0, got ${value}`);
  return value;
}

function requireId(id: string, what = "an API connector id"): string {
  if (typeof id !== "string" || id.trim() === "") throw new TypeError(`${what} must be a non-empty string`);
  // openapi-fetch percent-encodes the id, but "." and ".." (and "%2e%2e", which URL parsers
  // read the same way, WHATWG URL §4.4) would still leave the item path: `…/apiConnectors/..`
  // is `/identity`. No Graph id is a dot segment.
  const decoded = id.toLowerCase().replaceAll("%2e", ".");
  if (decoded === "." || decoded === "..")
    throw new TypeError(`${what} cannot be ${JSON.stringify(id)}: it would change the request path`);
  return id;
}

export function apiConnectorOperations(context: OperationContext): ApiConnectorOperations {
  const { raw } = context;

  /**
   * The openapi-fetch init that routes one call through the transport with its options.
   * `parseAs: "stream"`: openapi-fetch leaves a 2xx body alone, and the helper parses the
   * text the transport read within the attempt (see response-body.ts).
   */
  function callInit(call: CallState) {
    const { signal, clientRequestId } = call.options;
    return {
      fetch: (request: Request) => context.sendWithRetries(request, call),
      parseAs: "stream" as const,
      ...(signal ? { signal } : {}),
      ...(clientRequestId ? { headers: { "client-request-id": clientRequestId } } : {}),
    };
  }

  /** Reports the final response, then returns its parsed body or throws GraphError. */
  function settle<T>(
    call: CallState,
    response: Response,
    operationId: string,
    secrets: readonly string[] = [],
  ): { data: T; info: ResponseInfo } {
    const info: ResponseInfo = {
      status: response.status,
      requestId: response.headers.get("request-id") ?? undefined,
      clientRequestId: call.clientRequestId,
      attempts: call.attempts,
      headers: response.headers,
    };
    call.options.onResponse?.(info);
    const text = call.bodyText ?? "";
    if (response.status >= 300 && response.status < 400) {
      throw new RedirectError({
        status: response.status,
        headers: response.headers,
        context: call,
        now: context.clock.now(),
      });
    }
    if (!response.ok) {
      throw new GraphError({
        status: response.status,
        headers: response.headers,
        body: parseLoosely(text),
        context: call,
        secrets: [...secrets, ...call.tokens],
        now: context.clock.now(),
      });
    }
    if (text === "") return { data: undefined as T, info };
    try {
      return { data: JSON.parse(text) as T, info };
    } catch {
      throw new ContractError(
        "response",
        operationId,
        [{ pointer: "", keyword: "body", message: "the body is not JSON" }],
        response.status,
      );
    }
  }

  async function listPage(
    query: ListApiConnectorsQuery | undefined,
    options: CallOptions,
    next?: { baseUrl: string; search: string },
  ): Promise<ApiConnectorPage> {
    const call = newCallState(options, true);
    const init = next ? { baseUrl: next.baseUrl, querySerializer: () => next.search } : { params: { query } };
    const { response } = await raw.GET("/identity/apiConnectors", { ...init, ...callInit(call) });
    return settle<ApiConnectorPage>(call, response, "listIdentityApiConnectors").data;
  }

  async function* iterateApiConnectorPages(
    query?: ListApiConnectorsQuery,
    { maxPages: given, ...options }: PageCallOptions = {},
  ): AsyncGenerator<ApiConnectorPage, void, undefined> {
    const maxPages = given === undefined ? context.maxPages : checkCount("maxPages", given);
    const followed = new Set<string>();
    let page = await listPage(query, options);
    let pages = 1;
    yield page;
    for (let link = page["@odata.nextLink"]; link; link = page["@odata.nextLink"], pages++) {
      // A server that answers with a fresh nextLink forever would otherwise page forever.
      if (pages >= maxPages) throw new PageLimitError(maxPages);
      const next = resolveNextLink(link, context.baseUrl, followed);
      followed.add(next.href);
      page = await listPage(undefined, options, next);
      yield page;
    }
  }

  return {
    ...userFlowOperations({ raw, baseUrl: context.baseUrl, callInit, settle, requireId }),

    async createApiConnector(body, options = {}) {
      const call = newCallState(options, true);
      const { response } = await raw.POST("/identity/apiConnectors", { body, ...callInit(call) });
      return settle<ApiConnector>(call, response, "createIdentityApiConnector", collectSecrets(body)).data;
    },

    listApiConnectors: (query, options = {}) => listPage(query, options),

    iterateApiConnectorPages,

    async *iterateApiConnectors(query, options = {}) {
      for await (const page of iterateApiConnectorPages(query, options)) yield* page.value;
    },

    async getApiConnector(id, query, options = {}) {
      const call = newCallState(options, true);
      const params = { path: { identityApiConnectorId: requireId(id) }, query };
      const { response } = await raw.GET("/identity/apiConnectors/{identityApiConnectorId}", {
        params,
        ...callInit(call),
      });
      return settle<ApiConnector>(call, response, "getIdentityApiConnector").data;
    },

    async updateApiConnector(id, patch, options = {}) {
      const call = newCallState(options, true);
      const params = { path: { identityApiConnectorId: requireId(id) } };
      const { response } = await raw.PATCH("/identity/apiConnectors/{identityApiConnectorId}", {
        params,
        body: patch,
        ...callInit(call),
      });
      return settle(call, response, "updateIdentityApiConnector", collectSecrets(patch)).info;
    },

    async deleteApiConnector(id, options = {}) {
      const call = newCallState(options, true);
      const params = { path: { identityApiConnectorId: requireId(id) } };
      const { response } = await raw.DELETE("/identity/apiConnectors/{identityApiConnectorId}", {
        params,
        ...callInit(call),
      });
      return settle(call, response, "deleteIdentityApiConnector").info;
    },

    async uploadClientCertificate(id, upload, options = {}) {
      const call = newCallState(options, true);
      const params = { path: { identityApiConnectorId: requireId(id) } };
      const { response } = await raw.POST("/identity/apiConnectors/{identityApiConnectorId}/uploadClientCertificate", {
        params,
        body: upload,
        ...callInit(call),
      });
      return settle<ApiConnectorWithClientCertificate>(
        call,
        response,
        "uploadIdentityApiConnectorClientCertificate",
        collectSecrets(upload),
      ).data;
    },
  };
}
