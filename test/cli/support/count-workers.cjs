// Loaded into a spawned CLI with NODE_OPTIONS=--require: counts the worker threads the process
// starts (Node's own `worker` event, nothing replaced) and writes the count on exit to the file
// named by APICONNECTORS_WORKERS_FILE.
const { writeFileSync } = require("node:fs");

let started = 0;
process.on("worker", () => {
  started++;
});
process.on("exit", () => {
  const file = process.env.APICONNECTORS_WORKERS_FILE;
  if (file) writeFileSync(file, String(started));
});
