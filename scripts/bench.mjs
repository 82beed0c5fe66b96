// Benchmark: what a parent meets on a phone. The same FAQ content as static HTML, as <ent-help>
// (the snippet as pasted, the bare element in both modes, 30 instances) and as three peers'
// accordions built from their npm packages, in headless Chromium (Debian's /usr/bin/chromium),
// 4× CPU throttling, two network profiles (slow 4G and none), interleaved runs. Not a test: it
// measures and writes BENCHMARKS.md; it fails only if a page does not show its content.
//   npm run bench                      builds, then 13 runs, writes BENCHMARKS.md (about 8 minutes)
//   BENCH_RUNS=3 npm run bench         a quick smoke run (writes BENCHMARKS.md too)
//   node scripts/bench.mjs --no-write  after a build: prints only
//   options: --only=/snippet.html,/static.html   --profiles=slow4g   --shifts (print what moves)
//            BENCH_DEBUG=1 prints each load (first paint, content, long tasks as start+duration ms)
//            --lighthouse (adds Lighthouse on the demo page, scripts/lighthouse.mjs, about a minute)
//            --against=DIR (an A/B run: DIR holds another build's ent-help.js, e.g. main's dist/ copied
//            aside; each of our pages is loaded with it too, as « … [against] », in the same runs)
// Each run loads every page once under each profile, in turn (the profiles alternate their order).
// Each load gets a fresh browser context (no cache), a 390×844 viewport, ×4 CPU throttling, and
// the files gzipped (level 9) by a local server: the page, dist/ and the peers' node_modules files.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { FIRST_SCREEN, PEER_PACKAGES, benchPages, hostPage } from './lib/bench-pages.mjs';
import { loadTree, staticProcedure, sri } from './static-procedure.mjs';
import { rewrite as rewriteDocs } from './docs-snippets.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 13);
const THROTTLE = 4;
const STEP_CHANGES = 3; // step changes measured per run (no network throttling)
const SETTLE_MS = 300; // after content and widgets are on screen, to see late tasks and shifts
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const write = !process.argv.includes('--no-write');
const showShifts = process.argv.includes('--shifts');

