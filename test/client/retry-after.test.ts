import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../src/index.js";

const NOW = Date.UTC(2015, 9, 21, 7, 28, 0); // Wed, 21 Oct 2015 07:28:00 GMT

describe("parseRetryAfter (RFC 9110 §10.2.3)", () => {
  const cases: { name: string; given: string | null | undefined; want: number | undefined }[] = [
    { name: "delay-seconds", given: "120", want: 120_000 },
    { name: "zero seconds", given: "0", want: 0 },
    { name: "surrounding whitespace", given: " 41 ", want: 41_000 },
    { name: "IMF-fixdate in the future", given: "Wed, 21 Oct 2015 07:28:30 GMT", want: 30_000 },
    { name: "IMF-fixdate in the past is no wait", given: "Wed, 21 Oct 2015 07:27:00 GMT", want: 0 },
    { name: "obsolete RFC 850 date", given: "Wednesday, 21-Oct-15 07:28:05 GMT", want: 5_000 },
    { name: "obsolete asctime date (means GMT)", given: "Wed Oct 21 07:28:10 2015", want: 10_000 },
    { name: "absent", given: null, want: undefined },
    { name: "undefined", given: undefined, want: undefined },
    { name: "empty", given: "", want: undefined },
    { name: "negative", given: "-5", want: undefined },
    { name: "fraction (not delay-seconds)", given: "1.5", want: undefined },
    // Number() reads these as whole numbers; delay-seconds is digits only (1*DIGIT).
    { name: "exponent notation (not delay-seconds)", given: "1e3", want: undefined },
    { name: "a whole number with a decimal point (not delay-seconds)", given: "120.0", want: undefined },
    { name: "hexadecimal (not delay-seconds)", given: "0x10", want: undefined },
    { name: "a date in another format", given: "2015-10-21T07:28:30Z", want: undefined },
    { name: "garbage", given: "soon", want: undefined },
    { name: "too large to be safe", given: "99999999999999999999", want: undefined },
    // Each date form is anchored at both ends: Date.parse alone would read all of these.
    { name: "IMF-fixdate after other text", given: "foo Wed, 21 Oct 2015 07:28:30 GMT", want: undefined },
    { name: "IMF-fixdate with an offset after GMT", given: "Wed, 21 Oct 2015 07:28:30 GMT+0100", want: undefined },
    { name: "RFC 850 date after other text", given: "x Wednesday, 21-Oct-15 07:28:05 GMT", want: undefined },
    { name: "RFC 850 date with an offset after GMT", given: "Wednesday, 21-Oct-15 07:28:05 GMT+0100", want: undefined },
    { name: "asctime date after other text", given: "x Wed Oct 21 07:28:10 2015", want: undefined },
    { name: "asctime date with a zone after it", given: "Wed Oct 21 07:28:10 2015 +0100", want: undefined },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });
});
