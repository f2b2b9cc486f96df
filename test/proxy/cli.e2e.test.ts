// `apiconnectors proxy` as a user runs it (the CLI built from src/ for this run, in a child
// process) in front of a mock: it prints where it listens, prints findings as they happen,
// and on SIGTERM or SIGINT writes the report and the HAR recording (no secret, no
// Authorization) and exits 1 when it found something, 0 when not; bad flags exit 2.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../../src/mock/index.js";
import { ROOT, type RunningCli, runCli, spawnCli } from "../cli/support/run-cli.js";
import { CONNECTORS, call, startTestMock } from "../mock/support/mock-http.js";

const SECRET = "Proxy-Cli-Secret-1";
const TOKEN = "proxy-cli-token-0c9e7d";
const STACK_LINE = /^\s+at /m;

const goodCreate = {
  displayName: "Through the CLI proxy",
  targetUrl: "https://cli.example/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "u",
    password: SECRET,
  },
};
const badCreate = { ...goodCreate, targetUrl: "http://plain.example/api" };

let work: string;
let mock: MockServer;
let running: RunningCli | undefined;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "apiconnectors-proxy-"));
  mock = await startTestMock();
});
afterEach(() => {
  running?.child.kill("SIGKILL");
  running = undefined;
  mock.reset();
});
afterAll(async () => {
  await mock.close();
  rmSync(work, { recursive: true, force: true });
});

