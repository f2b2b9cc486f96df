// bench/docs-page: how soon the HTML reference shows its first operation, in Debian's Chromium
// (the launcher of test/docs/), from file:// with the network off, at normal CPU and with the
// CPU slowed 4× (CDP Emulation.setCPUThrottlingRate). Two figures per run, from one page load:
// - the static copy: when the first operation's heading is painted (Element Timing's
//   renderTime, measured from navigation start), on opening the page;
// - Redoc's own view: when Redoc has rendered the same operation, laid out and visible, on its
//   deep link (#/apiconnectors/…): Redoc 3 shows operations only when one is opened. Polled
//   every animation frame, so the figure is the frame in which it first has a box.
// Also the page's size, raw and gzip. Runs alternate the two throttling rates.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { buildDocs } from "../scripts/docs/build.js";
import { loadSpec } from "../src/docs-pages/index.js";
import { redocOperationPath } from "../src/docs-pages/reference-extras.js";
import { launchChromium } from "../test/docs/browser.js";

const RUNS = 5;
const RATES = [1, 4];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const scratch = mkdtempSync(path.join(tmpdir(), "apiconnectors-bench-docs-"));
const browser = await launchChromium();
try {
  const { output } = buildDocs({ output: path.join(scratch, "index.html") });
  const html = readFileSync(output);
  const spec = loadSpec();
  const first = spec.operations[0];
  if (!first) throw new Error("the spec has no operation");
  const url = `${pathToFileURL(output).href}#${redocOperationPath(spec, first)}`;
  const figures = new Map(RATES.map((rate) => [rate, { painted: [] as number[], redoc: [] as number[] }]));

  for (let run = 0; run < RUNS; run++) {
    for (const rate of run % 2 === 0 ? RATES : [...RATES].reverse()) {
      const context = await browser.newContext({ offline: true, viewport: { width: 1400, height: 1000 } });
      // A string, not a function: tsx would wrap named functions in a helper the page lacks.
      await context.addInitScript(`(() => {
        const times = {};
        window.firstOperation = times;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (entry.identifier === "static-operation" && times.painted === undefined) times.painted = entry.renderTime;
        }).observe({ type: "element", buffered: true });
        const poll = () => {
          const element = document.getElementById(${JSON.stringify(redocOperationPath(spec, first).slice(1))});
          const heading = element?.matches("h2") ? element : element?.querySelector("h2");
          if (heading?.checkVisibility() && heading.getBoundingClientRect().height > 0) times.redoc = performance.now();
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      })()`);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      await page.goto(url, { waitUntil: "commit" });
      const times = await page.waitForFunction(
        () => {
          const t = (window as { firstOperation?: { painted?: number; redoc?: number } }).firstOperation;
          return t?.painted !== undefined && t.redoc !== undefined ? t : undefined;
        },
        undefined,
        { timeout: 120_000, polling: 100 },
      );
      const { painted, redoc } = (await times.jsonValue()) as { painted: number; redoc: number };
      figures.get(rate)?.painted.push(painted);
      figures.get(rate)?.redoc.push(redoc);
      await context.close();
    }
  }

  console.log(`page: ${html.length} bytes, ${gzipSync(html).length} gzip (level 6)`);
  console.log(`first operation ("${first.summary}"), ms from navigation start, median of ${RUNS} (min–max):\n`);
  console.log("| CPU | static copy painted | Redoc's view rendered | Redoc / static |");
  console.log("| --- | ---: | ---: | ---: |");
  const span = (values: number[]) =>
    `${Math.round(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
  for (const [rate, { painted, redoc }] of figures)
    console.log(
      `| ${rate === 1 ? "normal" : `${rate}× slower`} | ${span(painted)} | ${span(redoc)} | ${(median(redoc) / median(painted)).toFixed(1)}× |`,
    );
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
