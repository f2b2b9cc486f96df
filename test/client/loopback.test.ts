// One loopback rule for the client (plain http allowed) and `apiconnectors mock` (no warning).
import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "../../src/client/loopback.js";

describe("isLoopbackHost", () => {
  it.each(["localhost", "LOCALHOST", "127.0.0.1", "127.0.0.2", "127.255.255.255", "::1", "[::1]"])("%s is", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each([
    "0.0.0.0",
    "::",
    "128.0.0.1",
    "127.0.0.256",
    "127.0.0",
    "127.0.0.1.example",
    "x127.0.0.1",
    "localhost.example",
    "192.168.1.1",
  ])("%s is not", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
