// The client's public surface.
export { type ApiConnectorsClient, createApiConnectorsClient, GRAPH_DEFAULT_SCOPE } from "./client.js";
export {
  ContractError,
  GraphError,
  NetworkError,
  NextLinkError,
  NON_ODATA_ERROR_CODE,
  PageLimitError,
  ResponseTooLargeError,
  TimeoutError,
} from "./errors.js";
export { isBasicAuthentication, isClientCertificateAuthentication, isPkcs12Certificate } from "./guards.js";
export type { ApiConnectorOperations, PageCallOptions, RawClient } from "./operations.js";
export { DEFAULT_MAX_PAGES } from "./operations.js";
export type {
  CallOptions,
  ClientOptions,
  Clock,
  FetchLike,
  GraphVersion,
  LogEntry,
  ResponseInfo,
  RetryPolicy,
  RetryReason,
  TokenLike,
} from "./options.js";
export { REDIRECT_CODE, RedirectError } from "./redirect-error.js";
export { DEFAULT_MAX_RESPONSE_BYTES } from "./response-body.js";
export { DEFAULT_RETRY_POLICY } from "./retry.js";
export { parseRetryAfter } from "./retry-after.js";
export type * from "./types.js";
