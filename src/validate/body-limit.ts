/**
 * The largest message body the project reads whole to check it: far above the largest valid
 * body (a 64 KiB pkcs12Value), far below what could hurt. The mock answers a larger request
 * with 413; the proxy forwards it unchecked and says so.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
