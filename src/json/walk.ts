// One pass over JSON text that knows, for every value, its JSON pointer and its offset in the
// text. jsonc-parser's scanner does the tokenizing (strings, escapes, numbers); the walk over
// its tokens is written here because jsonc-parser's own tree walkers (`visit`, `parseTree`)
// recurse once per nesting level and overflow the stack on a 10,000-deep document. This walk
// keeps an explicit stack, so any depth that fits in memory works.
import { isSecretProperty, userInfoRanges } from "../validate/index.js";
import { jsoncParser } from "./jsonc.js";

// jsonc-parser's SyntaxKind and ScanError are `const enum`s, which isolatedModules cannot
// read from a declaration file; these are their values.
const Token = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Whitespace: 15,
  Unknown: 16,
  EOF: 17,
} as const;

const SCAN_ERRORS: Readonly<Record<number, string>> = {
  1: "unterminated comment (comments are not allowed in JSON)",
  2: "unterminated string",
  3: "incomplete number",
  4: "invalid \\u escape in a string",
  5: "invalid escape sequence in a string",
  6: "a control character in a string must be escaped",
};

/** Names for tokens that may be quoted in a message: punctuation never carries a secret. */
const PUNCTUATION: Readonly<Record<number, string>> = {
  [Token.OpenBrace]: "'{'",
  [Token.CloseBrace]: "'}'",
  [Token.OpenBracket]: "'['",
  [Token.CloseBracket]: "']'",
  [Token.Comma]: "','",
  [Token.Colon]: "':'",
};

const TOKEN_NAMES: Readonly<Record<number, string>> = {
  [Token.String]: "a string",
  [Token.Number]: "a number",
  [Token.True]: "true",
  [Token.False]: "false",
  [Token.Null]: "null",
  [Token.Unknown]: "characters that are not JSON",
};

export type JsonValueKind = "object" | "array" | "string" | "number" | "literal";

export interface JsonValueEvent {
  /** Pointer tokens of the value (unescaped). The array is reused: copy it to keep it. */
  path: readonly string[];
  kind: JsonValueKind;
  /** Offset of the value's first character; for a container, its opening bracket. */
  offset: number;
  /** Length of a scalar token; 1 for a container. */
  length: number;
  /** Offset of the member's key when the value is an object member. */
  keyOffset: number | undefined;
  /** True inside a write-only secret member (`password`, `pkcs12Value`). */
  secret: boolean;
}

/**
 * The [start, end) offsets of `text` a code frame must mask for this value: the whole of a
 * scalar inside a secret member, the user info of a URL in any other string.
 */
export function maskedRanges(text: string, event: JsonValueEvent): Array<[number, number]> {
  if (event.kind === "object" || event.kind === "array") return [];
  if (event.secret) return [[event.offset, event.offset + event.length]];
  if (event.kind !== "string") return [];
  const token = text.slice(event.offset, event.offset + event.length);
  return userInfoRanges(token).map(([start, end]) => [event.offset + start, event.offset + end]);
}

export interface JsonDuplicateEvent {
  /** Pointer tokens of the repeated member (the object's path plus the key). */
  path: readonly string[];
  keyOffset: number;
  firstKeyOffset: number;
}

export interface JsonSyntaxError {
  offset: number;
  /** How much of the text from `offset` may be shown: punctuation or a property name, never a value. */
  showable: number;
  message: string;
}

export interface JsonWalkVisitor {
  /** Called for every value in document order; return false to stop the walk. */
  // biome-ignore lint/suspicious/noConfusingVoidType: visitors that return nothing keep walking
  value?: (event: JsonValueEvent) => boolean | void;
  /** Called for a key that its object already has (only with `duplicates: true`). */
  duplicate?: (event: JsonDuplicateEvent) => void;
}

interface Frame {
  kind: "object" | "array";
  index: number;
  /** Keys seen so far and their offsets; kept only when duplicates are looked for. */
  keys: Map<string, number> | undefined;
}

type Expect = "value" | "valueOrClose" | "keyOrClose" | "key" | "colon" | "commaOrClose" | "end";

/**
 * Walks `text` as strict JSON (RFC 8259: no comments, no trailing commas; `trailingCommas`
 * accepts a comma before `}` or `]`, as Graph docs' example metadata has). Returns the first
 * syntax error, or undefined when the text is well-formed (or the visitor stopped early).
 * Messages never quote the input: a malformed value may be a secret.
 */
