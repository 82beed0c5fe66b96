// What each main-thread task of a benchmark page is made of: a Chromium trace of the page (the pages
// of scripts/lib/bench-pages.mjs, ×4 CPU throttling, no network throttling), each task of 20 ms or
// more listed with its wall time and its thread time, and the thread time of what ran in it (script
// compile and evaluation, each timer or frame callback, style recalc, layout, paint…, exclusive).
// With a CPU profile taken at the same time, the JS samples of each task by source file (through
// dist/ent-help.js.map). A tool for finding what makes a long task, not a benchmark.
//   node scripts/long-tasks.mjs [/stepper.html] [runs] [--slow4g] [--summary]     (after a build)
// --slow4g: bench.mjs's slow-4G profile (1.6 Mbit/s, 150 ms RTT), so that the script arrives after
// the page's own first layout as on a phone. --summary: only the medians over the runs of each
// task's role (the module's evaluation, the first render, the page's own), per kind of work.
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

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const path = positional[0] ?? '/stepper.html';
const RUNS = Number(positional[1] ?? 3);
const slow4g = process.argv.includes('--slow4g');
const summaryOnly = process.argv.includes('--summary');
const log = summaryOnly ? () => {} : console.log;
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

/** The part of the start-up a JS sample belongs to, for --summary. */
function groupOf(file, fn) {
  if (file === 'css-tag.js' || file.endsWith('/css-tag.js'))
    return 'JS: stylesheets (css-tag: constructed sheets parsed)';
  if (/^(lit-html|lit-element|reactive-element)\//.test(file)) return 'JS: Lit (templates, DOM building, update cycle)';
  if (file.startsWith('localize/')) return 'JS: @lit/localize';
  if (file === 'ent-help.js') return 'JS: bundle top level (unmapped: the translations, constants)';
  if (/src\/(generated|data\/default-tree)/.test(file)) return 'JS: the built-in tree and the translations';
  if (file === 'src/controllers/storage.ts') return 'JS: sessionStorage (controllers/storage.ts)';
  if (file.startsWith('src/views/') || file === 'src/data/inline.ts')
    return 'JS: views (templates of the first screen)';
  if (file.startsWith('src/')) return 'JS: element, controllers, data (other src/)';
  if (file.endsWith('.html')) return "JS: the benchmark page's own script (content-on-screen probe)";
  if (file === '(garbage collector)') return 'GC';
  return `native: ${fn.split(' ')[0]}`;
}

/** role → one record per load and task: wall and thread ms, thread ms per kind, JS samples per group. */
const summary = new Map();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
  return `${q(0.25).toFixed(0)}–${q(0.75).toFixed(0)}`;
};

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
try {
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport({ width: 390, height: 844, ...pages[path].viewport, deviceScaleFactor: 1 });
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (slow4g)
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 1.6e6 / 8,
        uploadThroughput: 750e3 / 8,
      });
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
    let evaluated = false;
    let after = 0;
    log(`\n${path}, run ${run}: tasks ≥ ${THRESHOLD_MS} ms (wall), thread time and ×4`);
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
      // The task's role: the page's own (before the module runs), the module's evaluation (with
      // the upgrade), then the first render and what follows.
      const isEvaluation = [...excl.keys()].some((k) => k.startsWith('v8.evaluateModule'));
      const role = isEvaluation
        ? 'module evaluation + upgrade'
        : evaluated
          ? after++ === 0
            ? 'first render + style, layout, paint'
            : `task ${after} after the first render`
          : [...excl.keys()].some((k) => k.startsWith('v8.compileModule'))
            ? 'module compile'
            : 'page (before the module)';
      if (isEvaluation) evaluated = true;
      // The page's own long tasks: only the longest of each load.
      const perLoad = (summary.get(role) ?? []).find((r) => r.run === run);
      const kept = !perLoad || perLoad.wall < task.dur / 1000;
      if (perLoad && kept) summary.get(role).splice(summary.get(role).indexOf(perLoad), 1);
      const kinds = new Map();
      for (const [key, ms] of excl) kinds.set(key.replace(/^(v8\.evaluateModule|EvaluateScript) .*/, '$1'), ms);
      const record = { run, wall: task.dur / 1000, thread: tt, kinds, groups: new Map(), samples: 0 };
      if (kept) (summary.get(role) ?? summary.set(role, []).get(role)).push(record);
      log(
        `  at ${((task.ts - start) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms wall, ${tt.toFixed(1)} ms thread (×4 ${(tt * 4).toFixed(0)})`,
      );
      for (const [key, ms] of [...excl].sort((a, b) => b[1] - a[1]).slice(0, 14))
        if (ms >= 0.3) log(`    ${ms.toFixed(1).padStart(6)}  ${key}`);
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
        const group = groupOf(file, fn);
        record.groups.set(group, (record.groups.get(group) ?? 0) + 1);
        record.samples++;
        byFunction.set(fn, (byFunction.get(fn) ?? 0) + 1);
      }
      const total = [...byFile.values()].reduce((a, b) => a + b, 0);
      if (total)
        log(
          `    samples (${total}): ${[...byFile]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 10)
            .map(([f, n]) => `${f} ${Math.round((100 * n) / total)}%`)
            .join(', ')}`,
        );
      if (total)
        log(
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

console.log(
  `\n${path}${slow4g ? ', slow 4G' : ''}, ×4 CPU: tasks ≥ ${THRESHOLD_MS} ms by role, median over ${RUNS} loads (a role missing from a load counts 0)`,
);
for (const [role, records] of summary) {
  const all = (f) => {
    const xs = records.map(f);
    while (xs.length < RUNS) xs.push(0);
    return xs;
  };
  console.log(
    `\n${role} (in ${records.length} of ${RUNS} loads): ${median(all((r) => r.wall)).toFixed(0)} ms wall (${quartiles(all((r) => r.wall))}), ${median(all((r) => r.thread)).toFixed(1)} ms thread`,
  );
  const kinds = new Set(records.flatMap((r) => [...r.kinds.keys()]));
  const rows = [...kinds]
    .map((k) => [k, median(all((r) => r.kinds.get(k) ?? 0))])
    .filter(([, ms]) => ms >= 0.3)
    .sort((a, b) => b[1] - a[1]);
  for (const [k, ms] of rows) console.log(`  ${ms.toFixed(1).padStart(6)} ms thread  ${k}`);
  const groups = new Set(records.flatMap((r) => [...r.groups.keys()]));
  const shares = [...groups]
    .map((g) => [g, median(records.map((r) => (100 * (r.groups.get(g) ?? 0)) / (r.samples || 1)))])
    .filter(([, pc]) => pc >= 1)
    .sort((a, b) => b[1] - a[1]);
  if (shares.length) console.log(`  JS samples (median share of the task's):`);
  for (const [g, pc] of shares) console.log(`  ${pc.toFixed(0).padStart(5)} %  ${g}`);
}
