// `apiconnectors mock --pid-file F --ready-file F` (issue 11, item 3): a CI script starts the
// mock in the background and stops it by its own PID, not by that of npm exec or of a shell
// wrapper, which would leave the server listening. The shell snippet of docs/mock.md is run
// as written, with bash, on loopback, and the mock is proved gone after it.
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/repo.js";
import { CLI_MAIN } from "../support/source-build.js";

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `command` and collects its output; a run that does not end in 30 s is killed. */
function start(command: string, args: string[], cwd: string): { child: ChildProcess; finished: Promise<Finished> } {
  const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const finished = new Promise<Finished>((resolve) =>
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
  return { child, finished };
}

async function until(ready: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} did not happen within 15 s`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether something accepts connections at the URL's host and port. */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "apiconnectors-run-files-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("mock --pid-file and --ready-file", () => {
  it("writes its own PID and the base URL once it listens, and removes both when it stops", async () => {
    const dir = mkdtempSync(path.join(work, "direct-"));
    const mock = start(
      process.execPath,
      [CLI_MAIN, "mock", "--port", "0", "--quiet", "--pid-file", "mock.pid", "--ready-file", "mock.url"],
      dir,
    );
    const ready = path.join(dir, "mock.url");
    await until(() => existsSync(ready), "the ready file");
    const baseUrl = readFileSync(ready, "utf8");
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\n$/);
    expect(readFileSync(path.join(dir, "mock.pid"), "utf8")).toBe(`${mock.child.pid}\n`);
    const listed = await fetch(`${baseUrl.trim()}/identity/apiConnectors`);
    expect(listed.status).toBe(200);
    mock.child.kill("SIGTERM");
    const result = await mock.finished;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`apiconnectors mock listening on ${baseUrl}`);
    expect(existsSync(ready)).toBe(false);
    expect(existsSync(path.join(dir, "mock.pid"))).toBe(false);
    expect(await listening(baseUrl.trim())).toBe(false);
  });

  it("started through a shell wrapper, it is stopped by the PID of its pid file, not the wrapper's", async () => {
    const dir = mkdtempSync(path.join(work, "wrapped-"));
    // `sh -c "node …; echo …"` stays the parent (the command is not its last), as npm exec does.
    const wrapper = start(
      "sh",
      [
        "-c",
        `"${process.execPath}" "${CLI_MAIN}" mock --port 0 --quiet --pid-file mock.pid --ready-file mock.url; echo "mock exited $?"`,
      ],
      dir,
    );
    await until(() => existsSync(path.join(dir, "mock.url")), "the ready file");
    const pid = Number(readFileSync(path.join(dir, "mock.pid"), "utf8"));
    const baseUrl = readFileSync(path.join(dir, "mock.url"), "utf8").trim();
    expect(pid).not.toBe(wrapper.child.pid);
    process.kill(pid, "SIGTERM");
    const result = await wrapper.finished;
    expect(result.stdout).toContain("apiconnectors mock stopped\nmock exited 0\n");
    expect(alive(pid)).toBe(false);
    expect(await listening(baseUrl)).toBe(false);
  });

  it("a ready file that cannot be written is a usage error, and the server does not stay up", async () => {
    const dir = mkdtempSync(path.join(work, "unwritable-"));
    const mock = start(
      process.execPath,
      [CLI_MAIN, "mock", "--port", "0", "--pid-file", "mock.pid", "--ready-file", "no/such/dir/mock.url"],
      dir,
    );
    const result = await mock.finished;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^apiconnectors: cannot write no\/such\/dir\/mock\.url: ENOENT\n$/);
    expect(result.stdout).not.toContain("listening on");
    expect(existsSync(path.join(dir, "mock.pid"))).toBe(false); // written first, removed again
  });
});

describe("the docs/mock.md recipe, run as written", () => {
  const mockPage = readFileSync(path.join(repoRoot, "docs/mock.md"), "utf8");
  const snippet = [...mockPage.matchAll(/^```sh\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1] ?? "")
    .find((block) => block.includes("--pid-file"));

  it("is on the page, starts the mock through npm exec and stops it by its pid file", () => {
    expect(snippet).toContain("npm exec --no -- apiconnectors mock --port 0");
    expect(snippet).toContain('kill -TERM "$(cat mock.pid)"');
  });

  it("gets the list from the mock, then leaves no mock running and no file behind", async () => {
    // A project with apiconnectors installed: node_modules/.bin/apiconnectors runs this run's build.
    const project = mkdtempSync(path.join(work, "project-"));
    writeFileSync(path.join(project, "package.json"), '{ "name": "user-project", "private": true }\n');
    mkdirSync(path.join(project, "node_modules", ".bin"), { recursive: true });
    const bin = path.join(project, "node_modules", ".bin", "apiconnectors");
    writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${CLI_MAIN}" "$@"\n`);
    chmodSync(bin, 0o755);
    writeFileSync(path.join(project, "recipe.sh"), snippet ?? "exit 99");
    // -x traces each command as run, after expansion: the URL and the PID the recipe used.
    const run = await start("bash", ["-e", "-x", "recipe.sh"], project).finished;
    expect(run.code, run.stderr).toBe(0);
    // curl's answer (no newline after it), among the lines the mock prints to the same log.
    expect(run.stdout).toMatch(/^\{"@odata\.context":"[^"]+","value":\[\]\}/m);
    expect(run.stdout).toContain("apiconnectors mock stopped\n");
    const baseUrl = /^\+ BASE_URL=(http:\/\/127\.0\.0\.1:\d+\/v1\.0)$/m.exec(run.stderr)?.[1];
    const pid = Number(/^\+ kill -TERM (\d+)$/m.exec(run.stderr)?.[1]);
    expect(baseUrl).toBeDefined();
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid)).toBe(false);
    expect(await listening(baseUrl ?? "")).toBe(false);
    expect(existsSync(path.join(project, "mock.pid"))).toBe(false);
    expect(existsSync(path.join(project, "mock.url"))).toBe(false);
  });
});
