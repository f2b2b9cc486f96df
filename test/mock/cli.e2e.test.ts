// `apiconnectors mock` as a user runs it: the CLI (built from src/ for this run) in a child process. It prints the URL
// it listens on, serves requests, and stops cleanly on SIGTERM and SIGINT; bad options and bad
// seed data end with exit 2 and a message naming the flag, file and pointer, never a stack.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/repo.js";
import { CLI_MAIN } from "../support/source-build.js";
import { trustingFetch } from "../support/trusting-fetch.js";
import { CONNECTORS, call } from "./support/mock-http.js";

const main = CLI_MAIN;
const STACK_LINE = /^\s+at /m;

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function spawnCli(args: string[]): {
  child: ChildProcessWithoutNullStreams;
  output: { stdout: string; stderr: string };
  finished: Promise<Finished>;
} {
  const child = spawn(process.execPath, [main, ...args], { cwd: repoRoot, stdio: "pipe" });
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => (output.stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output.stderr += chunk.toString("utf8")));
  const finished = new Promise<Finished>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, ...output })),
  );
  return { child, output, finished };
}

/** Runs a command that should end by itself, and kills it after 10 s if it does not. */
async function runCli(args: string[]): Promise<Finished> {
  const { child, finished } = spawnCli(args);
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  try {
    return await finished;
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the mock and resolves with its base URL once it prints it. */
async function startCli(args: string[]) {
  const started = spawnCli(["mock", "--port", "0", ...args]);
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(`no URL printed within 10 s; stdout: ${started.output.stdout} stderr: ${started.output.stderr}`),
        ),
      10_000,
    );
    const look = () => {
      const match = /^apiconnectors mock listening on (https?:\/\/127\.0\.0\.1:\d+\/v1\.0)$/m.exec(
        started.output.stdout,
      );
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    started.child.stdout.on("data", look);
    void started.finished.then((result) =>
      reject(new Error(`the mock exited early with ${String(result.code)}: ${result.stderr}`)),
    );
  });
  return { ...started, baseUrl, origin: new URL(baseUrl).origin };
}