export function walkJson(
  text: string,
  visitor: JsonWalkVisitor,
  options: { duplicates?: boolean; trailingCommas?: boolean } = {},
): JsonSyntaxError | undefined {
  const scanner = jsoncParser().createScanner(text, false);
  const stack: Frame[] = [];
  const path: string[] = [];
  let secretFrom = -1; // index in `path` of the outermost secret key, or -1
  let expect = "value" as Expect; // "as": the closures below assign it too
  let keyOffset: number | undefined;

  const popPath = () => {
    path.pop();
    if (secretFrom >= path.length) secretFrom = -1;
  };
  const afterValue = () => {
    expect = stack.length === 0 ? "end" : "commaOrClose";
  };
  const fail = (offset: number, message: string): JsonSyntaxError => {
    // What the error points at may be shown when it cannot be (part of) a secret value.
    const token = scanner.getToken();
    const isKey =
      token === Token.String &&
      scanner.getTokenError() === 0 &&
      /^\s*:/.test(text.slice(scanner.getPosition(), scanner.getPosition() + 64));
    const showable = offset >= text.length ? 0 : PUNCTUATION[token] ? 1 : isKey ? scanner.getTokenLength() : 0;
    return { offset, showable, message };
  };

  for (;;) {
    const token = scanner.scan();
    const offset = scanner.getTokenOffset();
    if (token === Token.Whitespace || token === Token.LineBreak) continue;
    const scanError = scanner.getTokenError();
    if (scanError !== 0) return fail(offset, SCAN_ERRORS[scanError] ?? "invalid token");
    if (token === Token.LineComment || token === Token.BlockComment)
      return fail(offset, "comments are not allowed in JSON");
    if (token === Token.EOF) {
      return expect === "end"
        ? undefined
        : fail(
            text.length,
            stack.length === 0 && path.length === 0 && expect === "value" ? "no JSON value" : "unexpected end of input",
          );
    }
    const found = PUNCTUATION[token] ?? TOKEN_NAMES[token] ?? "a value";

    switch (expect) {
      case "value":
      case "valueOrClose": {
        // After a comma in an array, `expect` is "value": a `]` there is a trailing comma.
        const trailingClose = expect === "value" && options.trailingCommas && stack.at(-1)?.kind === "array";
        if ((expect === "valueOrClose" || trailingClose) && token === Token.CloseBracket) {
          stack.pop();
          popPath();
          afterValue();
          break;
        }
        const kind: JsonValueKind | undefined =
          token === Token.OpenBrace
            ? "object"
            : token === Token.OpenBracket
              ? "array"
              : token === Token.String
                ? "string"
                : token === Token.Number
                  ? "number"
                  : token === Token.True || token === Token.False || token === Token.Null
                    ? "literal"
                    : undefined;
        if (!kind) {
          const trailing =
            expect === "value" && token === Token.CloseBracket ? " (trailing commas are not allowed)" : "";
          return fail(offset, `expected a value, found ${found}${trailing}`);
        }
        const event: JsonValueEvent = {
          path,
          kind,
          offset,
          length: scanner.getTokenLength(),
          keyOffset,
          secret: secretFrom >= 0,
        };
        keyOffset = undefined;
        if (visitor.value?.(event) === false) return undefined;
        if (kind === "object") {
          stack.push({ kind, index: 0, keys: options.duplicates ? new Map() : undefined });
          expect = "keyOrClose";
        } else if (kind === "array") {
          stack.push({ kind, index: 0, keys: undefined });
          path.push("0");
          expect = "valueOrClose";
        } else {
          afterValue();
        }
        break;
      }
      case "keyOrClose":
      case "key": {
        if ((expect === "keyOrClose" || (expect === "key" && options.trailingCommas)) && token === Token.CloseBrace) {
          stack.pop();
          afterValue();
          break;
        }
        if (token !== Token.String) {
          const trailing = expect === "key" && token === Token.CloseBrace ? " (trailing commas are not allowed)" : "";
          return fail(offset, `expected a property name in double quotes, found ${found}${trailing}`);
        }
        const key = scanner.getTokenValue();
        const frame = stack[stack.length - 1];
        const first = frame?.keys?.get(key);
        path.push(key);
        if (first !== undefined) visitor.duplicate?.({ path, keyOffset: offset, firstKeyOffset: first });
        else frame?.keys?.set(key, offset);
        if (secretFrom < 0 && isSecretProperty(key)) secretFrom = path.length - 1;
        keyOffset = offset;
        expect = "colon";
        break;
      }
      case "colon":
        if (token !== Token.Colon) return fail(offset, `expected ':' after the property name, found ${found}`);
        expect = "value";
        break;
      case "commaOrClose": {
        const frame = stack[stack.length - 1] as Frame;
        const close = frame.kind === "object" ? Token.CloseBrace : Token.CloseBracket;
        if (token === Token.Comma) {
          popPath();
          if (frame.kind === "object") {
            expect = "key";
          } else {
            frame.index++;
            path.push(String(frame.index));
            expect = "value";
          }
        } else if (token === close) {
          popPath();
          stack.pop();
          afterValue();
        } else {
          const what =
            frame.kind === "object" ? "',' or '}' after a property value" : "',' or ']' after an array element";
          return fail(offset, `expected ${what}, found ${found}`);
        }
        break;
      }
      case "end":
        return fail(offset, `unexpected ${found} after the end of the JSON value`);
    }
  }
}
