// apiconnectors proxy --upstream URL [--port N] [--host H] [--enforce] [--record FILE.har] [--report FILE --format F]
// Runs the validating proxy until SIGINT or SIGTERM: findings are printed as they happen; on
// the signal it lets open exchanges end, writes the report and the recording, and exits 0 when
// nothing was found, 1 otherwise (validate's exit codes: warnings do not fail).
import { isLoopbackHost } from "../client/loopback.js";
import { type ExchangeReport, ProxyOptionError, startProxy, type ValidatingProxy } from "../proxy/index.js";
import { GRAPH_VERSIONS, type GraphVersion, isGraphVersion, withoutUserInfo } from "../validate/index.js";
import { parseCommandArgs } from "./args.js";
import { type TrafficEntry, trafficResults } from "./check/traffic-results.js";
import type { ProcessIO } from "./io.js";
import { terminalText } from "./report/terminal-text.js";
import { writeRunFiles } from "./run-files.js";
import { listenError, stopSignal } from "./server-lifecycle.js";
import { EXIT_OK, UsageError } from "./usage-error.js";
import { formatOption, openReport, REPORT_FLAGS, reportOptions } from "./write-report.js";

export const PROXY_USAGE = `Usage: apiconnectors proxy --upstream URL [--port N] [--host H] [--enforce] [--record FILE.har] [--report FILE --format FORMAT]

Forwards every request to the upstream (Graph, or the mock) and checks each exchange against the
contract as it passes: request query, headers and body, response status and body, and the rules
across exchanges. Findings are printed as they happen. Stop it with Ctrl+C (SIGINT) or SIGTERM:
it then writes the report and the recording and exits.

  --upstream URL       where requests go: https://graph.microsoft.com, or a mock (http://127.0.0.1:4010)
  --port N             port to listen on (default 4020; 0 picks a free one)
  --host H             address to bind (default 127.0.0.1)
  --enforce            answer a request that does not conform with a 400 OData error listing its issues,
                       without forwarding it
  --record FILE        write a HAR 1.2 recording of every exchange on exit (Authorization, cookies and
                       secret body members redacted)
  --report FILE        write the report to FILE in --format; stdout then shows the text report as it goes
  --format, -f FORMAT  text (default), json, github, junit or sarif
  --graph-version V    v1.0 or beta: only paths of that version are the contract's (default: both)
  --pid-file FILE      once listening, write this process's PID to FILE (removed when it stops)
  --ready-file FILE    once listening, write the URL to FILE (removed when it stops)
  --verbose            list the exchanges that pass too
  --quiet              report errors only, not warnings
  --max-problems N     report at most N findings (the exit code still counts them all)
  --no-color, --color  colours off or on
  --help, -h           this help

An https upstream with a self-signed certificate (apiconnectors mock --tls) is trusted through
NODE_EXTRA_CA_CERTS=<its PEM file>. An upstream that cannot be reached is answered 502.
The first line printed is "apiconnectors proxy listening on <URL>"; point a client at <URL>/v1.0.
Exit codes: 0 no finding, 1 at least one, 2 the command could not run as asked. See docs/traffic.md.`;

const DEFAULT_PORT = 4020;

function parse(argv: readonly string[]) {
  const { output: _output, ...reportFlags } = REPORT_FLAGS;
  return parseCommandArgs(
    "proxy",
    argv,
    {
      upstream: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      enforce: { type: "boolean", default: false },
      record: { type: "string" },
      report: { type: "string" },
      "graph-version": { type: "string" },
      "pid-file": { type: "string" },
      "ready-file": { type: "string" },
      ...reportFlags,
      help: { type: "boolean", short: "h", default: false },
    },
    false,
  ).values;
}

function portOption(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535)
    throw new UsageError(terminalText`--port takes a whole number from 0 to 65535, got "${text}"`);
  return Number(text);
}

