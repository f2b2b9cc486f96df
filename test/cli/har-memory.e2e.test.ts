// A HAR is read as a stream, one entry at a time (@streamparser/json), and each entry's results
// are reported and dropped: the CLI's memory does not grow with the recording's length. Proved
// with a heap the file cannot fit in: a 30,000-entry HAR (about 90 MB) validates with V8's old
// space capped at 32 MB, and the control shows that cap is real (reading the same file whole,
// as one string, dies there). A peak-RSS ratio, as the NDJSON test uses, measures V8's lazy
// collection here more than what is kept; the heap cap measures what is kept.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "apiconnectors-har-memory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GRAPH = "https://graph.microsoft.com/v1.0/identity/apiConnectors";
// About 1 kB of padding per body, in a member the contract allows (displayName, ≤ 256
// characters, is too short: the targetUrl path carries it).
const PADDING = "p".repeat(900);

/** One conforming create and its answer; each entry's body differs, as a real recording's do. */
function entry(index: number): string {
  const body = {
    displayName: `Connector ${index}`,
    targetUrl: `https://someapi.com/${PADDING}/${index}`,
    authenticationConfiguration: {
      "@odata.type": "#microsoft.graph.basicAuthentication",
      username: "user",
      password: "not-a-fixture-secret",
    },
  };
  const created = {
    id: `id-${index}`,
    displayName: body.displayName,
    targetUrl: body.targetUrl,
    authenticationConfiguration: {
      "@odata.type": "#microsoft.graph.basicAuthentication",
      username: "user",
      password: "******",
    },
  };
  const json = [{ name: "Content-Type", value: "application/json" }];
  return JSON.stringify({
    startedDateTime: new Date(Date.UTC(2026, 0, 1) + index * 10).toISOString(),
    time: 5,
    request: {
      method: "POST",
      url: GRAPH,
      headers: json,
      postData: { mimeType: "application/json", text: JSON.stringify(body) },
    },
    response: {
      status: 201,
      headers: json,
      content: {
        mimeType: "application/json",
        encoding: "base64",
        text: Buffer.from(JSON.stringify(created)).toString("base64"),
      },
    },
  });
}

function har(name: string, entries: number): string {
  const file = path.join(dir, name);
  const fd = openSync(file, "w");
  writeSync(fd, '{"log":{"version":"1.2","creator":{"name":"test","version":"1"},"entries":[\n');
  for (let start = 0; start < entries; start += 1000) {
    const block: string[] = [];
    for (let index = start; index < Math.min(entries, start + 1000); index++) block.push(entry(index));
    writeSync(fd, `${start === 0 ? "" : ",\n"}${block.join(",\n")}`);
  }
  writeSync(fd, "\n]}}\n");
  closeSync(fd);
  return file;
}

const HEAP_CAP = "--max-old-space-size=32";

describe("validate on a long HAR file", () => {
  it("validates 30,000 entries (about 90 MB) in a 32 MB heap that cannot hold the file", {
    timeout: 300_000,
  }, async () => {
    const file = har("large.har", 30_000);
    const control = spawnSync(
      process.execPath,
      [HEAP_CAP, "-e", `JSON.parse(require("node:fs").readFileSync(${JSON.stringify(file)}, "utf8"))`],
      {
        encoding: "utf8",
      },
    );
    expect(control.status).not.toBe(0);
    expect(control.stderr).toMatch(/heap out of memory|Invalid string length/i);
    const run = await runCli(["validate", file], { env: { NODE_OPTIONS: HEAP_CAP } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("60000 passed, 0 failed\n");
  });
});
