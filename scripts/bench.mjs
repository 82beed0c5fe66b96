// Benchmark: the widget against the same content as static HTML, in headless Chromium
// (Debian's /usr/bin/chromium) with 4× CPU throttling. Not a test: it measures and writes
// BENCHMARKS.md; it fails only if a page does not show its content.
//   npm run bench                      (builds first; BENCH_RUNS=N for N loads of each page, default 9)
//   node scripts/bench.mjs --no-write  (prints only; --no-lighthouse skips Lighthouse, for quick runs)
//
// Pages, all with the same host page around the content, loaded in turn in each run (side by side):
//   static     the tree as static HTML, generated from src/data/default-tree.ts (sections as <details>)
//   accordion  <ent-help mode="accordion"> (same view: every case as a closed section)
//   stepper    <ent-help> (the first question and its answers)
//   snippet    dist/snippet.html's <ent-help> as a school pastes it: the procedure inside as its fallback
//   ×1/×10/×30 1, 10 and 30 stepper instances on one page
// Each load gets a fresh browser context (no cache), a 390×844 viewport and CPU throttling ×4.
// Then Lighthouse (mobile, performance) on the demo page: scripts/lighthouse.mjs, median of 3 runs.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { loadTree, staticProcedure } from './static-procedure.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const THROTTLE = 4;
const STEP_CHANGES = 5; // step changes measured per run
const write = !process.argv.includes('--no-write');

// ---- The static page, from the same tree --------------------------------------------------

/** The tree as static HTML: the build's generator (scripts/static-procedure.mjs), one for both. */
function staticTree(treeModule) {
  return `<section class="static-help" id="content">
${staticProcedure(treeModule, { headingLevel: 3 })}
</section>`;
}

/**
 * The host page: a school page with text before and after the content, so a widget that
 * grows when it upgrades moves what follows it (measured as layout shift). The inline script
 * records when the first frame that holds the content has been painted.
 */
