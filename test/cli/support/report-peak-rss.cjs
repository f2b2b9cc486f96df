// Loaded into a spawned CLI with NODE_OPTIONS=--require: on exit, writes the process's own
// peak resident set size (KiB, from getrusage) to the file named by APICONNECTORS_PEAK_RSS_FILE.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.APICONNECTORS_PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