/** Slow 4G as Lighthouse names it: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (CDP, per request). */
const PROFILES = {
  slow4g: {
    label: 'slow 4G (1.6 Mbit/s, 150 ms RTT)',
    conditions: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
  none: {
    label: 'no network throttling',
    conditions: { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
  },
};
const profiles = (arg('profiles')?.split(',') ?? Object.keys(PROFILES)).filter((p) => PROFILES[p]);

// ---- Pages ---------------------------------------------------------------------------------

const treeModule = await loadTree();
const bundle = await readFile('dist/ent-help.js');
const scriptUrl = '/dist/ent-help.js';
// The element as a school pastes it, with its hash (the README's and the snippet's script line).
const scriptTag = `<script type="module" src="${scriptUrl}" integrity="${sri(bundle)}" crossorigin="anonymous"></script>`;
// Its styles for the fallback (a <style> before the element) come with it, as pasted.
const snippetElement = (await readFile('dist/snippet.html', 'utf8'))
  .match(/^(?:<style>[\s\S]*?^<\/style>\n)?<ent-help[\s>][\s\S]*^<\/ent-help>/m)[0]
  .replace('<ent-help ', '<ent-help heading-level="3" ');
let allPages = benchPages({
  staticHtml: staticProcedure(treeModule, { headingLevel: 3 }),
  snippetElement,
  scriptTag,
  scriptUrl,
  integrity: sri(bundle),
});
// An A/B run: our pages again, with another build's bundle, served from that directory.
const against = arg('against');
if (against) {
  const other = await readFile(join(against, 'ent-help.js'));
  const otherUrl = '/against/ent-help.js';
  const otherPages = benchPages({
    staticHtml: staticProcedure(treeModule, { headingLevel: 3 }),
    snippetElement,
    scriptTag: `<script type="module" src="${otherUrl}" integrity="${sri(other)}" crossorigin="anonymous"></script>`,
    scriptUrl: otherUrl,
    integrity: sri(other),
  });
  // Each page right before its copy, so that A and B meet the same moment of the machine's load.
  allPages = Object.fromEntries(
    Object.entries(allPages).flatMap(([path, p]) =>
      p.ours
        ? [
            [path, p],
            [`/against${path}`, { ...otherPages[path], label: `${p.label} [against]` }],
          ]
        : [[path, p]],
    ),
  );
}
const only = arg('only')
  ?.split(',')
  .flatMap((path) => (against ? [path, `/against${path}`] : [path]));
const pages = Object.fromEntries(Object.entries(allPages).filter(([path]) => !only || only.includes(path)));
const html = Object.fromEntries(Object.entries(pages).map(([path, p]) => [path, hostPage(p)]));
html['/first-screen.html'] = hostPage(allPages['/stepper.html']);
const STATIC = '/static.html';

// ---- Server: gzip like a web server, no cache ------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json']);
const served = new Map(); // path → { body, type, gzip }
async function file(path) {
  if (served.has(path)) return served.get(path);
  let disk;
  if (html[path] !== undefined) disk = null;
  else if (/^\/dist\/[\w./-]+$/.test(path)) disk = join(process.cwd(), path);
  else if (against && path === '/against/ent-help.js') disk = join(against, 'ent-help.js');
  else if (PEER_PACKAGES.some((p) => path.startsWith(`/node_modules/${p}/`))) disk = join(process.cwd(), path);
  // GOV.UK's stylesheet asks for its fonts at /assets/ (its default $govuk-assets-path).
  else if (path.startsWith('/assets/')) disk = join(process.cwd(), 'node_modules/govuk-frontend/dist/govuk', path);
  else return undefined;
  const body = disk === null ? Buffer.from(html[path]) : await readFile(disk).catch(() => undefined);
  if (!body) return undefined;
  const ext = disk === null ? '.html' : extname(disk);
  const entry = { body, type: TYPES[ext] ?? 'application/octet-stream', gzip: COMPRESSED.has(ext) };
  if (entry.gzip) entry.body = gzipSync(body, { level: 9 });
  served.set(path, entry);
  return entry;
}
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const entry = !path.includes('..') && (await file(path));
  if (!entry) return res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': entry.type,
    'cache-control': 'no-store',
    ...(entry.gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(entry.body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- Measuring -----------------------------------------------------------------------------

/** Collects long tasks and layout shifts (with what moved) from the very start of each document. */
function observe() {
  window.__longTasks = [];
  window.__tasks = [];
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__longTasks.push(e.duration);
      window.__tasks.push(`${Math.round(e.startTime)}+${Math.round(e.duration)}`);
    }
  }).observe({
    type: 'longtask',
    buffered: true,
  });
  const describe = (node) =>
    !node
      ? '?'
      : node.nodeType === 1
        ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}`
        : `text «${node.textContent.trim().slice(0, 30)}»`;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (!e.hadRecentInput)
        window.__shifts.push({
          value: e.value,
          at: e.startTime,
          sources: e.sources.map(
            (s) => `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`,
          ),
        });
  }).observe({ type: 'layout-shift', buffered: true });
}

const KINDS = { Document: 'html', Script: 'script', Stylesheet: 'css', Font: 'fonts' };

async function load(browser, path, profile) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 390, height: 844, ...pages[path].viewport, deviceScaleFactor: 1 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PROFILES[profile].conditions);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  // Bytes on the wire (gzip as served, headers included) by kind.
  const types = new Map();
  const bytes = { html: 0, script: 0, css: 0, fonts: 0, other: 0 };
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => (bytes[KINDS[types.get(e.requestId)] ?? 'other'] += e.encodedDataLength));
  await tab.evaluateOnNewDocument(observe);
  await tab.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
  await tab.waitForFunction(() => window.__contentAt !== undefined && window.__readyAt !== undefined, {
    timeout: 30_000,
  });
  await tab.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), SETTLE_MS);
  const inPage = await tab.evaluate(() => ({
    contentAt: window.__contentAt,
    readyAt: window.__readyAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    tbt: window.__longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    longest: Math.max(0, ...window.__longTasks),
    cls: window.__shifts.reduce((sum, s) => sum + s.value, 0),
    shifts: window.__shifts,
    tasks: window.__tasks.join(' '),
  }));
  const metrics = await tab.metrics();
  return {
    tab,
    context,
    result: { ...inPage, bytes, script: metrics.ScriptDuration * 1000, task: metrics.TaskDuration * 1000 },
  };
}

const scriptMs = async (tab) => (await tab.metrics()).ScriptDuration * 1000;

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
    out.push({ ms, script: (await scriptMs(tab)) - before });
    await tab.evaluate(async () => {
      document.querySelector('ent-help').restart();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    });
  }
  return out;
}

/** French → English through the language picker, timed to the next painted frame with the new text. */
async function localeSwitch(tab) {
  const before = await scriptMs(tab);
  const r = await tab.evaluate(async () => {
    const el = document.querySelector('ent-help');
    const text = el.shadowRoot.textContent;
    const t0 = performance.now();
    const button = el.shadowRoot.querySelector('[part~="language-button"][lang="en"]');
    if (button) button.click();
    else el.setAttribute('lang', 'en');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    for (let i = 0; i < 60 && el.shadowRoot.textContent === text; i++) await new Promise((r) => setTimeout(r, 16));
    return { ms: performance.now() - t0, changed: el.shadowRoot.textContent !== text };
  });
  return r.changed ? { ms: r.ms, script: (await scriptMs(tab)) - before } : undefined;
}

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
const browserVersion = await browser.version();

/** The widget's first screen as a declarative shadow root: its shadow root's HTML and styles after a first render. */
async function firstScreen() {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/first-screen.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.querySelector('ent-help').shadowRoot?.querySelector('[part~="choice"]'));
  const { markup, css } = await tab.evaluate(() => {
    const root = document.querySelector('ent-help').shadowRoot;
    const rules = (s) => [...s.cssRules].map((r) => r.cssText).join('');
    return { markup: root.innerHTML, css: root.adoptedStyleSheets.map(rules).join('') };
  });
  await context.close();
  return `<template shadowrootmode="open"><style>${css}</style>${markup}</template>`;
}
for (const path of Object.keys(html))
  if (html[path].includes(FIRST_SCREEN)) {
    const dsd = await firstScreen();
    html[path] = html[path].replace(FIRST_SCREEN, () => dsd);
    served.delete(path);
  }
const loadAtStart = loadavg()[0];
const startedAt = Date.now();
const samples = {}; // `${profile} ${path}` → results
const add = (key, value) => (samples[key] ??= []).push(value);
try {
  // One warm-up round, not counted: the first loads pay for the browser's own start-up.
  for (const path of Object.keys(pages)) await (await load(browser, path, 'none')).context.close();
  for (let run = 0; run < RUNS; run++) {
    for (const profile of run % 2 ? [...profiles].reverse() : profiles) {
      for (const path of Object.keys(pages)) {
        const { tab, context, result } = await load(browser, path, profile);
        add(`${profile} ${path}`, result);
        if (process.env.BENCH_DEBUG)
          console.error(profile, path, {
            fcp: result.fcp,
            content: result.contentAt,
            ready: result.readyAt,
            longest: result.longest,
            tasks: result.tasks,
          });
        if (showShifts && result.shifts.length)
          console.error(
            profile,
            path,
            result.shifts.map((s) => `${s.value.toFixed(4)} at ${s.at.toFixed(0)} ms: ${s.sources.join(', ')}`),
          );
        if (profile === 'none' && path === '/stepper.html') {
          for (const s of await stepChanges(tab)) add('step', s);
          const l = await localeSwitch(tab);
          if (l) add('locale', l);
        }
        await context.close();
      }
    }
    process.stderr.write(`run ${run + 1}/${RUNS} (${((Date.now() - startedAt) / 1000).toFixed(0)} s)\n`);
  }
} finally {
  await browser.close();
  server.close();
}
const elapsed = (Date.now() - startedAt) / 1000;

// ---- Report --------------------------------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, p) => {
  const s = sorted(xs);
  const i = p * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
};
const median = (xs) => quantile(xs, 0.5);
const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const values = (profile, path, field) => samples[`${profile} ${path}`].map((s) => s[field]);
/** « median (25th–75th percentile) ». */
const spread = (xs, d = 0) => `${f(median(xs), d)} (${f(quantile(xs, 0.25), d)}–${f(quantile(xs, 0.75), d)})`;
/** Per-run ratio to the static page of the same run and profile (paired), so a slow moment weighs on both. */
const ratios = (profile, path, field = 'contentAt') => {
  const a = values(profile, STATIC, 'contentAt');
  return values(profile, path, field).map((b, i) => b / a[i]);
};
const kb = (b) => (b / 1024).toFixed(1);
const shipped = (profile, path) => {
  const m = (k) => median(samples[`${profile} ${path}`].map((s) => s.bytes[k]));
  const rest = m('script') + m('css') + m('other');
  return `${kb(m('html'))}${rest ? ` + ${kb(rest)}` : ''} KB${m('fonts') ? ` + ${kb(m('fonts'))} KB fonts` : ''}`;
};
const yes = (ok) => (ok ? 'yes' : '**no**');
const hasStatic = !!pages[STATIC];

const table = (profile) =>
  [
    `| page | shipped (gzip): page + scripts and styles | content on screen (ms) | ratio to static | widget rendered (ms) | CLS | TBT (ms) | longest task (ms) |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(pages).map(([path, p]) => {
      const ready = p.ready ? spread(values(profile, path, 'readyAt')) : '–';
      return `| ${p.label} | ${shipped(profile, path)} | ${spread(values(profile, path, 'contentAt'))} | ${
        hasStatic && !p.viewport ? spread(ratios(profile, path), 2) : '–'
      } | ${ready} | ${spread(values(profile, path, 'cls'), 3)} | ${spread(values(profile, path, 'tbt'))} | ${spread(values(profile, path, 'longest'))} |`;
    }),
  ].join('\n');

