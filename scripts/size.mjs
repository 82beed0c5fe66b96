// Size budget of the files we ship, and what their bytes are spent on.
//   npm run build && npm run size             prints the table; exit 1 if a file is over budget
//   npm run size -- --lower                   lowers the recorded budgets that can go down
// Shipped files: dist/*.js (source maps and the report are not loaded by a page).
// Budgets live in size-budget.json, in bytes of gzip: the target (24 KB, issue 16) once it is met; until
// then the measured size rounded up to the next 0.5 KB. A budget only ever goes down: --lower never
// raises one, and raising one by hand is a decision to write in CHANGELOG.md.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { sri as integrityOf } from './static-procedure.mjs';

const BUDGET_FILE = 'size-budget.json';
const REPORT_FILE = 'dist/size-report.json';
const STEP = 512;

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const pad = (s, n) => String(s).padStart(n);
const padEnd = (s, n) => String(s).padEnd(n);

const budgets = JSON.parse(await readFile(BUDGET_FILE, 'utf8'));
const target = budgets.targetGzip;
const files = (await readdir('dist')).filter((f) => f.endsWith('.js')).sort();
if (!files.length) {
  console.error('No dist/*.js: run `npm run build` first.');
  process.exit(1);
}

let failed = false;
let lowered = false;
const rows = [];
for (const name of files) {
  const bytes = await readFile(`dist/${name}`);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  const sri = integrityOf(bytes);
  const budget = budgets.files[name];
  let verdict;
  if (budget === undefined) {
    verdict = 'NO BUDGET';
    failed = true;
  } else if (gzip > budget) {
    verdict = `OVER by ${gzip - budget} B`;
    failed = true;
  } else {
    verdict = gzip <= target ? 'ok, target met' : `ok, ${kb(gzip - target)} above target`;
    const earned = Math.max(target, Math.ceil(gzip / STEP) * STEP);
    if (earned < budget) {
      if (process.argv.includes('--lower')) {
        budgets.files[name] = earned;
        lowered = true;
        verdict += `; budget lowered to ${kb(earned)}`;
      } else verdict += `; budget can go down to ${kb(earned)} (npm run size -- --lower)`;
    }
  }
  rows.push({ name, raw: bytes.length, gzip, brotli, budget, verdict, sri });
}

console.log(`Shipped files (gzip level 9, brotli quality 11; target ${kb(target)} gzip each)\n`);
console.log(
  `${padEnd('file', 22)}${pad('raw', 11)}${pad('gzip', 11)}${pad('brotli', 11)}${pad('budget', 11)}  verdict`,
);
for (const r of rows) {
  console.log(
    `${padEnd(r.name, 22)}${pad(kb(r.raw), 11)}${pad(kb(r.gzip), 11)}${pad(kb(r.brotli), 11)}${pad(
      r.budget === undefined ? '-' : kb(r.budget),
      11,
    )}  ${r.verdict}`,
  );
}
console.log('\nSubresource Integrity (integrity="…" on the <script> tag):');
for (const r of rows) console.log(`  ${padEnd(r.name, 20)}  ${r.sri}`);

// What the bytes are spent on, from the bundler (rollup's renderedLength: the module's code
// after tree-shaking, before minification; gzip of that code alone).
try {
  const report = JSON.parse(await readFile(REPORT_FILE, 'utf8'));
  // One table per distinct list of modules: the IIFE bundles the same modules as ent-help.js, so its
  // table would repeat the first one (60 rows in the middle of `verify`).
  const shown = new Map();
  for (const [file, modules] of Object.entries(report)) {
    const key = modules.map((m) => m.module).join('\n');
    if (shown.has(key)) {
      console.log(`\n${file}: the same modules as ${shown.get(key)} (table above)`);
      continue;
    }
    shown.set(key, file);
    const total = modules.reduce((sum, m) => sum + m.rendered, 0);
    console.log(`\n${file}: bytes per module, from rollup (before minification)\n`);
    console.log(`${padEnd('module', 58)}${pad('rendered', 11)}${pad('share', 7)}${pad('gzip alone', 12)}`);
    for (const m of modules) {
      console.log(
        `${padEnd(m.module, 58)}${pad(kb(m.rendered), 11)}${pad(`${((100 * m.rendered) / total).toFixed(1)}%`, 7)}${pad(
          kb(m.renderedGzip),
          12,
        )}`,
      );
    }
  }
} catch {
  console.log(`\n(no ${REPORT_FILE}: run \`npm run build\` for the per-module table)`);
}

if (lowered) await writeFile(BUDGET_FILE, JSON.stringify(budgets, null, 2) + '\n');
if (failed) {
  console.error('\nSize budget exceeded (or a shipped file has no budget in size-budget.json).');
  process.exit(1);
}