describe("apiconnectors mock (built CLI)", () => {
  let work: string;
  beforeAll(() => {
    if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build" first (npm test does)`);
    work = mkdtempSync(path.join(tmpdir(), "apiconnectors-mock-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(["SIGTERM", "SIGINT"] as const)("serves requests and exits 0 on %s", async (signal) => {
    const mock = await startCli(["--seed", "1"]);
    const created = await call({ url: mock.origin }, "POST", CONNECTORS, {
      body: {
        displayName: "CLI",
        targetUrl: "https://cli.example/api",
        authenticationConfiguration: {
          "@odata.type": "#microsoft.graph.basicAuthentication",
          username: "u",
          password: "Cli-Secret-1",
        },
      },
    });
    expect(created.status).toBe(201);
    const listed = await call({ url: mock.origin }, "GET", CONNECTORS);
    expect(listed.body.value).toHaveLength(1);
    mock.child.kill(signal);
    const result = await mock.finished;
    expect(result).toMatchObject({ code: 0, signal: null, stderr: "" });
    expect(result.stdout).toMatch(/^201 POST \/v1\.0\/identity\/apiConnectors [\d.]+ms$/m);
    expect(result.stdout).toMatch(/apiconnectors mock stopped\n$/);
    expect(result.stdout).not.toContain("Cli-Secret-1");
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it("starts with the connectors of --data and reports its faults and seed", async () => {
    const file = path.join(work, "seed.json");
    writeFileSync(
      file,
      JSON.stringify({ value: [{ id: "seeded-1", displayName: "Seeded", targetUrl: "https://seed.example" }] }),
    );
    const mock = await startCli(["--data", file, "--faults", "503:0%", "--seed", "5", "--quiet"]);
    expect((await call({ url: mock.origin }, "GET", `${CONNECTORS}/seeded-1`)).body.displayName).toBe("Seeded");
    mock.child.kill("SIGTERM");
    const result = await mock.finished;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`connectors: 1 from ${file}`);
    expect(result.stdout).toContain("faults: 503 0% (Retry-After 1s); seed 5");
    expect(result.stdout).not.toMatch(/GET \/v1\.0/); // --quiet
  });

  it.each([
    [
      "a seed file that breaks the contract",
      () => [
        "--data",
        seedFile(
          '[{"id": "a", "targetUrl": "http://plain.example"}, {"displayName": "no id", "authenticationConfiguration": {"@odata.type": "#microsoft.graph.basicAuthentication", "password": "File-Secret-1"}}]',
        ),
      ],
      /seed\.json is not valid seed data:\n {2}.*seed\.json: \/0\/targetUrl: must be an https:\/\/ URL.*\n {2}.*seed\.json: \/1\/id: required property "id" is missing/,
    ],
    [
      "a seed file that is not JSON",
      () => ["--data", seedFile('{"value": [\n  {"id": "a",}\n]}')],
      /seed\.json: not valid JSON at line 2, column 14/,
    ],
    ["a missing seed file", () => ["--data", path.join(work, "missing.json")], /missing\.json: no such file/],
    [
      "a fault spec it cannot use",
      () => ["--faults", "404:0.5"],
      /--faults: fault "404:0.5": the status must be one of 429, 500, 503, 504/,
    ],
    [
      "a port that is not a number",
      () => ["--port", "eighty"],
      /--port takes a whole number from 0 to 65535, got "eighty"/,
    ],
    ["a port too large", () => ["--port", "70000"], /--port takes a whole number from 0 to 65535, got "70000"/],
    ["a page size of 0", () => ["--page-size", "0"], /--page-size takes a whole number from 1 to 999, got "0"/],
    [
      "a page size past 999",
      () => ["--page-size", "1000"],
      /--page-size takes a whole number from 1 to 999, got "1000"/,
    ],
    [
      "a connector limit that is not a number",
      () => ["--max-connectors", "lots"],
      /--max-connectors takes a whole number from 0 to 1000000, got "lots"/,
    ],
    [
      "a connector limit past 1000000",
      () => ["--max-connectors", "1000001"],
      /--max-connectors takes a whole number from 0 to 1000000, got "1000001"/,
    ],
    [
      "a seed file with more connectors than --max-connectors",
      () => ["--max-connectors", "1", "--data", seedFile('[{"id": "a"}, {"id": "b"}]')],
      /seed\.json: \(root\): holds 2 connectors, more than the mock's limit of 1 \(raise it with maxConnectors, --max-connectors N\)/,
    ],
    ["an unknown option", () => ["--verbose"], /unknown flag --verbose; run "apiconnectors mock --help"/],
    ["an unknown Graph version", () => ["--graph-version", "v2.0"], /--graph-version takes v1\.0 or beta/],
    [
      "a public URL that is not http(s)",
      () => ["--public-url", "ftp://mock.example"],
      /--public-url: must be an http:\/\/ or https:\/\/ URL, got "ftp:\/\/mock\.example"/,
    ],
  ])("exits 2 for %s", async (_name, args, message) => {
    const result = await runCli(["mock", ...args()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toContain("File-Secret-1");
    expect(result.stdout).not.toContain("listening");
  });

  function seedFile(content: string): string {
    const file = path.join(work, "seed.json");
    writeFileSync(file, content);
    return file;
  }

  it("exits 2 when the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const result = await runCli(["mock", "--port", String(port)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `apiconnectors: port ${port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one)\n`,
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("serves https with --tls, prints the certificate's PEM file and removes it on exit", async () => {
    const mock = await startCli(["--tls", "--quiet"]);
    expect(mock.baseUrl).toMatch(/^https:/);
    for (let waited = 0; !mock.output.stdout.includes("tls certificate") && waited < 5000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const file = /^tls certificate \(PEM, trust it as a CA, e\.g\. NODE_EXTRA_CA_CERTS\): (.+)$/m.exec(
      mock.output.stdout,
    )?.[1];
    expect(file).toBeDefined();
    const pem = readFileSync(file ?? "", "utf8");
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    const trusting = trustingFetch(pem);
    try {
      const page = await call({ url: mock.origin }, "GET", `${CONNECTORS}?$top=1`, { fetch: trusting.fetch });
      expect(page.status).toBe(200);
    } finally {
      await trusting.close();
    }
    mock.child.kill("SIGTERM");
    expect((await mock.finished).code).toBe(0);
    expect(existsSync(file ?? "")).toBe(false);
  });

  it("writes --public-url into links, and honours X-Forwarded-* only with --trust-proxy", async () => {
    const seeded = seedFile(
      JSON.stringify(["a", "b"].map((name) => ({ id: name, displayName: name, targetUrl: "https://x.example" }))),
    );
    const publicMock = await startCli(["--data", seeded, "--public-url", "https://mock.example/graph", "--quiet"]);
    const proxied = await startCli(["--data", seeded, "--trust-proxy", "--quiet"]);
    try {
      const page = await call({ url: publicMock.origin }, "GET", `${CONNECTORS}?$top=1`);
      expect(page.body["@odata.nextLink"]).toMatch(/^https:\/\/mock\.example\/graph\/v1\.0\/identity\/apiConnectors\?/);
      const forwarded = await call({ url: proxied.origin }, "GET", `${CONNECTORS}?$top=1`, {
        headers: { "x-forwarded-proto": "https", "x-forwarded-host": "proxy.example" },
      });
      expect(forwarded.body["@odata.nextLink"]).toMatch(/^https:\/\/proxy\.example\/v1\.0\//);
    } finally {
      publicMock.child.kill("SIGTERM");
      proxied.child.kill("SIGTERM");
      await Promise.all([publicMock.finished, proxied.finished]);
    }
  });

  it("prints its options with --help and exits 0", async () => {
    const result = await runCli(["mock", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: apiconnectors mock/);
    expect(result.stdout).toContain("--faults SPEC");
  });
});