const gzipKB = gzipSync(bundle, { level: 9 }).length / 1024;
let lh;
if (process.argv.includes('--lighthouse'))
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

const has = (path) => !!pages[path];
const ratioOf = (profile, path) => median(ratios(profile, path));
const target = [];
target.push(
  `| \`dist/ent-help.js\` ≤ 24 KB gzip (every locale, every feature) | ${gzipKB.toFixed(1)} KB | ${yes(gzipKB <= 24)} |`,
);
const notes = [];
const staticMs = (profile) => median(values(profile, STATIC, 'contentAt'));
if (hasStatic && profiles.includes('slow4g'))
  for (const path of ['/stepper.html', '/accordion.html'].filter(has)) {
    const r = ratioOf('slow4g', path);
    const over = (r - 1.25) * staticMs('slow4g');
    target.push(
      `| ${pages[path].label}: content on screen ≤ 1.25 × static, slow 4G | ${spread(ratios('slow4g', path), 2)}${
        r > 1.25 ? `: ${f(over)} ms over` : ''
      } | ${yes(r <= 1.25)} |`,
    );
  }
if (hasStatic && profiles.includes('slow4g') && has('/stepper.html')) {
  // What the network alone costs the bare element: a request after the page's, and its bytes.
  const scriptBytes = median(samples[`slow4g /stepper.html`].map((s) => s.bytes.script));
  const { latency, downloadThroughput } = PROFILES.slow4g.conditions;
  const wire = latency + (scriptBytes / downloadThroughput) * 1000;
  const budget = 0.25 * staticMs('slow4g');
  notes.push(
    `- **Bare element ≤ 1.25 × static on slow 4G**: the static page's content is on screen at ${f(staticMs('slow4g'))} ms, so 1.25 × leaves ${f(budget)} ms for everything the element adds. The script alone costs ${f(wire)} ms of network before it can run: one more request after the page's (${latency} ms round trip) and ${kb(scriptBytes)} KB at ${f(downloadThroughput * 8e-6, 1)} Mbit/s (${f((scriptBytes / downloadThroughput) * 1000)} ms); then its evaluation and first render at 4× (the bare element's *content on screen* less the page's own: the table). At 24 KB gzip the network part would still be ${f(latency + ((24 * 1024) / downloadThroughput) * 1000)} ms. No external script of this size fits in the budget on this profile; what meets it is the snippet with its fallback inside (its content is the page's HTML): ${has('/snippet.html') ? spread(ratios('slow4g', '/snippet.html'), 2) : '–'} × static.`,
  );
  if (has('/preload.html'))
    notes.push(
      `- **\`<link rel="modulepreload">\`** in the head: ${spread(ratios('slow4g', '/preload.html'), 2)} × static against ${spread(ratios('slow4g', '/stepper.html'), 2)} without, on slow 4G: no gain, since the script line is found by the preload scanner as early (and a school's page editor cannot reach the head).`,
    );
}
for (const path of ['/snippet.html', '/snippet-desktop.html'].filter(has))
  for (const profile of profiles) {
    const c = values(profile, path, 'cls');
    target.push(
      `| ${pages[path].label}: CLS ≤ 0.005, ${PROFILES[profile].label} | ${spread(c, 3)}, max ${f(Math.max(...c), 3)} | ${yes(median(c) <= 0.005)} |`,
    );
  }