/** Starts the proxy in front of the mock and resolves with its URL once it prints it. */
async function startCliProxy(args: string[]): Promise<{ cli: RunningCli; url: string }> {
  const cli = spawnCli(["proxy", "--upstream", mock.url, "--port", "0", ...args]);
  running = cli;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed within 10 s: ${cli.output.stderr}`)), 10_000);
    const look = () => {
      const match = /^apiconnectors proxy listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(cli.output.stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    cli.child.stdout.on("data", look);
    void cli.finished.then((result) =>
      reject(new Error(`the proxy exited early with ${result.code}: ${result.stderr}`)),
    );
  });
  return { cli, url };
}

const withToken = { authorization: `Bearer ${TOKEN}` };

describe("apiconnectors proxy (built CLI)", () => {
  it("reports a bad create as it happens, and on SIGTERM writes the JSON report and a HAR without secrets; exit 1", async () => {
    const report = path.join(work, "report.json");
    const har = path.join(work, "run.har");
    const { cli, url } = await startCliProxy(["--record", har, "--report", report, "--format", "json"]);
    const good = await call({ url }, "POST", CONNECTORS, { body: goodCreate, headers: withToken });
    expect(good.status).toBe(201);
    const bad = await call({ url }, "POST", CONNECTORS, { body: badCreate, headers: withToken, unchecked: true });
    expect(bad.status).toBe(400); // the mock's answer: forwarded
    await expect.poll(() => cli.output.stdout).toMatch(/error \/targetUrl: /); // printed before the proxy stops
    cli.child.kill("SIGTERM");
    const result = await cli.finished;
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^FAIL \S+run\.har entries\[1\] POST http:\/\/127\.0\.0\.1:\d+\/v1\.0\/identity\/apiConnectors/m,
    );
    expect(result.stdout).toMatch(/3 passed, 1 failed\napiconnectors proxy stopped: 2 exchanges\n$/);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
    expect(result.stdout).not.toContain(SECRET);

    const json = JSON.parse(readFileSync(report, "utf8"));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.validate(JSON.parse(readFileSync(path.join(ROOT, "docs/cli-report.schema.json"), "utf8")), json);
    expect(ajv.errors ?? []).toEqual([]); // the documented shape
    expect(json).toMatchObject({ version: 1, command: "proxy", summary: { passed: 3, failed: 1 } });
    expect(json.results[2]).toMatchObject({
      entry: 1,
      operation: "createIdentityApiConnector",
      direction: "request",
      valid: false,
      issues: [expect.objectContaining({ pointer: "/targetUrl", severity: "error" })],
    });

    const recorded = readFileSync(har, "utf8");
    expect(recorded).not.toContain(SECRET);
    expect(recorded).not.toContain(TOKEN);
    const log = JSON.parse(recorded).log;
    // HAR 1.2's required members; then `validate` reads the recording back (below).
    expect(log).toMatchObject({
      version: "1.2",
      creator: { name: "apiconnectors proxy", version: expect.any(String) },
    });
    for (const entry of log.entries)
      expect(entry).toMatchObject({
        startedDateTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        time: expect.any(Number),
        request: {
          method: "POST",
          url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/identity\/apiConnectors$/),
          httpVersion: "HTTP/1.1",
          cookies: [],
          headers: expect.any(Array),
          queryString: [],
          postData: { mimeType: "application/json", text: expect.any(String) },
          headersSize: -1,
          bodySize: expect.any(Number),
        },
        response: {
          statusText: expect.any(String),
          httpVersion: "HTTP/1.1",
          cookies: [],
          headers: expect.any(Array),
          content: {
            size: expect.any(Number),
            mimeType: expect.stringContaining("application/json"),
            text: expect.any(String),
          },
          redirectURL: "",
          headersSize: -1,
          bodySize: expect.any(Number),
        },
        cache: {},
        timings: { send: expect.any(Number), wait: expect.any(Number), receive: expect.any(Number) },
      });
    const entries = log.entries;
    expect(entries.map((entry: { response: { status: number } }) => entry.response.status)).toEqual([201, 400]);
    for (const entry of entries) {
      const authorization = entry.request.headers.find(
        (h: { name: string }) => h.name.toLowerCase() === "authorization",
      );
      expect(authorization.value).toBe("[REDACTED]");
    }

    // The recording, read back by `apiconnectors validate FILE.har`, gives the proxy's verdicts.
    const replay = await runCli(["validate", har, "--format", "json"]);
    expect(replay.code).toBe(1);
    const verdicts = (results: { entry: number; direction: string; valid: boolean; issues: { pointer: string }[] }[]) =>
      results.map((r) => [r.entry, r.direction, r.valid, r.issues.map((issue) => issue.pointer)]);
    const replayed = verdicts(JSON.parse(replay.stdout).results);
    expect(verdicts(json.results)).toEqual(replayed); // one converter: the same results live and read back
    expect(replayed).toEqual([
      [0, "request", true, []],
      [0, "response", true, []],
      [1, "request", false, ["/targetUrl"]],
      [1, "response", true, []],
    ]);
  });

  it("with --enforce refuses the bad create (the mock never sees it); on SIGINT exits 1 with a JUnit report", async () => {
    const report = path.join(work, "report.xml");
    const { cli, url } = await startCliProxy(["--enforce", "--report", report, "--format", "junit"]);
    const refused = await call({ url }, "POST", CONNECTORS, { body: badCreate, unchecked: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("refused by the apiconnectors proxy");
    expect(mock.connectors()).toEqual([]);
    cli.child.kill("SIGINT");
    const result = await cli.finished;
    expect(result.code).toBe(1);
    expect(readFileSync(report, "utf8")).toMatch(/<testsuites name="apiconnectors proxy" tests="1" failures="1"/);
  });

  it("writes --pid-file and --ready-file once listening, and removes them when it stops", async () => {
    const pidFile = path.join(work, "proxy.pid");
    const readyFile = path.join(work, "proxy.url");
    const { cli, url } = await startCliProxy(["--pid-file", pidFile, "--ready-file", readyFile]);
    expect(readFileSync(pidFile, "utf8")).toBe(`${cli.child.pid}\n`);
    expect(readFileSync(readyFile, "utf8")).toBe(`${url}\n`);
    cli.child.kill("SIGTERM");
    expect((await cli.finished).code).toBe(0);
    expect(existsSync(pidFile)).toBe(false);
    expect(existsSync(readyFile)).toBe(false);
  });

  it("exits 0 when every exchange conforms", async () => {
    const { cli, url } = await startCliProxy(["--verbose"]);
    expect((await call({ url }, "GET", CONNECTORS)).status).toBe(200);
    cli.child.kill("SIGTERM");
    const result = await cli.finished;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok {3}proxy entries\[0\] GET /m);
  });

  it.each([
    [[], /--upstream is required/],
    [["--upstream", "ftp://x"], /--upstream: must use http or https, got ftp/],
    [["--upstream", "http://127.0.0.1:1", "--port", "x"], /--port takes a whole number from 0 to 65535, got "x"/],
    [["--upstream", "http://127.0.0.1:1", "--graph-version", "v2"], /--graph-version takes v1\.0 or beta, got "v2"/],
    [
      ["--upstream", "http://127.0.0.1:1", "--port", "0", "--record", "/nonexistent-dir/x.har"],
      /--record \/nonexistent-dir\/x\.har: cannot write it \(ENOENT\)/,
    ],
  ])("exits 2 on bad flags %j", async (args, message) => {
    const result = await runCli(["proxy", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("prints its help", async () => {
    const result = await runCli(["proxy", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: apiconnectors proxy --upstream URL/);
  });
});