function versionOption(text: string | undefined): GraphVersion | undefined {
  if (text === undefined || isGraphVersion(text)) return text;
  throw new UsageError(terminalText`--graph-version takes ${GRAPH_VERSIONS.join(" or ")}, got "${text}"`);
}

function recordError(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UsageError(terminalText`--record ${file}: cannot write it (${code ?? (error as Error).message})`);
}

/** An exchange as an entry of the recording `file`. */
function entryOf(file: string, exchange: ExchangeReport): TrafficEntry {
  return {
    file,
    index: exchange.index,
    method: exchange.method,
    url: exchange.url,
    ...(exchange.operationId !== undefined ? { operationId: exchange.operationId } : {}),
    ...(exchange.skipped !== undefined ? { skipped: exchange.skipped } : {}),
    ...(exchange.responseChecked ? { responseStatus: exchange.status } : {}),
  };
}

export async function runProxy(
  argv: string[],
  io: ProcessIO,
  until: () => Promise<void> = stopSignal,
): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    io.stdout(`${PROXY_USAGE}\n`);
    return EXIT_OK;
  }
  if (values.upstream === undefined)
    throw new UsageError('--upstream is required: the URL to forward requests to, e.g. "https://graph.microsoft.com"');
  const format = formatOption(values.format);
  const port = portOption(values.port);
  const host = values.host ?? "127.0.0.1";
  const graphVersion = versionOption(values["graph-version"]);
  const options = reportOptions(values);
  // stdout carries the text report (live) unless a machine format is written there.
  const status = format === "text" || values.report !== undefined ? io.stdout : io.stderr;
  const recording = values.record ?? "proxy";

  // Listen for signals before the server starts, so an early SIGTERM still closes it.
  const stopped = until();
  const report = await openReport({ command: "proxy" }, format, io, {
    ...options,
    ...(values.report !== undefined ? { output: values.report } : {}),
    live: true,
  });
  const onExchange = (exchange: ExchangeReport) => {
    for (const result of trafficResults(entryOf(recording, exchange), exchange.findings)) report.add(result);
  };
  let proxy: ValidatingProxy;
  try {
    proxy = await startProxy({
      upstream: values.upstream,
      port,
      host,
      enforce: values.enforce,
      ...(values.record !== undefined ? { record: values.record } : {}),
      ...(graphVersion !== undefined ? { graphVersion } : {}),
      onExchange,
    });
  } catch (error) {
    if (error instanceof ProxyOptionError)
      throw new UsageError(terminalText`--upstream: ${error.message.replace(/^upstream /, "")}`);
    if ((error as NodeJS.ErrnoException).syscall === "open") throw recordError(values.record ?? "", error);
    throw listenError(error, port, host);
  }

  let removeRunFiles: () => void;
  try {
    removeRunFiles = writeRunFiles({ pidFile: values["pid-file"], readyFile: values["ready-file"] }, proxy.url);
  } catch (error) {
    await proxy.close();
    throw error;
  }
  status(`apiconnectors proxy listening on ${proxy.url}\n`);
  status(
    terminalText`forwarding to ${withoutUserInfo(values.upstream)}${values.enforce ? " (enforce: non-conforming requests are answered 400, not forwarded)" : ""}\n`,
  );
  if (values.record !== undefined) status(terminalText`recording to ${values.record} (written on exit)\n`);
  if (!isLoopbackHost(host))
    io.stderr(
      terminalText`apiconnectors proxy: warning: listening on ${host}, not loopback; anyone who can reach it can send requests through it\n`,
    );
  status("stop with Ctrl+C (SIGINT) or SIGTERM\n");

  await stopped;
  try {
    await proxy.close();
  } catch (error) {
    throw recordError(values.record ?? "", error);
  } finally {
    removeRunFiles();
  }
  const code = report.finish();
  status(`apiconnectors proxy stopped: ${proxy.har().log.entries.length} exchanges\n`);
  return code;
}