if (has('/snippet-desktop.html'))
  notes.push(
    `- **The snippet's CLS**: the snippet's \`<style>\` draws its fallback as the widget's first screen (the same card, title, question and answer boxes in the same sizes, each section named by the answer and its hint), and the widget shows it in its own card from the upgrade to its first render, so the page's text after it keeps its place when the widget replaces it: ${profiles.map((p) => `${f(median(values(p, '/snippet-desktop.html', 'cls')), 3)} at 1280×800 (${PROFILES[p].label})`).join(', ')}; before this (the fallback's closed sections, half as tall as the first screen) 0.043 at 1280×800. Where a host theme's rules beat the snippet's, or an editor strips the \`<style>\`, the fallback's height differs and what follows moves by the difference. \`--shifts\` prints the moves.${
      has('/snippet-first-screen.html')
        ? ` The experiment above (the widget's first screen and styles as a declarative shadow root in the snippet, without its \`<style>\`) measures CLS ${profiles.map((p) => `${f(median(values(p, '/snippet-first-screen.html', 'cls')), 3)} (${PROFILES[p].label})`).join(', ')}, but its buttons do nothing without script and the build would need a browser.`
        : ''
    }`,
  );
const ours = Object.entries(pages).filter(([, p]) => p.ours);
for (const profile of profiles) {
  const rows = ours.map(([path, p]) => ({ p, t: median(values(profile, path, 'tbt')) }));
  const worst = [...rows].sort((a, b) => b.t - a.t)[0];
  if (worst)
    target.push(
      `| TBT 0 ms in each of our pages (30 instances included), ${PROFILES[profile].label} | ${rows.map((r) => `${r.p.label} ${f(r.t)}`).join('; ')} ms; static HTML ${hasStatic ? f(median(values(profile, STATIC, 'tbt'))) : '–'} ms | ${yes(worst.t === 0)} |`,
    );
}
if (ours.length)
  notes.push(
    `- **TBT**: our pages' long tasks are the module's evaluation (which also upgrades every element: the stylesheet is parsed, sessionStorage opened) and the first render (Lit prepares every template the first screen uses, then style and layout); with many instances, the next first renders go in slices of ~25 ms, each granted only if the render before it would still fit. The static page's own parsing and layout make long tasks too at 4× on a busy machine: compare with its row.`,
  );
