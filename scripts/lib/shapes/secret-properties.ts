// The shape of generated/secret-properties.js: its own module, apart from the operation table,
// so the client's redaction (which runs with validate "off" too) does not pull that table
// into a browser bundle (test/package/bundle-size.test.ts).
/**
 * Graph's secrets: every property name the spec marks `writeOnly: true` (at any depth of any
 * component schema), sorted. The runtime masks them and the lint rule holds every schema that
 * has one to `writeOnly` or a mask.
 */
export declare const secretProperties: readonly string[];
/**
 * Graph's mask for a secret it echoes without revealing (`"******"`): the pattern the spec gives
 * the secret-named properties that are not write-only (scripts/lib/secret-properties.ts MASK_PATTERN).
 */
export declare const secretMask: RegExp;
