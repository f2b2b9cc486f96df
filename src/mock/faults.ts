// Fault injection, so consumer teams can test their retry handling: a share of requests
// answered with 429 or 5XX (with Retry-After where Graph sends it), drawn from a seeded
// generator so a run can be replayed, plus faults scripted for the next N requests.
// A 429, 500 or 503 is answered before the request is processed: it has no effect. A 504 is
// answered after: the change is made and the answer lost, the case the spec warns about for
// create ("the connector may exist already").
import { MockError } from "./errors.js";
import type { Random } from "./random.js";

/** The fault statuses every operation of the spec documents. */
export const FAULT_STATUSES = [429, 500, 503, 504] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

export interface FaultRule {
  status: FaultStatus;
  /** The share of requests that get this fault, 0 to 1. */
  share: number;
  /**
   * Retry-After in seconds; `null` sends none. Default: 1 for 429 and 503 (Graph's
   * throttling docs: 429, and 503 "may" carry it), none for 500 and 504.
   */
  retryAfterSeconds?: number | null;
}

export interface ScriptedFault {
  status: FaultStatus;
  retryAfterSeconds?: number | null;
  /** How many of the next requests get this fault (default 1). */
  times?: number;
}

export interface InjectedFault {
  status: FaultStatus;
  retryAfterSeconds: number | null;
}

export class FaultSpecError extends Error {
  override name = "FaultSpecError";
}

export const MAX_RETRY_AFTER_SECONDS = 3600;
const MAX_SCRIPTED = 10_000;

export const FAULT_SPEC_HELP = `STATUS:SHARE[:RETRY_AFTER] rules, comma-separated: STATUS one of ${FAULT_STATUSES.join(", ")}; SHARE a fraction (0.2) or a percentage (20%); RETRY_AFTER whole seconds or "none". Example: "429:0.2,503:10%:5"`;

const isFaultStatus = (status: number): status is FaultStatus => (FAULT_STATUSES as readonly number[]).includes(status);

/** The Retry-After a fault is sent with, after defaults: 1 s for 429 and 503, none otherwise. */
export function effectiveRetryAfter(fault: { status: FaultStatus; retryAfterSeconds?: number | null }): number | null {
  if (fault.retryAfterSeconds !== undefined) return fault.retryAfterSeconds;
  return fault.status === 429 || fault.status === 503 ? 1 : null;
}

function checkRetryAfter(value: number | null | undefined, where: string): void {
  if (value === undefined || value === null) return;
  if (!Number.isInteger(value) || value < 0 || value > MAX_RETRY_AFTER_SECONDS) {
    throw new FaultSpecError(
      `${where}: Retry-After must be whole seconds from 0 to ${MAX_RETRY_AFTER_SECONDS}, or none`,
    );
  }
}

/** Checks rules given as objects (the library API) the same way as a parsed spec. */
export function checkFaultRules(rules: readonly FaultRule[]): FaultRule[] {
  const seen = new Set<number>();
  let total = 0;
  for (const rule of rules) {
    const where = `fault ${String(rule.status)}`;
    if (!isFaultStatus(rule.status))
      throw new FaultSpecError(`${where}: the status must be one of ${FAULT_STATUSES.join(", ")}`);
    if (seen.has(rule.status)) throw new FaultSpecError(`${where}: the status is given twice`);
    seen.add(rule.status);
    if (!(rule.share >= 0 && rule.share <= 1))
      throw new FaultSpecError(`${where}: the share must be between 0 and 1 (or 0% and 100%)`);
    checkRetryAfter(rule.retryAfterSeconds, where);
    total += rule.share;
  }
  if (total > 1 + 1e-9)
    throw new FaultSpecError(`the shares add up to ${Math.round(total * 1000) / 10}%, more than 100%`);
  return rules.map((rule) => ({ ...rule }));
}

function parseShare(text: string, where: string): number {
  const match = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(text);
  if (!match)
    throw new FaultSpecError(
      `${where}: "${text}" is not a share; write a fraction such as 0.2 or a percentage such as 20%`,
    );
  return Number(match[1]) / (match[2] ? 100 : 1);
}