if (gzipKB > 24)
  notes.push(
    `- **Bundle**: ${gzipKB.toFixed(1)} KB gzip, ${(gzipKB - 24).toFixed(1)} KB over 24 KB (\`npm run size\` shows where the bytes go).`,
  );
if (samples.step) {
  const stepScript = median(samples.step.map((s) => s.script));
  target.push(
    `| step change ≤ 16 ms scripting at ×4 (${samples.step.length} samples) | ${f(stepScript, 1)} ms; ${f(median(samples.step.map((s) => s.ms)), 1)} ms click → next painted frame | ${yes(stepScript <= 16)} |`,
  );
}
if (samples.locale)
  target.push(
    `| locale switch, French → English (no target) | ${f(median(samples.locale.map((s) => s.ms)), 1)} ms to the next painted frame, ${f(median(samples.locale.map((s) => s.script)), 1)} ms scripting | – |`,
  );
if (lh)
  target.push(
    `| Lighthouse mobile performance 100 (demo page) | ${lh.score} (median of ${lh.runs}: ${lh.scores.join(', ')}; Lighthouse ${lh.version}; TBT ${f(lh.tbt)} ms, LCP ${f(lh.lcp)} ms, CLS ${f(lh.cls, 3)}, simulated) | ${yes(lh.score === 100)} |`,
  );

const peerVersions = await Promise.all(
  PEER_PACKAGES.map(
    async (p) => `${p} ${JSON.parse(await readFile(`node_modules/${p}/package.json`, 'utf8')).version}`,
  ),
);
const command = `${RUNS === 13 ? '' : `BENCH_RUNS=${RUNS} `}npm run bench${
  only || arg('profiles') || lh ? ` -- ${process.argv.slice(2).join(' ')}` : ''
}`;

