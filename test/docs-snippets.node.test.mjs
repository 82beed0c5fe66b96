// node --test, after `npm run build`: the script lines, CDN addresses, archive names and dist/
// files that README.md and the install guides quote are the build's, and the benchmark figures BENCHMARKS.md's (scripts/docs-snippets.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DOCS, benchTables, current, fix } from '../scripts/docs-snippets.mjs';

const built = await current();

for (const file of DOCS) {
  test(`${file} quotes the built files' hashes, this version's addresses and files that exist`, async () => {
    const [, problems] = fix(await readFile(file, 'utf8'), built);
    assert.deepEqual(problems, [], 'run npm run build && npm run docs:snippets');
  });
}

test('the README and both guides give the CDN line with its hash and crossorigin', async () => {
  const line = `<script type="module" src="https://cdn.jsdelivr.net/npm/ent-help@${built.version}/dist/ent-help.js" integrity="${built.hashes['ent-help.js']}" crossorigin="anonymous"></script>`;
  for (const file of DOCS) assert.ok((await readFile(file, 'utf8')).includes(line), `${file} lacks ${line}`);
});

test('the check finds a stale hash, an old version and a file the build does not write', () => {
  const stale = `<script type="module" src="/js/ent-help.js" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script>
https://cdn.jsdelivr.net/npm/ent-help@0.0.1/dist/ent-help.js ent-help-0.0.1.zip dist/nothing.html
<script src="/js/ent-help.iife.js" integrity="sha384-…"></script>`;
  const [out, problems] = fix(stale, built);
  assert.equal(problems.length, 4, problems.join('\n'));
  assert.ok(out.includes(built.hashes['ent-help.js']) && out.includes(`ent-help@${built.version}/`));
  assert.ok(out.includes('integrity="sha384-…"'), 'a placeholder is left alone');
});

test("the README's benchmark figures are BENCHMARKS.md's medians", async () => {
  const readme = await readFile('README.md', 'utf8');
  // The snippet's and the bare element's ratios to static HTML, the figures its paragraph for schools gives.
  for (const page of ['the snippet as pasted (fallback inside)', 'bare `<ent-help>` (stepper)'])
    assert.ok(
      readme.includes(`<!-- BENCHMARKS.md: slow 4G; ${page}; ratio to static -->`),
      `README.md no longer quotes the ratio of ${page} from BENCHMARKS.md`,
    );
  const [, problems] = fix(readme, built);
  assert.deepEqual(problems, [], 'run npm run docs:snippets');
});

test('the check finds a figure that BENCHMARKS.md does not give, and rewrites a stale one', () => {
  const bench = benchTables(`## slow 4G (1.6 Mbit/s), CPU ×4

| page | content on screen (ms) | ratio to static |
| --- | ---: | ---: |
| static HTML | 499 (468–587) | 1.00 (1.00–1.00) |
| bare \`<ent-help>\` (stepper) | 839 (813–927) | 1.67 (1.59–1.84) |
`);
  const text = `in <!-- BENCHMARKS.md: slow 4G; bare \`<ent-help>\` (stepper); ratio to static -->1.7 ×,
<!-- BENCHMARKS.md: slow 4G; static HTML; content on screen (ms) -->499 ms,
<!-- BENCHMARKS.md: no network; static HTML; ratio to static -->1.00 ×`;
  const [out, problems] = fix(text, { ...built, bench });
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /1\.7 where BENCHMARKS\.md measures 1\.67/);
  assert.match(problems[1], /has no « ratio to static » of « static HTML » under « no network »/);
  assert.ok(out.includes('(stepper); ratio to static -->1.67 ×'), out);
});