/** Parses `--faults "429:0.2,503:10%:5,500:0.05"`. */
export function parseFaults(spec: string): FaultRule[] {
  const rules = spec
    .split(",")
    .map((text) => text.trim())
    .filter((text) => text !== "")
    .map((text): FaultRule => {
      const where = `fault "${text}"`;
      const parts = text.split(":");
      if (parts.length < 2 || parts.length > 3)
        throw new FaultSpecError(`${where}: expected STATUS:SHARE[:RETRY_AFTER]`);
      const [statusText = "", shareText = "", retryText] = parts;
      const status = /^\d{3}$/.test(statusText) ? Number(statusText) : Number.NaN;
      if (!isFaultStatus(status))
        throw new FaultSpecError(`${where}: the status must be one of ${FAULT_STATUSES.join(", ")}`);
      const share = parseShare(shareText, where);
      if (retryText === undefined) return { status, share };
      if (retryText === "none") return { status, share, retryAfterSeconds: null };
      if (!/^\d+$/.test(retryText))
        throw new FaultSpecError(`${where}: Retry-After must be whole seconds or "none", got "${retryText}"`);
      return { status, share, retryAfterSeconds: Number(retryText) };
    });
  if (rules.length === 0) throw new FaultSpecError(`no fault rules given; expected ${FAULT_SPEC_HELP}`);
  return checkFaultRules(rules);
}

export class FaultInjector {
  readonly #rules: FaultRule[];
  readonly #random: Random;
  readonly #scripted: InjectedFault[] = [];

  constructor(rules: readonly FaultRule[], random: Random) {
    this.#rules = checkFaultRules(rules);
    this.#random = random;
  }

  get rules(): readonly FaultRule[] {
    return this.#rules;
  }

  /** Queues a fault for the next `times` requests, before any random draw. */
  failNext(fault: ScriptedFault): void {
    checkFaultRules([{ status: fault.status, share: 0, retryAfterSeconds: fault.retryAfterSeconds }]);
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1 || this.#scripted.length + times > MAX_SCRIPTED) {
      throw new FaultSpecError(`times must be a whole number from 1 to ${MAX_SCRIPTED - this.#scripted.length}`);
    }
    const injected = { status: fault.status, retryAfterSeconds: effectiveRetryAfter(fault) };
    for (let i = 0; i < times; i++) this.#scripted.push({ ...injected });
  }

  clearScripted(): void {
    this.#scripted.length = 0;
  }

  /** The fault for this request, if any. Draws one number per request when rules exist. */
  next(): InjectedFault | undefined {
    const scripted = this.#scripted.shift();
    if (scripted) return scripted;
    if (this.#rules.length === 0) return undefined;
    const draw = this.#random();
    let cumulative = 0;
    for (const rule of this.#rules) {
      cumulative += rule.share;
      if (draw < cumulative) {
        return { status: rule.status, retryAfterSeconds: effectiveRetryAfter(rule) };
      }
    }
    return undefined;
  }
}

/** The codes and messages of the spec's error examples for each status. */
const FAULT_ERRORS: Record<FaultStatus, { code: string; message: string }> = {
  429: {
    code: "TooManyRequests",
    message: "Too many requests. Retry after the number of seconds in the Retry-After header.",
  },
  500: { code: "generalException", message: "An internal server error occurred." },
  503: {
    code: "serviceNotAvailable",
    message: "The service is temporarily unavailable. Retry after the number of seconds in the Retry-After header.",
  },
  504: {
    code: "GatewayTimeout",
    message: "The gateway did not receive a response in time; the request may or may not have been processed.",
  },
};

/** Whether the request is processed before the fault replaces its answer. */
export const processedBeforeFault = (fault: InjectedFault): boolean => fault.status === 504;

export function faultError(fault: InjectedFault): MockError {
  const { code, message } = FAULT_ERRORS[fault.status];
  const headers: Record<string, string> =
    fault.retryAfterSeconds === null ? {} : { "Retry-After": String(fault.retryAfterSeconds) };
  return new MockError(fault.status, code, `${message} (Fault injected by the apiconnectors mock.)`, [], headers);
}
