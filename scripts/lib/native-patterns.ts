// Native implementations of spec `pattern`s that are too slow as regular expressions.
//
// The base64 pattern of `pkcs12Value` reads each of up to 65,536 characters through the
// regex engine (about 2 ns a character: a PFX body validated at 4× the cost of parsing it).
// Node's base64 decoder reads the same string natively. The spec keeps its `pattern` for
// every other tool; the generator compiles the native check in its place, and
// test/validate/base64-pattern.test.ts proves with fast-check that both agree.
//
// The source is kept as text because it is written into generated/validators*.js verbatim;
// `nativePatternFunctions` evaluates the same text for the run-time compiled validator.

/** The spec's base64 pattern (spec/components/schemas/pkcs12Value.yaml). */
export const BASE64_PATTERN = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$";

/** The identifier the generated modules bind the native checks to. */
export const NATIVE_PATTERNS_IDENTIFIER = "nativePatterns";

/** A pattern → the name of its native check in NATIVE_PATTERNS_SOURCE. */
export const NATIVE_PATTERNS: Readonly<Record<string, string>> = { [BASE64_PATTERN]: "base64" };

// Why the decoded length decides: Node's decoder skips what is not in the alphabet, or stops
// at a misplaced "=", and each such character costs at least one decoded byte against the
// length the string's size and padding promise (⌊3k/4⌋ bytes from k alphabet characters).
// Two gaps remain, closed first: the decoder also takes the URL-safe "-" and "_" (RFC 4648
// §5), and it reads a character above U+007F by its low byte ("Ł" as "A"), so the string
// must be ASCII: UTF-8 length equal to `.length`. Without Buffer (a browser) it is the regex.
export const NATIVE_PATTERNS_SOURCE = `(() => {
  const base64Pattern = new RegExp(${JSON.stringify(BASE64_PATTERN)}, "u");
  if (typeof Buffer !== "function") return { base64: (s) => base64Pattern.test(s) };
  let scratch = Buffer.allocUnsafe(0);
  return {
    base64(s) {
      const length = s.length;
      if (length % 4 !== 0) return false;
      if (length === 0) return true;
      const padding = s.charCodeAt(length - 1) !== 61 ? 0 : s.charCodeAt(length - 2) !== 61 ? 1 : 2;
      if (Buffer.byteLength(s, "utf8") !== length) return false;
      if (s.indexOf("-") !== -1 || s.indexOf("_") !== -1) return false;
      const expected = (length / 4) * 3 - padding;
      // One buffer is reused for bodies of ordinary size; a larger one is not kept.
      let buffer = scratch;
      if (buffer.length < expected + 3) buffer = Buffer.allocUnsafe(expected + 3);
      if (buffer.length <= 65536) scratch = buffer;
      return buffer.write(s, 0, "base64") === expected;
    },
  };
})()`;

let evaluated: Record<string, (value: string) => boolean> | undefined;

/** The native checks as functions, for a validator compiled at run time from the same text. */
export function nativePatternFunctions(): Record<string, (value: string) => boolean> {
  // Evaluates this module's own constant: the same text the generator writes.
  evaluated ??= new Function(`return ${NATIVE_PATTERNS_SOURCE};`)() as Record<string, (value: string) => boolean>;
  return evaluated;
}