const md = `# Benchmarks

Generated by \`npm run bench\` (scripts/bench.mjs, pages in scripts/lib/bench-pages.mjs); do not edit by hand, run it
again.

- Date: ${new Date().toISOString()}; command: \`${command}\`; ${RUNS} runs in ${(elapsed / 60).toFixed(1)} min
- Machine: ${osType()} ${release()}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB; node ${process.version}; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (other work on the machine slows every figure)
- Browser: ${browserVersion} (headless, ${CHROMIUM_PATH}), CPU throttling ×${THROTTLE}, viewport 390×844, a fresh browser context (no cache) per load
- Network: ${profiles.map((p) => PROFILES[p].label).join('; ')}; CDP \`Network.emulateNetworkConditions\` (latency added to each request, throughput shared); files served by a local server, gzip level 9, no cache
- Bundle: \`dist/ent-help.js\` ${kb(bundle.length)} KB raw, ${gzipKB.toFixed(1)} KB gzip (see \`npm run size\`)
- Peers, from their npm packages (devDependencies, exact versions): ${peerVersions.join(', ')}

Each figure is the median of ${RUNS} runs with, in brackets, the 25th–75th percentile (the middle half of the runs).
Each run loads every page once under each network profile, in turn.

${profiles.map((p) => `## ${PROFILES[p].label}, CPU ×${THROTTLE}\n\n${table(p)}`).join('\n\n')}

## Targets (issue 16)

| target | measured | met |
| --- | --- | --- |
${target.join('\n')}

${notes.join('\n')}

## What is measured

- **Content on screen**: from navigation start to the first painted frame in which the page's first case title
  (« Je n’arrive pas à me connecter ») is rendered, visible (a box with a size, \`checkVisibility()\` with opacity and
  visibility), inside the first screen (390×844), and drawn in its font. Which element: static HTML, the first
  \`<summary>\`; the snippet, the fallback's first \`<summary>\` (shown before the upgrade, then through a slot until the
  first render), or the widget's first answer button once it has rendered; bare \`<ent-help>\`, the first answer button
  in its shadow root (accordion: the first section's button); 30 instances, the first instance's; Shoelace, the first
  \`sl-details\`' summary once the element has upgraded (hidden until then, as Shoelace's docs advise); GOV.UK and DSFR,
  the first section's heading or button (in the HTML; their scripts add behaviour). *Drawn in its font*: text in a web
  font (GOV.UK's GDS Transport, DSFR's Marianne) counts once its face has loaded, or in the fallback font as the CSS
  says (\`font-display: swap\` at once, \`fallback\` 100 ms after the text is first laid out). *Painted*: an animation
  callback that finds the content posts a task, which runs after that frame's paint (and a mutation observer on the
  widgets' shadow roots checks again after a render in the same frame). Element Timing would be simpler but does not
  see shadow roots.
- **Ratio to static**: each run's content on screen over the static page's in the same run and profile; the median
  of those ratios and their spread.
- **Widget rendered**: every \`<ent-help>\` of the page shows its first answer or section button (same painted-frame
  rule, not the viewport).
- **CLS**: the sum of the layout shifts without recent input from navigation start until ${SETTLE_MS} ms after the content
  and the widgets are on screen. \`node scripts/bench.mjs --shifts\` prints what moved.
- **TBT**: the sum of the part over 50 ms of every long task over the same time (from navigation start, not from
  the first paint as Lighthouse does: stricter); *longest task* the longest one.
- **Shipped**: bytes received for the page (gzip, headers included): the HTML, then scripts, stylesheets and other
  files, then fonts.
- The host page is the same school page around each: text before and after the help, so what grows moves what follows.
  The bare elements' pages have the CSS that docs/performance.md gives for an empty \`<ent-help>\` (a reserved
  \`min-height\` until it is defined); the snippet's needs none. The script line is the README's, with its SRI hash.
  The peers' pages are set up as their docs say: Shoelace's light theme and its \`sl-details\` component alone; GOV.UK
  Frontend's compiled stylesheet, script and \`initAll()\`, with the GOV.UK template's body classes; DSFR's core
  and accordion stylesheets and module scripts (not the whole \`dsfr.min.css\`). Their sections hold the same content as the static page's (each top-level
  section's content as the same HTML inside).
${
  samples.step
    ? `
## Interactions (stepper, no network throttling, ×${THROTTLE})

| action (median) | click → next painted frame (ms) | scripting (ms) |
| --- | ---: | ---: |
| step change (choose an answer), ${samples.step.length} samples | ${f(median(samples.step.map((s) => s.ms)), 1)} | ${f(median(samples.step.map((s) => s.script)), 1)} |
| locale switch (French → English, the picker's button) | ${samples.locale ? `${f(median(samples.locale.map((s) => s.ms)), 1)} | ${f(median(samples.locale.map((s) => s.script)), 1)}` : '– | –'} |
`
    : ''
}`;

console.log(md);
if (write) {
  await writeFile('BENCHMARKS.md', md);
  // The README quotes some of these figures (scripts/docs-snippets.mjs): they follow.
  await rewriteDocs({ write: true });
}
