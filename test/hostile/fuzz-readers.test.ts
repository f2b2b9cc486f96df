// Issue 10, item 8: a fuzz smoke test of the CLI's input readers. For arbitrary text and bytes
// (and for payloads holding a secret, cut and spliced at random) each reader returns a result
// instead of throwing, ends, and never shows the secret. In-process, with a fixed seed (which
// fast-check prints with a failing case, to replay it) and a few hundred runs per reader, so
// it takes seconds on a 2-core machine; the hostile cases worth keeping have their own tests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkJsonFile, checkNdjsonFile } from "../../src/cli/check/check-files.js";
import { checkHttpFile } from "../../src/cli/check/check-http-file.js";
import { checkMarkdownFile } from "../../src/cli/check/check-markdown.js";
import type { PayloadResult } from "../../src/cli/check/model.js";
import { parseHttpMessage, splitHttpFile } from "../../src/cli/input/http-message.js";
import { readMarkdownExamples } from "../../src/cli/input/markdown-examples.js";
import { parseJsonText } from "../../src/json/parse.js";

const SEED = 20261201;
const RUNS = { seed: SEED, numRuns: 300 };
const SECRET = "Fuzz-S3cret-Value-7Qx9";
const file = { path: "fuzz.json", display: "fuzz.json" };
const target = { operation: "createIdentityApiConnector", direction: "request" as const };

const connector = JSON.stringify({
  displayName: "Fuzz",
  targetUrl: "https://api.contoso.com/x",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "u",
    password: SECRET,
  },
});

/** Text near the readers' grammar: JSON punctuation, HTTP and Markdown syntax, line breaks, controls. */
const piece = fc.constantFrom(
  "{",
  "}",
  "[",
  "]",
  '"',
  ":",
  ",",
  "\\",
  "\n",
  "\r\n",
  "\r",
  "\u2028",
  "\0",
  "\u001b",
  " ",
  "\t",
  "GET ",
  "POST ",
  "HTTP/1.1 200 OK",
  "Content-Type: application/json",
  "###",
  "@a = 1",
  "{{a}}",
  "```http",
  "```",
  "<!-- {",
  '"blockType": "request"',
  "} -->",
  "> ",
  "- ",
  "1. ",
  "*",
  "_",
  "password",
  '"password"',
  "pkcs12Value",
  connector,
  "null",
  "1e999",
  "\uD800",
  "é",
);
const hostileText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join("")),
);

/**
 * The connector with its secret, cut anywhere and followed by hostile text. The secret, when
 * it is there whole, is still the value of a "password" member (a splice before it could make
 * it another member's value, which is no secret by the contract).
 */
const payloadWithSecret = fc
  .tuple(fc.nat(connector.length), hostileText)
  .map(([cut, noise]) => connector.slice(0, cut) + noise);

function shown(results: PayloadResult | PayloadResult[]): string {
  return JSON.stringify(results);
}

describe("the CLI's input readers on arbitrary input", () => {
  it("parseJsonText returns a result for any text", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const result = parseJsonText(text);
        expect(typeof result.ok).toBe("boolean");
      }),
      RUNS,
    );
  });

  it("a JSON file: a result for any bytes, and the secret never shown", () => {
    fc.assert(
      fc.property(fc.oneof(payloadWithSecret, hostileText), fc.uint8Array({ maxLength: 64 }), (text, bytes) => {
        expect(shown(checkJsonFile(file, Buffer.from(bytes), target))).toBeDefined();
        expect(shown(checkJsonFile(file, Buffer.from(text), target))).not.toContain(SECRET);
      }),
      RUNS,
    );
  });

  it("an NDJSON file cut into chunks anywhere: results, and the secret never shown", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(payloadWithSecret, hostileText), { maxLength: 6 }), fc.nat(), (lines, cut) => {
        const bytes = Buffer.from(lines.join("\n"));
        const at = bytes.length === 0 ? 0 : cut % bytes.length;
        const results: PayloadResult[] = [];
        checkNdjsonFile(file, [bytes.subarray(0, at), bytes.subarray(at)], target, (result) => results.push(result));
        expect(shown(results)).not.toContain(SECRET);
      }),
      { ...RUNS, numRuns: 150 },
    );
  });

  it(".http messages and files: a message or a parse error, and the secret never shown", () => {
    const http = fc
      .tuple(hostileText, payloadWithSecret)
      .map(([head, body]) => `POST https://graph.microsoft.com/v1.0/identity/apiConnectors\n${head}\n\n${body}`);
    fc.assert(
      fc.property(fc.oneof(http, hostileText), (text) => {
        for (const part of splitHttpFile(text)) expect(parseHttpMessage(part.text)).toBeTypeOf("object");
        expect(
          shown(checkHttpFile({ path: "fuzz.http", display: "fuzz.http" }, Buffer.from(text), undefined)),
        ).not.toContain(SECRET);
      }),
      RUNS,
    );
  });

  it("Markdown pages: examples and problems, and the secret never shown", () => {
    const page = fc
      .tuple(hostileText, payloadWithSecret)
      .map(
        ([noise, body]) =>
          `${noise}\n<!-- { "blockType": "request", "name": "x" } -->\n\`\`\`http\nPOST https://graph.microsoft.com/v1.0/identity/apiConnectors\n\n${body}\n\`\`\`\n`,
      );
    fc.assert(
      fc.property(fc.oneof(page, hostileText), (text) => {
        const { examples, problems } = readMarkdownExamples(text);
        expect(Array.isArray(examples) && Array.isArray(problems)).toBe(true);
        expect(shown(checkMarkdownFile({ path: "fuzz.md", display: "fuzz.md" }, Buffer.from(text)))).not.toContain(
          SECRET,
        );
      }),
      { ...RUNS, numRuns: 150 },
    );
  });
});
