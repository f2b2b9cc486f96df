// apiconnectors mock [--port N] [--host H] [--data FILE] [--faults SPEC] [--seed N] ...
// Runs the stateful mock of the identityApiConnector family until SIGINT or SIGTERM, then
// closes the server and exits 0.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isLoopbackHost } from "../client/loopback.js";
import { parseJsonText } from "../json/parse.js";
import { effectiveRetryAfter, FAULT_SPEC_HELP, type FaultRule, FaultSpecError } from "../mock/faults.js";
import {
  type GraphVersion,
  MockDataError,
  MockOptionError,
  type MockServer,
  type RequestLogEntry,
  startMockServer,
} from "../mock/index.js";
import { expectedOf } from "../mock/options.js";
import { parsePublicUrl } from "../mock/public-origin.js";
import { summarizeIssues } from "../validate/index.js";
import { parseCommandArgs } from "./args.js";
import { readPathCapped, tooLarge } from "./input/read-capped.js";
import { MAX_INPUT_BYTES } from "./input/read-input.js";
import type { CommandIO } from "./io.js";
import { terminalSafe, terminalText } from "./report/terminal-text.js";
import { writeRunFiles } from "./run-files.js";
import { listenError, stopSignal } from "./server-lifecycle.js";
import { EXIT_OK, UsageError } from "./usage-error.js";

export const MOCK_USAGE = `Usage: apiconnectors mock [--port N] [--host H] [--data FILE] [--faults SPEC] [--seed N] [--tls] ...

Runs a stateful in-memory mock of the Graph identityApiConnector API for tests. Requests and
responses are checked against the contract. Stop it with Ctrl+C (SIGINT) or SIGTERM.

  --port N             port to listen on (default 4010; 0 picks a free one)
  --host H             address to bind (default 127.0.0.1; the mock has no authentication)
  --data FILE          JSON file of connectors to start with: an array, or a list response { "value": [...] }
  --faults SPEC        inject faults: ${FAULT_SPEC_HELP}
  --seed N             seed for fault draws and generated ids, to replay a run
  --page-size N        list page size when a request has no $top (default 100, at most 999)
  --max-connectors N   the most connectors the mock holds, seeded and created (default 100000; 0 to 1000000)
  --graph-version V    v1.0 (default) or beta: for paths without a version and for @odata.context
  --require-auth       answer 401 to requests without "Authorization: Bearer <any token>"
  --public-url URL     the URL clients reach the mock at (behind a proxy): used in @odata.nextLink and @odata.context
  --trust-proxy        take the public URL from Forwarded / X-Forwarded-Proto / X-Forwarded-Host
  --tls                serve https with a self-signed certificate; its PEM file is printed
  --pid-file FILE      once listening, write this process's PID to FILE (removed when it stops)
  --ready-file FILE    once listening, write the base URL to FILE (removed when it stops)
  --quiet              do not log requests

The first line printed is "apiconnectors mock listening on <base URL>"; point a client there.
See docs/mock.md.`;

const DEFAULT_PORT = 4010;
const MAX_ISSUES_SHOWN = 20;

function parse(argv: readonly string[]) {
  return parseCommandArgs(
    "mock",
    argv,
    {
      port: { type: "string" },
      host: { type: "string" },
      data: { type: "string" },
      faults: { type: "string" },
      seed: { type: "string" },
      "page-size": { type: "string" },
      "max-connectors": { type: "string" },
      "graph-version": { type: "string" },
      "require-auth": { type: "boolean", default: false },
      "public-url": { type: "string" },
      "trust-proxy": { type: "boolean", default: false },
      tls: { type: "boolean", default: false },
      "pid-file": { type: "string" },
      "ready-file": { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    false,
  ).values;
}

/** The flag of each option startMockServer checks (mock/options.ts holds the ranges). */
const FLAGS = {
  port: "--port",
  pageSize: "--page-size",
  maxConnectors: "--max-connectors",
  version: "--graph-version",
  seed: "--seed",
} as const;

/** A flag's text as a number for startMockServer to range-check; not digits is a usage error here. */
function wholeNumber(option: Exclude<keyof typeof FLAGS, "version">, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text))
    throw new UsageError(terminalText`${FLAGS[option]} takes ${expectedOf(option)}, got "${text}"`);
  return Number(text);
}

/**
 * Reads and checks the seed file, with the CLI's byte cap (a device or FIFO is read only up to
 * it); every problem names the file and a JSON pointer.
 */
