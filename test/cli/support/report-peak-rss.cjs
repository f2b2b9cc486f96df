// Loaded into a spawned CLI with NODE_OPTIONS=--require: on exit, writes the process's own
// peak resident set size (KiB) to the file named by APICONNECTORS_PEAK_RSS_FILE. On Linux that
// is VmHWM from /proc/self/status, which starts afresh with the process's own memory: getrusage's
// maxRSS survives exec, so a child would report at least its parent's (the test runner's) peak
// at the time of the fork, and a small run would look as large as the runner.
const { readFileSync, writeFileSync } = require("node:fs");

function peakKiB() {
  try {
    const match = /VmHWM:\s*(\d+)/.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]);
  } catch {
    // not Linux: getrusage's figure
  }
  return process.resourceUsage().maxRSS;
}

process.on("exit", () => {
  const file = process.env.APICONNECTORS_PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(peakKiB()));
});
