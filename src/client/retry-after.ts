// Retry-After (RFC 9110 §10.2.3): `delay-seconds` (1*DIGIT) or an HTTP-date (§5.6.7). Graph
// sends seconds; a proxy in front of it may send a date. Anything else is ignored, so the
// caller falls back to backoff rather than trusting a value it cannot read.

const DELAY_SECONDS = /^\d+$/;
// §5.6.7: IMF-fixdate, and the two obsolete forms a recipient must still accept.
const IMF_FIXDATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC850_DATE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2} \d{2}:\d{2}:\d{2} GMT$/;
const ASCTIME_DATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

function httpDateMs(value: string): number | undefined {
  let text = value;
  if (ASCTIME_DATE.test(value))
    text = `${value} GMT`; // asctime carries no zone, but means GMT
  else if (!IMF_FIXDATE.test(value) && !RFC850_DATE.test(value)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds (0 for a date in the past), or
 * undefined when the header is absent or unreadable. `now` is the current time in ms.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (header == null) return undefined;
  const value = header.trim();
  if (DELAY_SECONDS.test(value)) {
    const seconds = Number(value);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : undefined;
  }
  const date = httpDateMs(value);
  return date === undefined ? undefined : Math.max(0, date - now);
}