function page(body, { widget }) {
  /** A test, in the page, that every <ent-help> passes `test` (an expression of `el` and its `root`). */
  const everyWidget = (test) => `[...document.querySelectorAll('ent-help')].every(function (el) {
         var root = el.shadowRoot;
         return ${test};
       })`;
  const widgetContent = `root && root.querySelector('[part~="choice"], [part~="section-button"]')`;
  // The widget's own content: every instance's shadow root holds its first answer or section button.
  const rendered = everyWidget(widgetContent);
  // Content a person can read: the widget's, or (before it renders) the fallback procedure the
  // snippet puts inside <ent-help>: light DOM, shown before the upgrade and, through a slot,
  // until the first render.
  const readable = everyWidget(
    `${widgetContent} || (!root || root.querySelector('slot')) && el.querySelector('summary')`,
  );
  const ready = widget ? readable : `!!document.getElementById('content')`;
  const widgetReady = widget ? rendered : 'true';
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>Lycée — accès à l'ENT</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60em; padding: 1em; }
    /* The hint README gives hosts: reserve the widget's height (measured at this width) until
       it is defined, so the text after it does not jump when it upgrades. */
    ent-help:not(:defined) { display: block; min-height: 1035px; }
    ent-help[mode="accordion"]:not(:defined) { min-height: 810px; }
  </style>
  ${widget ? '<script type="module" src="/dist/ent-help.js"></script>' : ''}
</head>
<body>
  <header><h1>Lycée de Coulommiers</h1><nav><a href="#">Accueil</a> · <a href="#">Vie scolaire</a> · <a href="#">ENT</a></nav></header>
  <main>
    <h2>Accès à l'ENT</h2>
    <p>Vous n'arrivez pas à vous connecter à l'ENT Île-de-France ? Suivez le guide ci-dessous.</p>
    ${body}
    <h2>Autres informations</h2>
    <p>Le lycée est ouvert du lundi au vendredi, de 8 h à 18 h. Pour toute autre question, adressez-vous à l'accueil.</p>
    <p>Les menus de la cantine, le calendrier des conseils de classe et les horaires du CDI sont dans l'ENT.</p>
  </main>
  <footer><p>Lycée de Coulommiers — Académie de Créteil</p></footer>
  <script>
    (function () {
      // The frame whose callback finds the content paints it; a task posted from that
      // callback runs after the frame's style, layout and paint.
      // A widget renders in an animation callback that runs after this one in the same frame:
      // a mutation observer on its shadow root checks again right after that render (a
      // microtask), before the frame is painted, so the widget's content is not found a frame late.
      function when(test, field) {
        var channel = new MessageChannel();
        var done = false;
        var watched = [];
        channel.port1.onmessage = function () {
          window[field] = performance.now();
        };
        function check() {
          if (done || !test()) return false;
          done = true;
          channel.port2.postMessage(0);
          return true;
        }
        var observer = new MutationObserver(check);
        function tick() {
          if (check() || done) return;
          document.querySelectorAll('ent-help').forEach(function (el) {
            if (el.shadowRoot && watched.indexOf(el.shadowRoot) < 0) {
              watched.push(el.shadowRoot);
              observer.observe(el.shadowRoot, { childList: true, subtree: true });
            }
          });
          requestAnimationFrame(tick);
        }
        requestAnimationFrame(tick);
      }
      when(function () { return ${ready}; }, '__contentAt');
      when(function () { return ${widgetReady}; }, '__widgetAt');
    })();
  </script>
</body>
</html>`;
}

/** Collects long tasks, layout shifts and paints from the very start of each document. */
function observe() {
  window.__longTasks = [];
  window.__shifts = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
}

// ---- Measuring ---------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function load(browser, origin, path) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await tab.evaluateOnNewDocument(observe);
  await tab.goto(origin + path, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__contentAt !== undefined && window.__widgetAt !== undefined, {
    timeout: 30_000,
  });
  // Let late tasks (upgrade, first render) finish and be observed.
  await tab.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const inPage = await tab.evaluate(() => ({
    contentAt: window.__contentAt,
    widgetAt: window.__widgetAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    tbt: window.__longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    cls: window.__shifts.reduce((sum, v) => sum + v, 0),
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = await tab.metrics();
  return {
    tab,

    context,
    result: {
      ...inPage,
      script: metrics.ScriptDuration * 1000,
      task: metrics.TaskDuration * 1000,
      heap: metrics.JSHeapUsedSize / 1024 / 1024,
    },
  };
}

async function scriptMs(tab) {
  return (await tab.metrics()).ScriptDuration * 1000;
}

/** Click an answer, then wait for the next painted frame; then back to the start (not timed). */
async function stepChanges(tab) {
  const out = [];
  for (let i = 0; i < STEP_CHANGES; i++) {
    const before = await scriptMs(tab);
    const ms = await tab.evaluate(async (i) => {
      const el = document.querySelector('ent-help');
      const choices = el.shadowRoot.querySelectorAll('[part~="choice"]');
      const t0 = performance.now();
      choices[i % choices.length].click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - t0;
    }, i);
    const script = (await scriptMs(tab)) - before;
    out.push({ ms, script });
    await tab.evaluate(async () => {
      document.querySelector('ent-help').restart();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    });
  }
  return out;
}

/**
 * Switches the locale the way this build offers (the language picker, else `lang`), timed
 * to the next painted frame. Returns undefined when the text does not change: no locale switch.
 */
async function localeSwitch(tab, lang) {
  const before = await scriptMs(tab);
  const r = await tab.evaluate(async (lang) => {
    const el = document.querySelector('ent-help');
    const text = el.shadowRoot.textContent;
    const t0 = performance.now();
    // As a person does: the language picker's button; else the element's lang attribute.
    const button = el.shadowRoot.querySelector(`[part~="language-button"][lang="${lang}"]`);
    if (button) button.click();
    else el.setAttribute('lang', lang);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // A locale that is loaded lazily may take longer than a frame; give it a second.
    for (let i = 0; i < 60 && el.shadowRoot.textContent === text; i++) await new Promise((r) => setTimeout(r, 16));
    const changed = el.shadowRoot.textContent !== text;
    return { ms: performance.now() - t0, changed };
  }, lang);
  const script = (await scriptMs(tab)) - before;
  return r.changed ? { ms: r.ms, script } : undefined;
}

// ---- Run ---------------------------------------------------------------------------------

const treeModule = await loadTree();
const content = staticTree(treeModule);
const snippetElement = (await readFile('dist/snippet.html', 'utf8'))
  .match(/^<ent-help>[\s\S]*^<\/ent-help>/m)[0]
  .replace('<ent-help>', '<ent-help heading-level="3">');
const pages = {
  '/static.html': page(content, { widget: false }),
  '/accordion.html': page('<ent-help mode="accordion" heading-level="3"></ent-help>', { widget: true }),
  '/stepper.html': page('<ent-help heading-level="3"></ent-help>', { widget: true }),
  // What a school pastes: dist/snippet.html's <ent-help>, with the procedure inside as its fallback.
  '/snippet.html': page(snippetElement, { widget: true }),
};
for (const n of [1, 10, 30])
  pages[`/x${n}.html`] = page('<ent-help heading-level="3"></ent-help>\n'.repeat(n), { widget: true });

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const headers = { 'cache-control': 'no-store' };
  if (pages[path]) {
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    return res.end(pages[path]);
  }
  if (path.startsWith('/dist/') && !path.includes('..')) {
    try {
      const body = await readFile(join(process.cwd(), path));
      const type = extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream';
      res.writeHead(200, { ...headers, 'content-type': type });
      return res.end(body);
    } catch {
      /* 404 below */
    }
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });

const loadAtStart = loadavg()[0];
const samples = {};
const add = (key, value) => (samples[key] ??= []).push(value);
try {
  // One warm-up round, not counted: the first loads pay for the browser's own start-up.
  for (const path of Object.keys(pages)) await (await load(browser, origin, path)).context.close();
  for (let run = 0; run < RUNS; run++) {
    for (const path of Object.keys(pages)) {
      const { tab, context, result } = await load(browser, origin, path);
      add(path, result);
      if (path === '/stepper.html') {
        for (const s of await stepChanges(tab)) add('step', s);
        const l = await localeSwitch(tab, 'en');
        if (l) add('locale', l);
      }
      await context.close();
    }
    process.stderr.write(`run ${run + 1}/${RUNS}\n`);
  }
} finally {
  await browser.close();
  server.close();
}

// ---- Report ------------------------------------------------------------------------------

const med = (key, field) => median(samples[key].map((s) => s[field]));
/** Median with the middle half of the runs (25th–75th percentile), to show how noisy a figure is. */
const spread = (key, field, d) => {
  const s = samples[key].map((x) => x[field]).sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.round(p * (s.length - 1)))];
  return `${f(median(s), d)} (${f(at(0.25), d)}–${f(at(0.75), d)})`;
};
const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const ratio = (b, a) => (a > 0 ? `${(b / a).toFixed(2)}` : '–');
const yes = (ok) => (ok ? 'yes' : '**no**');

const A = '/static.html';
const rows = [
  ['content on screen (ms)', 'contentAt', 1],
  ['first contentful paint (ms)', 'fcp', 1],
  ['scripting (ms)', 'script', 1],
  ['all main-thread tasks (ms)', 'task', 1],
  ['Total Blocking Time (ms)', 'tbt', 0],
  ['layout shift (CLS)', 'cls', 3],
  ['JS heap after GC (MB)', 'heap', 2],
];
const table = (b, extra = []) =>
  [
    `| metric: median of ${RUNS} (25th–75th percentile) | static HTML (a) | widget (b) | b/a of medians |`,
    '| --- | ---: | ---: | ---: |',
    ...[...rows.slice(0, 1), ...extra, ...rows.slice(1)].map(([label, key, d]) =>
      key === 'widgetAt'
        ? `| ${label} | – | ${spread(b, key, d)} | ${ratio(med(b, key), med(A, 'contentAt'))} |`
        : `| ${label} | ${spread(A, key, d)} | ${spread(b, key, d)} | ${ratio(med(b, key), med(A, key))} |`,
    ),
  ].join('\n');

const stepMs = median(samples.step.map((s) => s.ms));
const stepScript = median(samples.step.map((s) => s.script));
const x30 = med('/x30.html', 'script');
const browserVersion = await (async () => {
  const b = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  const v = await b.version();
  await b.close();
  return v;
})();
const sizes = await Promise.all(
  ['ent-help.js'].map(async (f) => `${f} ${((await readFile(`dist/${f}`)).length / 1024).toFixed(1)} KB raw`),
);

// Lighthouse on the demo page, in its own browsers, after ours is closed.
let lh;
if (!process.argv.includes('--no-lighthouse'))
  try {
    lh = JSON.parse(
      execFileSync(process.execPath, ['scripts/lighthouse.mjs', '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
  } catch (error) {
    console.error(`Lighthouse did not run: ${error.message}`);
  }

const accRatio = med('/accordion.html', 'contentAt') / med(A, 'contentAt');
const stepRatio = med('/stepper.html', 'contentAt') / med(A, 'contentAt');
const snippetRatio = med('/snippet.html', 'contentAt') / med(A, 'contentAt');
const snippetWidgetRatio = med('/snippet.html', 'widgetAt') / med(A, 'contentAt');
const worstTbt = Math.max(
  ...['/accordion.html', '/stepper.html', '/snippet.html', '/x30.html'].map((k) => med(k, 'tbt')),
);
const worstCls = Math.max(...['/accordion.html', '/stepper.html', '/snippet.html'].map((k) => med(k, 'cls')));

const md = `# Benchmarks

Generated by \`npm run bench\` (scripts/bench.mjs); do not edit by hand, run it again.

- Date: ${new Date().toISOString()}
- Command: \`BENCH_RUNS=${RUNS} npm run bench\`
- Machine: ${osType()} ${release()}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB; node ${process.version}; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (other work on the machine slows every figure)
- Browser: ${browserVersion} (headless, ${'/usr/bin/chromium'}), CPU throttling ×${THROTTLE}, viewport 390×844, a fresh browser context (no cache) per load, files served from 127.0.0.1 without network throttling
- Bundle: ${sizes.join(', ')} (see \`npm run size\`)

How it measures: each run loads every page once, in turn. *Content on screen* is the time from navigation start until the
first frame that holds the content has been painted (a task posted from that frame's animation callback, or from a
mutation observer on the widget's shadow root right after its render in that frame, so a long task queued meanwhile
delays it: the same for every page). Static page: the generated HTML; widget: every instance's shadow
root holds its first answer or section button; snippet: that, or the procedure inside \`<ent-help>\` while it is shown
(before the upgrade, then through a slot until the first render). *Scripting* is Chromium's ScriptDuration for the
whole load, *tasks* its TaskDuration (scripting, style, layout, paint). *TBT* sums the part over 50 ms of every long
task from navigation start until 300 ms after the content is on screen (Lighthouse counts only from first paint, so
this is stricter). *CLS* sums the layout shifts of the load. The heap is measured after a forced GC.

Reading the figures: this machine is noisy (2 shared cores); the spread in brackets is the middle half of the runs,
and ratios under about 1.2 are within it. The static page has long tasks of its own (parsing and laying out the whole
FAQ at ×4), so its TBT is not 0 either. The widget's start-up is two long tasks: evaluating the module (its functions
are compiled off the main thread while it streams in, by V8's compile hint), which also upgrades every element (the
shared stylesheet is parsed, sessionStorage is opened) and ends the page's parsing with a layout; then the next frame,
whose animation callback holds the first render, followed by the style and layout of the shadow root (with many
instances, ~40 ms of first renders in that frame, the rest in tasks of their own). The accordion renders its closed
cases' content one task after its buttons. Served from 127.0.0.1, the script has usually run before the page's first
paint, so the first frame already holds the widget and the snippet's fallback is seldom seen here; over a real
network it is painted first. The widget also shows its language picker, which the static page has not. \`npm run
profile\` shows where the start-up's time goes.

## (a) static HTML vs (b) \`<ent-help mode="accordion">\`: the same view, every case as a closed section

${table('/accordion.html')}

## (a) static HTML vs (b) \`<ent-help>\` (stepper: the first question)

${table('/stepper.html')}

## (a) static HTML vs (b) the snippet as a school pastes it (\`dist/snippet.html\`: \`<ent-help>\` with the procedure inside)

The snippet puts the whole procedure inside \`<ent-help>\` as plain HTML (closed \`<details>\`), shown until the
element renders: *content on screen* is when that fallback (or, if it comes first, the widget) is painted; *widget
rendered* is when the interactive stepper has replaced it (its ratio is to the static page's content on screen).

${table('/snippet.html', [['widget rendered (ms)', 'widgetAt', 1]])}

## Interactions (stepper, ×${THROTTLE} throttling)

| action (median) | click → next painted frame (ms) | scripting (ms) |
| --- | ---: | ---: |
| step change (choose an answer), ${samples.step.length} samples | ${f(stepMs)} | ${f(stepScript)} |
| locale switch (French → English, the picker's button) | ${samples.locale ? `${f(median(samples.locale.map((s) => s.ms)))} | ${f(median(samples.locale.map((s) => s.script)))}` : 'skipped: this build has no runtime locale switch (French only) | –'} |

## Many instances on one page (stepper)

| instances | content on screen (ms) | scripting (ms) | tasks (ms) | TBT (ms) | CLS | JS heap (MB) |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${[1, 10, 30]
  .map((n) => {
    const k = `/x${n}.html`;
    return `| ${n} | ${f(med(k, 'contentAt'))} | ${f(med(k, 'script'))} | ${f(med(k, 'task'))} | ${f(med(k, 'tbt'), 0)} | ${f(med(k, 'cls'), 3)} | ${f(med(k, 'heap'), 2)} |`;
  })
  .join('\n')}

## Targets

| target | measured | met |
| --- | --- | --- |
| content on screen, b/a ≤ 1.15: the snippet as pasted (fallback inside) | ${snippetRatio.toFixed(2)} (the interactive widget: ${snippetWidgetRatio.toFixed(2)}) | ${yes(snippetRatio <= 1.15)} |
| content on screen, b/a ≤ 1.15: an empty \`<ent-help>\` (no fallback) | accordion ${accRatio.toFixed(2)}, stepper ${stepRatio.toFixed(2)} | ${yes(accRatio <= 1.15 && stepRatio <= 1.15)} |
| Total Blocking Time 0 ms | worst median ${f(worstTbt, 0)} ms | ${yes(worstTbt === 0)} |
| CLS ≤ 0.01 | worst median ${f(worstCls, 3)} | ${yes(worstCls <= 0.01)} |
| step change ≤ 16 ms scripting at ×4 | ${f(stepScript)} ms | ${yes(stepScript <= 16)} |
| 30 instances ≤ 100 ms total scripting | ${f(x30)} ms | ${yes(x30 <= 100)} |
| locale switch (no target set) | ${
  samples.locale
    ? `${f(median(samples.locale.map((s) => s.ms)))} ms to the next painted frame, ${f(median(samples.locale.map((s) => s.script)))} ms scripting`
    : 'not measured: no runtime locale switch in this build'
} | – |
| Lighthouse mobile performance 100 (demo page) | ${
  lh
    ? `${lh.score} (median of ${lh.runs}: ${lh.scores.join(', ')}; Lighthouse ${lh.version}; TBT ${f(lh.tbt, 0)} ms, LCP ${f(lh.lcp, 0)} ms, CLS ${f(lh.cls, 3)}, simulated)`
    : 'did not run'
} | ${lh ? yes(lh.score === 100) : '–'} |
`;

console.log(md);
if (write) await writeFile('BENCHMARKS.md', md);
