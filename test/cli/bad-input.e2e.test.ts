// Hostile and broken input: each gets a clear message naming where, the right exit code, and
// never a stack trace or an "internal error".
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";

const CREATE = ["--operation", "createIdentityApiConnector", "--request"];
const VALID = {
  displayName: "Test API",
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "svc",
    password: "s3cr3t-Fixture-Pa55",
  },
};
const validText = JSON.stringify(VALID);

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-bad-input-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Case {
  name: string;
  /** The file's bytes (a string is written as UTF-8). */
  given: string | Buffer;
  file?: string;
  args?: string[];
  want: { code: number; lines: string[] };
}

const cases: Case[] = [
  {
    name: "an empty file is a payload without a body",
    given: "",
    want: { code: 1, lines: ["payload.json:1 error createIdentityApiConnector requires a JSON request body"] },
  },
  {
    name: "an empty file is right for a 204",
    given: "",
    args: ["--operation", "deleteIdentityApiConnector", "--response", "204"],
    want: { code: 0, lines: ["1 passed, 0 failed"] },
  },
  {
    name: "a UTF-8 byte order mark is a warning, the payload still passes",
    given: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validText)]),
    want: {
      code: 0,
      lines: [
        "WARN payload.json",
        "payload.json:1:1 warning the file starts with a UTF-8 byte order mark",
        "1 passed, 0 failed",
      ],
    },
  },
  {
    name: "invalid UTF-8 (a Latin-1 byte) is placed at its line and column",
    given: Buffer.concat([Buffer.from('{\n  "displayName": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]),
    want: { code: 1, lines: ["payload.json:2:22 error not valid UTF-8: byte 0xE9 is not part of a UTF-8 character"] },
  },
  {
    name: "UTF-16 is named as such",
    given: Buffer.from(`\uFEFF${validText}`, "utf16le"),
    want: { code: 1, lines: ["error the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"] },
  },
  {
    name: "malformed JSON: line and column, without the text after the error",
    given:
      '{\n  "displayName": "Test API",\n  "targetUrl": "https://someapi.com/api"\n  "authenticationConfiguration": {}\n}',
    want: {
      code: 1,
      lines: [
        "payload.json:4:3 error invalid JSON: expected ',' or '}' after a property value, found a string",
        '  > 4 |   "authenticationConfiguration"',
      ],
    },
  },
  {
    name: "truncated JSON",
    given: '{"displayName": "Test',
    want: { code: 1, lines: ["payload.json:1:17 error invalid JSON: unterminated string"] },
  },
  {
    name: "a trailing comma",
    given: '{"displayName": "x",}',
    want: {
      code: 1,
      lines: [
        "payload.json:1:21 error invalid JSON: expected a property name in double quotes, found '}' (trailing commas are not allowed)",
      ],
    },
  },
  {
    name: "a comment",
    given: '// a payload\n{"displayName": "x"}',
    want: { code: 1, lines: ["payload.json:1:1 error invalid JSON: comments are not allowed in JSON"] },
  },
  {
    name: "duplicate keys are reported, each at its second occurrence",
    given:
      '{\n  "displayName": "a",\n  "displayName": "b",\n  "targetUrl": "https://someapi.com/api",\n  "authenticationConfiguration": {"@odata.type": "#microsoft.graph.basicAuthentication", "username": "u", "password": "hunter2-Fixture", "password": "0ther-Fixture-Secret"}\n}',
    want: {
      code: 1,
      lines: [
        'payload.json:3:3 error /displayName: property "displayName" appears more than once in the same object (first at line 2, column 3)',
        'payload.json:5:138 error /authenticationConfiguration/password: property "password" appears more than once',
      ],
    },
  },
  {
    name: "a top-level array",
    given: "[]",
    want: { code: 1, lines: ["payload.json:1:1 error must be object, got array"] },
  },
  {
    name: "a top-level string",
    given: '"text"',
    want: { code: 1, lines: ["payload.json:1:1 error must be object, got string"] },
  },
  {
    name: "a top-level null",
    given: "null",
    want: { code: 1, lines: ["payload.json:1:1 error must be object, got null"] },
  },
  {
    name: "__proto__ and constructor are ordinary (undeclared) members",
    given: `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${validText.slice(1)}`,
    want: {
      code: 1,
      lines: [
        'payload.json:1:2 error /__proto__: property "__proto__" is not allowed here (not declared by the type)',
        'payload.json:1:35 error /constructor: property "constructor" is not allowed here (not declared by the type)',
      ],
    },
  },
  {
    name: "__proto__ in a response, where unknown members are tolerated",
    given: '{"__proto__": {"id": 1}, "id": "45715bb8"}',
    args: ["--operation", "getIdentityApiConnector", "--response", "200"],
    want: { code: 0, lines: ["1 passed, 0 failed"] },
  },
  {
    name: "nesting 10,000 deep",
    given: `${validText.slice(0, -1)}, "extra": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
    want: { code: 1, lines: ['error /extra: property "extra" is not allowed here'] },
  },
  {
    name: "nesting 10,000 deep and malformed at the bottom",
    given: `${"[".repeat(10_000)}x${"]".repeat(10_000)}`,
    want: {
      code: 1,
      lines: ["payload.json:1:10001 error invalid JSON: expected a value, found characters that are not JSON"],
    },
  },
  {
    name: "nesting 10,000 deep with a repeated key at the bottom",
    given: `${'{"a":'.repeat(10_000)}{"k": 1, "k": 2}${"}".repeat(10_000)}`,
    args: ["--operation", "getIdentityApiConnector", "--response", "200"],
    want: { code: 1, lines: [`error /${"a/".repeat(10_000)}k: property "k" appears more than once`.slice(0, 200)] },
  },
  {
    name: "an NDJSON file with bad lines among good ones",
    file: "payloads.ndjson",
    given: Buffer.concat([
      Buffer.from(`${validText}\n{\n\n[1]\n`),
      Buffer.from([0xff]),
      Buffer.from(`\n${validText}\n{"displayName": 1}`),
    ]),
    want: {
      code: 1,
      lines: [
        "payloads.ndjson:2:2 error invalid JSON: unexpected end of input",
        "payloads.ndjson:4:1 error must be object, got array",
        "payloads.ndjson:5:1 error not valid UTF-8: byte 0xFF",
        "payloads.ndjson:7:17 error /displayName: must be string, got integer",
        "2 passed, 4 failed",
      ],
    },
  },
];

describe("validate: bad input", () => {
  it.each(cases)("$name", async ({ given, file = "payload.json", args = CREATE, want }) => {
    writeFileSync(path.join(scratch, file), given);
    const run = await runCli(["validate", file, ...args], { cwd: scratch });
    for (const line of want.lines) expect(run.stdout).toContain(line);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(want.code);
  });

  it("a 50 MB file: one finding, at its line, in one run", async () => {
    const certificate = {
      thumbprint: "8BC9B4EB5A2663BF146449BB09B0D831699F279B",
      notAfter: 2111192569,
      notBefore: 1795832569,
      isActive: true,
    };
    const lines = [`${validText.slice(0, -1)},`, '"certificates": ['];
    const item = `  ${JSON.stringify(certificate)},`;
    const count = Math.ceil((50 * 1024 * 1024) / (item.length + 1));
    const body = `${lines.join("\n")}\n${`${item}\n`.repeat(count)}  {}\n]}\n`;
    expect(body.length).toBeGreaterThan(50 * 1024 * 1024);
    writeFileSync(path.join(scratch, "large.json"), body);
    const run = await runCli(["validate", "large.json", ...CREATE, "--format", "github"], { cwd: scratch });
    expect(run.stdout).toBe(
      '::error file=large.json,line=2,col=1,title=apiconnectors%3A createIdentityApiConnector request::/certificates: property "certificates" is not allowed here (not declared by the type)\n0 passed, 1 failed\n',
    );
    expect(run.code).toBe(1);
  });
});
