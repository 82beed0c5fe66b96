// node --test, after `npm run build`: the script lines, CDN addresses, archive names and dist/
// files that README.md and the install guides quote are the build's (scripts/docs-snippets.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DOCS, current, fix } from '../scripts/docs-snippets.mjs';

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
