// What each main-thread task of a benchmark page is made of: a Chromium trace of the page (the pages
// of scripts/lib/bench-pages.mjs, ×4 CPU throttling, no network throttling), each task of 20 ms or
// more listed with its wall time and its thread time, and the thread time of what ran in it (script
// compile and evaluation, each timer or frame callback, style recalc, layout, paint…, exclusive).
// With a CPU profile taken at the same time, the JS samples of each task by source file (through
// dist/ent-help.js.map). A tool for finding what makes a long task, not a benchmark.
//   node scripts/long-tasks.mjs [/stepper.html] [runs]     (after a build)
// Thread time is what the task costs the CPU; ×4 throttling pauses the thread, so on a quiet machine
// the wall time is about the thread time × 4 (the « ×4 » column), and on a loaded one it is more.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { benchPages, hostPage } from './lib/bench-pages.mjs';
import { loadTree, staticProcedure, sri } from './static-procedure.mjs';

const path = process.argv[2] ?? '/stepper.html';
const RUNS = Number(process.argv[3] ?? 3);
const THRESHOLD_MS = 20;

const bundle = await readFile('dist/ent-help.js');
const scriptUrl = '/dist/ent-help.js';
const scriptTag = `<script type="module" src="${scriptUrl}" integrity="${sri(bundle)}" crossorigin="anonymous"></script>`;
const snippetElement = (await readFile('dist/snippet.html', 'utf8'))
  .match(/^<ent-help[\s>][\s\S]*^<\/ent-help>/m)[0]
  .replace('<ent-help ', '<ent-help heading-level="3" ');
const pages = benchPages({
  staticHtml: staticProcedure(await loadTree(), { headingLevel: 3 }),
  snippetElement,
  scriptTag,
  scriptUrl,
  integrity: sri(bundle),
});
if (!pages[path]) throw new Error(`no page ${path}: ${Object.keys(pages).join(' ')}`);
const html = gzipSync(hostPage(pages[path]), { level: 9 });
const js = gzipSync(bundle, { level: 9 });

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x').pathname;
  const body = url === scriptUrl ? js : url === path ? html : undefined;
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': url === scriptUrl ? 'text/javascript' : 'text/html; charset=utf-8',
    'content-encoding': 'gzip',
    'cache-control': 'no-store',
  });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const sourceMap = await new SourceMapConsumer(JSON.parse(await readFile('dist/ent-help.js.map', 'utf8')));
const shortSource = (s) => s.replace(/^(\.\.\/)+/, '').replace(/^node_modules\/(@lit\/)?/, '');

/** The kinds of work a task is split into (devtools.timeline's names). */
const KINDS = new Set([
  'ParseHTML',
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'ParseAuthorStyleSheet',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MC_BACKGROUND_MARKING',
]);

/** A readable name for a trace event: the callback's kind and, for scripts, where it is. */
function label(e) {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  if (e.name === 'FunctionCall') return `FunctionCall ${d.functionName || '(anon)'}`;
  if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule')
    return `${e.name} ${String(d.url ?? '')
      .split('/')
      .pop()}`;
  return e.name;
}

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
try {
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport({ width: 390, height: 844, ...pages[path].viewport, deviceScaleFactor: 1 });
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await tab.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'loading', 'toplevel'],
    });
    await cdp.send('Profiler.start');
    await tab.goto(origin + path, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 2500));
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
    await context.close();
    if (run === 0) continue; // warm-up
    const events = trace.traceEvents;
    // The renderer's main thread that parsed the page.
    const main = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(origin));
    const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
    const start = main.ts;
    const tasks = mine
      .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur >= start)
      .sort((a, b) => a.ts - b.ts);
    // CPU profile samples, as absolute timestamps.
    const sampleTimes = [];
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) sampleTimes.push((t += profile.timeDeltas[i]));
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    console.log(`\n${path}, run ${run}: tasks ≥ ${THRESHOLD_MS} ms (wall), thread time and ×4`);
    for (const task of tasks) {
      if (task.dur / 1000 < THRESHOLD_MS) continue;
      const inner = mine
        .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
        .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      // Exclusive thread time per kind of work: each event's time less that of the events of a
      // known kind inside it; an event of no known kind counts for the known one around it.
      const excl = new Map();
      const stack = [];
      const tdurOf = (e) => (e.tdur ?? e.dur) / 1000;
      for (const e of inner) {
        while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
        if (!KINDS.has(e.name)) continue;
        const parent = stack.at(-1);
        if (parent) excl.set(parent.key, (excl.get(parent.key) ?? 0) - tdurOf(e));
        const key = label(e);
        excl.set(key, (excl.get(key) ?? 0) + tdurOf(e));
        stack.push({ ts: e.ts, dur: e.dur, key });
      }
      excl.set('(other)', tdurOf(task) - [...excl.values()].reduce((a, b) => a + b, 0));
      const tt = tdurOf(task);
      console.log(
        `  at ${((task.ts - start) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms wall, ${tt.toFixed(1)} ms thread (×4 ${(tt * 4).toFixed(0)})`,
      );
      for (const [key, ms] of [...excl].sort((a, b) => b[1] - a[1]).slice(0, 14))
        if (ms >= 0.3) console.log(`    ${ms.toFixed(1).padStart(6)}  ${key}`);
      // JS samples in this task, by source file.
      const byFile = new Map();
      const byFunction = new Map();
      for (let i = 0; i < sampleTimes.length; i++) {
        if (sampleTimes[i] < task.ts || sampleTimes[i] > task.ts + task.dur) continue;
        const n = nodes.get(profile.samples[i]);
        const { url, lineNumber, columnNumber, functionName } = n.callFrame;
        let file = url ? url.split('/').pop() : functionName;
        let fn = `${functionName || '(anon)'} ${file}`;
        if (url.endsWith('/dist/ent-help.js')) {
          const o = sourceMap.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
          file = o.source ? shortSource(o.source) : 'ent-help.js';
          fn = `${o.name ?? (functionName || '(top level)')} ${file}:${o.line ?? lineNumber + 1}`;
        }
        if (['(idle)', '(program)'].includes(file)) continue;
        byFile.set(file, (byFile.get(file) ?? 0) + 1);
        byFunction.set(fn, (byFunction.get(fn) ?? 0) + 1);
      }
      const total = [...byFile.values()].reduce((a, b) => a + b, 0);
      if (total)
        console.log(
          `    samples (${total}): ${[...byFile]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 10)
            .map(([f, n]) => `${f} ${Math.round((100 * n) / total)}%`)
            .join(', ')}`,
        );
      if (total)
        console.log(
          `    functions: ${[...byFunction]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 10)
            .map(([f, n]) => `${f} ${Math.round((100 * n) / total)}%`)
            .join(', ')}`,
        );
    }
  }
} finally {
  await browser.close();
  server.close();
}
