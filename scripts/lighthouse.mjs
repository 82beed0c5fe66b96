// Lighthouse (mobile, performance only) on the demo page, served from 127.0.0.1, in Debian's
// Chromium (CHROME_PATH, default /usr/bin/chromium) with the project's flags and --headless=new.
// Not a test and not part of `npm test` or `verify` (it takes about a minute); nothing is downloaded.
//   npm run lighthouse                 (builds first; LIGHTHOUSE_RUNS=N for N runs, default 3; prints the median)
//   node scripts/lighthouse.mjs --json (prints the figures as JSON, for scripts/bench.mjs)
// Lighthouse's mobile defaults: a Moto G Power-sized screen, simulated slow 4G and 4× CPU slowdown.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the repository's demo/ and dist/ (what `npm start` serves), nothing else. */
const server = createServer(async (req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (path.endsWith('/')) path += 'index.html';
  if (/^\/(demo|dist)\/[\w./-]+$/.test(path) && !path.includes('..')) {
    try {
      const body = await readFile(join(process.cwd(), path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      return res.end(body);
    } catch {
      /* 404 below */
    }
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/demo/`;

const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const runs = [];
let version = '';
try {
  for (let i = 0; i < RUNS; i++) {
    // A new browser per run: no cache, no warm process from the previous run.
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: false, // --headless=new below, as Lighthouse's own launcher does
      args: [...CHROMIUM_FLAGS, '--headless=new', '--remote-debugging-port=0'],
    });
    try {
      const port = Number(new URL(browser.wsEndpoint()).port);
      const result = await lighthouse(url, {
        port,
        onlyCategories: ['performance'],
        output: 'json',
        logLevel: 'error',
      });
      const { lhr } = result;
      version = lhr.lighthouseVersion;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const run = { score: Math.round(lhr.categories.performance.score * 100) };
      for (const [key, id] of Object.entries(AUDITS)) run[key] = lhr.audits[id].numericValue;
      runs.push(run);
      process.stderr.write(`lighthouse run ${i + 1}/${RUNS}: ${run.score}\n`);
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}

const summary = { version, runs: runs.length, url: '/demo/' };
for (const key of ['score', ...Object.keys(AUDITS)]) summary[key] = median(runs.map((r) => r[key]));
summary.scores = runs.map((r) => r.score);

if (process.argv.includes('--json')) console.log(JSON.stringify(summary));
else {
  console.log(
    `Lighthouse ${version}, mobile, performance, demo page (median of ${runs.length}: ${summary.scores.join(', ')})`,
  );
  console.log(`  score ${summary.score}`);
  console.log(
    `  first contentful paint ${summary.fcp.toFixed(0)} ms, largest contentful paint ${summary.lcp.toFixed(0)} ms`,
  );
  console.log(`  total blocking time ${summary.tbt.toFixed(0)} ms, cumulative layout shift ${summary.cls.toFixed(3)}`);
  console.log(`  speed index ${summary.si.toFixed(0)} ms`);
}
