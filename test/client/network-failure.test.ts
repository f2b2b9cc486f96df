// Which fetch rejections are network failures, and which of those provably never reached the
// server (only those make a POST safe to retry: anything else may have created a connector).
import { describe, expect, it } from "vitest";
import { readNetworkFailure } from "../../src/client/network-failure.js";

const withCode = (code: string, message = `connect ${code}`) => Object.assign(new Error(message), { code });
const fetchFailed = (cause?: unknown) => new TypeError("fetch failed", cause === undefined ? {} : { cause });

describe("readNetworkFailure", () => {
  it("counts a browser-style TypeError with no code as possibly sent (a create is not retried into a duplicate)", () => {
    expect(readNetworkFailure(new TypeError("Failed to fetch"))).toEqual({ sent: true, message: "Failed to fetch" });
  });
  it("knows a refused connection was never sent, naming the innermost message and its code", () => {
    expect(readNetworkFailure(fetchFailed(withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:1")))).toEqual({
      sent: false,
      message: "connect ECONNREFUSED 127.0.0.1:1",
    });
  });
  it("adds the code when the message does not hold it", () => {
    expect(readNetworkFailure(fetchFailed(withCode("ENOTFOUND", "getaddrinfo failed")))).toEqual({
      sent: false,
      message: "getaddrinfo failed (ENOTFOUND)",
    });
  });
  it.each([
    "ECONNREFUSED",
    "ENOTFOUND",
    "EAI_AGAIN", // DNS lookup failed for now
    "ENETUNREACH",
    "EHOSTUNREACH",
    "EADDRNOTAVAIL",
    "UND_ERR_CONNECT_TIMEOUT", // undici gave up connecting
  ])("counts %s (before connecting) as never sent", (code) => {
    expect(readNetworkFailure(fetchFailed(withCode(code)))?.sent).toBe(false);
  });
  it.each(["ECONNRESET", "UND_ERR_SOCKET", "EPIPE"])("counts %s (after connecting) as possibly sent", (code) => {
    expect(readNetworkFailure(fetchFailed(withCode(code)))?.sent).toBe(true);
  });
  it("needs every attempt of happy eyeballs to have failed before connecting", () => {
    const refused = new AggregateError([withCode("ECONNREFUSED"), withCode("ENETUNREACH")], "all failed");
    expect(readNetworkFailure(fetchFailed(refused))?.sent).toBe(false);
    const mixed = new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNRESET")], "all failed");
    expect(readNetworkFailure(fetchFailed(mixed))?.sent).toBe(true);
  });
  it("reads a code under several wrappers (cause, AggregateError, cause)", () => {
    const wrapped = (inner: Error) => new Error("wrapped", { cause: inner });
    const deep = fetchFailed(wrapped(new AggregateError([wrapped(withCode("ECONNREFUSED"))], "all failed")));
    expect(readNetworkFailure(deep)).toEqual({ sent: false, message: "all failed (ECONNREFUSED)" });
  });
  it("falls back to the outer message when the innermost cause has none, keeping its code", () => {
    expect(readNetworkFailure(fetchFailed(withCode("ECONNRESET", "")))).toEqual({
      sent: true,
      message: "fetch failed (ECONNRESET)",
    });
  });
  it("reads a null cause as no code (possibly sent)", () => {
    expect(readNetworkFailure(new TypeError("fetch failed", { cause: null }))).toEqual({
      sent: true,
      message: "fetch failed",
    });
  });
  it("ends on a cause chain that loops back on itself", () => {
    const looped = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    looped.cause = looped;
    expect(readNetworkFailure(fetchFailed(looped))).toEqual({ sent: false, message: "connect ECONNREFUSED" });
  });
  it("ends on a cause that points back at the outer error, naming the cause", () => {
    const outer = new TypeError("fetch failed");
    outer.cause = Object.assign(new Error("connect ECONNREFUSED", { cause: outer }), { code: "ECONNREFUSED" });
    expect(readNetworkFailure(outer)).toEqual({ sent: false, message: "connect ECONNREFUSED" });
  });
  it("ends on an AggregateError that lists itself", () => {
    const looped = new AggregateError([withCode("ECONNREFUSED")], "all failed");
    looped.errors.push(looped);
    expect(readNetworkFailure(fetchFailed(looped))?.sent).toBe(false);
  });
  it("is not a network failure unless fetch rejected with a TypeError (a bug to surface)", () => {
    expect(readNetworkFailure(new Error("boom"))).toBeUndefined();
    expect(readNetworkFailure("text")).toBeUndefined();
  });
});
