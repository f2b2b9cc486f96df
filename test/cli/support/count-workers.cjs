// Loaded into a spawned CLI with NODE_OPTIONS=--require: counts the worker threads the process
// starts (Node's own `worker` event, nothing replaced) and writes the count on exit to the file
// named by APICONNECTORS_WORKERS_FILE. Worker threads inherit the --require and load this too:
// only the main thread counts and writes, or a worker's exit would overwrite the count with its
// own 0 (found on Node 22, where the last writer was a worker).
const { writeFileSync } = require("node:fs");
const { isMainThread } = require("node:worker_threads");

if (isMainThread) {
  let started = 0;
  process.on("worker", () => {
    started++;
  });
  process.on("exit", () => {
    const file = process.env.APICONNECTORS_WORKERS_FILE;
    if (file) writeFileSync(file, String(started));
  });
}
