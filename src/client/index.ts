// The client's public surface.
export { createApiConnectorsClient, GRAPH_DEFAULT_SCOPE, type ApiConnectorsClient } from "./client.js";
export type { ApiConnectorOperations, PageCallOptions, RawClient } from "./operations.js";
export { GraphError, NetworkError, TimeoutError, ContractError, NextLinkError, NON_ODATA_ERROR_CODE } from "./errors.js";
export { isBasicAuthentication, isClientCertificateAuthentication, isPkcs12Certificate } from "./guards.js";
export { DEFAULT_RETRY_POLICY } from "./retry.js";
export { parseRetryAfter } from "./retry-after.js";
export type { CallOptions, ClientOptions, Clock, FetchLike, GraphVersion, LogEntry, ResponseInfo, RetryPolicy, RetryReason, TokenLike } from "./options.js";
export type * from "./types.js";
