// The mock's numeric and version options: their ranges and defaults, checked in one place for
// startMockServer and `apiconnectors mock` (which maps an option to its flag).
import { DEFAULT_GRAPH_VERSION, GRAPH_VERSIONS, type GraphVersion, isGraphVersion } from "../validate/graph-version.js";

/** Page size when a list request has no `$top`: Graph's usual directory page. */
export const DEFAULT_PAGE_SIZE = 100;
/** The largest `$top` Graph's directory APIs accept. */
export const MAX_PAGE_SIZE = 999;
/**
 * How many connectors the mock holds at most, seeded and created (`maxConnectors`,
 * `--max-connectors`). Graph's API reference documents no limit; the Azure AD B2C and External
 * ID service-limit pages say 20 per tenant (raised through support), so a test of that limit
 * sets 20. The default is the size docs/benchmarks.md measures lists at; the upper bound keeps
 * the store within a few hundred MB.
 */
export const DEFAULT_MAX_CONNECTORS = 100_000;
export const MAX_MAX_CONNECTORS = 1_000_000;

export interface CheckedMockOptions {
  port: number;
  pageSize: number;
  maxConnectors: number;
  version: GraphVersion;
  seed: number | undefined;
}

type Checked = keyof CheckedMockOptions;

const WHOLE = {
  port: { min: 0, max: 65535 },
  pageSize: { min: 1, max: MAX_PAGE_SIZE },
  maxConnectors: { min: 0, max: MAX_MAX_CONNECTORS },
  seed: { min: 0, max: 0xffffffff },
} as const;

/** What an option takes, in words: `"a whole number from 1 to 999"`. */
export function expectedOf(option: Checked): string {
  if (option === "version") return GRAPH_VERSIONS.join(" or ");
  const { min, max } = WHOLE[option];
  return `a whole number from ${min} to ${max}`;
}

/** A mock option out of its range; `option` names it, for the CLI to name its flag. */
export class MockOptionError extends RangeError {
  override readonly name = "MockOptionError";
  constructor(
    readonly option: Checked,
    readonly value: unknown,
  ) {
    super(
      `${option} must be ${expectedOf(option)}, got ${typeof value === "string" ? JSON.stringify(value) : String(value)}`,
    );
  }
}

type WholeOption = keyof typeof WHOLE;

function whole(option: WholeOption, value: number): number {
  const { min, max } = WHOLE[option];
  if (!Number.isInteger(value) || value < min || value > max) throw new MockOptionError(option, value);
  return value;
}

/** The options with their defaults, or a MockOptionError for the first one out of range. */
export function checkMockOptions(options: {
  port?: number;
  pageSize?: number;
  maxConnectors?: number;
  version?: string;
  seed?: number;
}): CheckedMockOptions {
  const {
    port = 0,
    pageSize = DEFAULT_PAGE_SIZE,
    maxConnectors = DEFAULT_MAX_CONNECTORS,
    version = DEFAULT_GRAPH_VERSION,
    seed,
  } = options;
  if (!isGraphVersion(version)) throw new MockOptionError("version", version);
  return {
    port: whole("port", port),
    pageSize: whole("pageSize", pageSize),
    maxConnectors: whole("maxConnectors", maxConnectors),
    version,
    seed: seed === undefined ? undefined : whole("seed", seed),
  };
}
