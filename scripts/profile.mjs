// Where the start-up's main-thread time goes: a sampling CPU profile (Chrome DevTools Protocol)
// of a page with N widgets, loaded in headless Chromium with ×4 CPU throttling, each sample
// mapped back to the original source (src/…, node_modules/lit…) through dist/ent-help.js.map.
// A tool for finding what to make cheaper, not a benchmark: `npm run bench` gives the figures.
//   npm run profile                  (builds first; one <ent-help>)
//   node scripts/profile.mjs 30      (30 instances; after a build)
//   node scripts/profile.mjs 1 accordion
// PROFILE_RUNS=N loads (default 6; the first is a warm-up and is not counted). Prints the sampled
// milliseconds per load, ×4 throttled, by source file and by function (self time: time in the
// function itself, not in what it calls); native calls (importNode, insertBefore…) are their own
// rows. Samples are 0.1 ms apart, so small figures are noise, and a busy machine inflates them all:
// compare before and after in turn, not with figures from another day.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.mjs';

const instances = Number(process.argv[2] ?? 1);
const mode = process.argv[3] === 'accordion' ? ' mode="accordion"' : '';
const RUNS = Number(process.env.PROFILE_RUNS ?? 6);
const TOP = 40;

const page = `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <script type="module" src="/dist/ent-help.js"></script>
</head>
<body>
  <h1>Lycée</h1>
  ${`<ent-help heading-level="3"${mode}></ent-help>\n`.repeat(instances)}
  <p>Après le widget.</p>
</body>
</html>`;

/** `src/components/ent-help.component.ts` or `lit-html/lit-html.js`: short, still unambiguous. */
const shortSource = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\/(@lit\/)?/, '');

const server = createServer(async (req, res) => {
  if (req.url.startsWith('/dist/') && !req.url.includes('..')) {
    try {
      const body = await readFile(`.${req.url}`);
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      return res.end(body);
    } catch {
      return res.writeHead(404).end();
    }
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const sourceMap = await new SourceMapConsumer(JSON.parse(await readFile('dist/ent-help.js.map', 'utf8')));
/** The original source, line (1-based) and name of a generated position (0-based line and column), if mapped. */
const lookup = (line, column) => {
  const original = sourceMap.originalPositionFor({ line: line + 1, column });
  return original.source
    ? { source: original.source, line: original.line, name: original.name ?? undefined }
    : undefined;
};
const byFunction = new Map();
const byFile = new Map();
let total = 0;
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport({ width: 390, height: 844 });
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    // The first renders come in the frames after load.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const { profile } = await cdp.send('Profiler.stop');
    await context.close();
    if (run === 0) continue;
    const selfUs = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      const id = profile.samples[i];
      selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
    }
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      if (['(idle)', '(program)', '(root)'].includes(functionName)) continue;
      const ms = (selfUs.get(node.id) ?? 0) / 1000 / (RUNS - 1);
      if (!ms) continue;
      let file = url ? url.split('/').pop() : functionName;
      let name = `${functionName || '(anonymous)'} ${file}`;
      if (url.endsWith('/dist/ent-help.js')) {
        const original = lookup(lineNumber, columnNumber);
        file = original ? shortSource(original.source) : 'ent-help.js';
        name = original
          ? `${original.name ?? (functionName || '(anonymous)')} ${file}:${original.line}`
          : `${functionName || '(top level)'} ent-help.js:${lineNumber + 1}:${columnNumber + 1}`;
      } else if (!url) {
        file = '(native or engine)';
      }
      add(byFunction, name, ms);
      add(byFile, file, ms);
      total += ms;
    }
  }
} finally {
  await browser.close();
  server.close();
}

const rows = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(8)}  ${key}`)
    .join('\n');
console.log(
  `${instances} × <ent-help${mode}>: ${total.toFixed(1)} ms sampled per load (×4 throttling, mean of ${RUNS - 1} loads)`,
);
console.log(`\nBy source file:\n${rows(byFile, 15)}`);
// A name the map does not give stays minified (lit-html's `u`, `$`…): open the file at that line.
console.log(`\nBy function, self time (name, original file:line):\n${rows(byFunction, TOP)}`);