export async function readSeedFile(file: string, maxBytes: number = MAX_INPUT_BYTES): Promise<unknown> {
  let text: string;
  try {
    const read = await readPathCapped(file, maxBytes);
    if (!read.ok) throw new UsageError(terminalText`--data ${file} ${tooLarge(read, maxBytes)}`);
    text = read.bytes.toString("utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      terminalText`--data ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (code ?? "unreadable")}`,
    );
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new UsageError(terminalText`--data ${file}: ${parsed.message}`);
  return parsed.value;
}

function dataError(file: string, error: MockDataError): UsageError {
  // Pointers and messages quote the seed file's keys and values: terminal-safe, one line each.
  const issues = error.issues.map((issue) => ({
    pointer: terminalSafe(issue.pointer),
    message: terminalSafe(issue.message),
  }));
  const listed = summarizeIssues(issues, {
    limit: MAX_ISSUES_SHOWN,
    separator: "\n  ",
    prefix: terminalText`${file}: `,
  });
  return new UsageError(`${terminalText`--data ${file} is not valid seed data:`}\n  ${listed}`);
}

function describeFaults(rules: readonly FaultRule[], seed: number): string {
  const parts = rules.map((rule) => {
    const retryAfter = effectiveRetryAfter(rule);
    return `${rule.status} ${Math.round(rule.share * 1000) / 10}%${retryAfter === null ? "" : ` (Retry-After ${retryAfter}s)`}`;
  });
  return `faults: ${parts.join(", ")}; seed ${seed} (pass --seed ${seed} to replay)`;
}

function logLine(entry: RequestLogEntry): string {
  return terminalText`${entry.status} ${entry.method} ${entry.path} ${entry.durationMs}ms${entry.fault ? " (injected fault)" : ""}\n`;
}

/** Writes the certificate where a client can read it; the directory goes when the mock stops. */
function writeCertificate(pem: string): { file: string; remove: () => void } {
  const directory = mkdtempSync(path.join(tmpdir(), "apiconnectors-mock-"));
  const file = path.join(directory, "certificate.pem");
  writeFileSync(file, pem);
  return { file, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

/** `until` lets a test stop the command without a signal. */
export async function runMock(argv: string[], io: CommandIO, until: () => Promise<void> = stopSignal): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    io.stdout(`${MOCK_USAGE}\n`);
    return EXIT_OK;
  }
  const given = {
    port: values.port,
    pageSize: values["page-size"],
    maxConnectors: values["max-connectors"],
    seed: values.seed,
  };
  const port = wholeNumber("port", values.port) ?? DEFAULT_PORT;
  const seed = wholeNumber("seed", values.seed);
  const pageSize = wholeNumber("pageSize", values["page-size"]);
  const maxConnectors = wholeNumber("maxConnectors", values["max-connectors"]);
  const version = values["graph-version"];
  const host = values.host ?? "127.0.0.1";
  const data = values.data === undefined ? undefined : await readSeedFile(values.data);
  const publicUrl = values["public-url"];
  if (publicUrl !== undefined) {
    try {
      parsePublicUrl(publicUrl);
    } catch (error) {
      throw new UsageError(`--public-url: ${(error as Error).message.replace(/^publicUrl /, "")}`);
    }
  }

  // Listen for signals before the server starts, so an early SIGTERM still closes it.
  const stopped = until();
  let server: MockServer;
  try {
    server = await startMockServer({
      port,
      host,
      ...(version !== undefined ? { version: version as GraphVersion } : {}),
      ...(data !== undefined ? { data } : {}),
      ...(values.faults !== undefined ? { faults: values.faults } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(pageSize !== undefined ? { pageSize } : {}),
      ...(maxConnectors !== undefined ? { maxConnectors } : {}),
      requireAuthorization: values["require-auth"],
      ...(publicUrl !== undefined ? { publicUrl } : {}),
      trustProxy: values["trust-proxy"],
      tls: values.tls,
      ...(values.quiet ? {} : { onRequest: (entry: RequestLogEntry) => io.stdout(logLine(entry)) }),
      onError: (error) => io.stderr(terminalText`apiconnectors mock: a bug in the mock: ${error.message}\n`),
    });
  } catch (error) {
    if (error instanceof MockOptionError) {
      const text = error.option === "version" ? version : given[error.option];
      throw new UsageError(terminalText`${FLAGS[error.option]} takes ${expectedOf(error.option)}, got "${text}"`);
    }
    if (error instanceof FaultSpecError) throw new UsageError(terminalText`--faults: ${error.message}`);
    if (error instanceof MockDataError) throw dataError(values.data ?? "data", error);
    throw listenError(error, port, host);
  }

  const certificate = server.certificate === undefined ? undefined : writeCertificate(server.certificate);
  // Last, once everything a client needs is in place (the certificate too): a script that waits
  // for the ready file may use the mock as soon as it appears.
  let removeRunFiles: () => void;
  try {
    removeRunFiles = writeRunFiles({ pidFile: values["pid-file"], readyFile: values["ready-file"] }, server.baseUrl);
  } catch (error) {
    certificate?.remove();
    await server.close();
    throw error;
  }
  io.stdout(`apiconnectors mock listening on ${server.baseUrl}\n`);
  if (certificate)
    io.stdout(`tls certificate (PEM, trust it as a CA, e.g. NODE_EXTRA_CA_CERTS): ${certificate.file}\n`);
  if (!isLoopbackHost(host))
    io.stderr(
      terminalText`apiconnectors mock: warning: listening on ${host}, not loopback; anyone who can reach it can use the mock\n`,
    );
  const count = server.connectors().length;
  io.stdout(terminalText`connectors: ${count}${values.data !== undefined ? ` from ${values.data}` : ""}\n`);
  if (server.faults.length) io.stdout(`${describeFaults(server.faults, server.seed)}\n`);
  io.stdout("stop with Ctrl+C (SIGINT) or SIGTERM\n");

  await stopped;
  await server.close();
  removeRunFiles();
  certificate?.remove();
  io.stdout("apiconnectors mock stopped\n");
  return EXIT_OK;
}
