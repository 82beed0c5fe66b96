// node --test: `npm run check-tree` on the example, the built-in tree and broken trees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args) => spawnSync(process.execPath, ['scripts/check-tree.mjs', ...args], { encoding: 'utf8' });

test('the example tree is valid and gets a Mermaid diagram', () => {
  const r = run('examples/tree.example.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /```mermaid\nflowchart TD\n/);
  assert.match(r.stdout, /accueil\{"Avez-vous reçu vos identifiants \?"\}/);
  assert.match(r.stdout, /accueil -->\|"Non"\| sans-identifiants/);
  assert.match(r.stdout, /premiere-connexion -->\|"Le mot de passe provisoire est refusé"\| sans-identifiants/);
});

test('a file saved with a byte order mark (Notepad) is read, as the widget reads it from src', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-tree-'));
  const file = join(dir, 'bom.json');
  writeFileSync(file, `\uFEFF${readFileSync('examples/tree.example.json', 'utf8')}`);
  try {
    const r = run(file);
    assert.equal(r.status, 0, r.stderr);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('the built-in tree passes the schema and the semantic checks', () => {
  const r = run('--default');
  assert.equal(r.status, 0, r.stderr);
  for (const id of ['accueil', 'cas-1', 'cas-2', 'cas-2-mail-non-recu', 'cas-3', 'autres-cas'])
    assert.match(r.stdout, new RegExp(`^  ${id}[({]`, 'm'));
});

test('semantic problems name the node and what is wrong, exit 1', () => {
  const r = run('test/fixtures/tree.invalid.json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /node "accueil": .*cas-inconnu/);
  assert.match(r.stderr, /node "orphelin": .*reach/i);
  assert.equal(r.stdout, '');
});

test('schema problems name the node and the field, exit 1', () => {
  const r = run('test/fixtures/tree.bad-shape.json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /node "accueil": title must NOT have fewer than 1 characters/);
  assert.match(r.stderr, /node "accueil": choices\[0\]\.next must be lowercase kebab-case/);
  assert.match(r.stderr, /node "cas-2": has an unknown field "color"/);
  assert.match(r.stderr, /node "cas-2": content\[0\]\.type must be one of "paragraph", "steps", "note", "contacts"/);
});

test('a lang that is not a language tag is a problem of its own, exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-tree-'));
  const example = JSON.parse(readFileSync('examples/tree.example.json', 'utf8'));
  try {
    for (const [lang, problem] of [
      ['français', /^ {2}- lang must be a language tag \(e\.g\. "fr", "en", "pt-BR"\)$/m],
      ['fr_FR', /^ {2}- lang must be a language tag/m],
      [7, /^ {2}- lang must be string$/m],
    ]) {
      const file = join(dir, 'lang.json');
      writeFileSync(file, JSON.stringify({ ...example, lang }));
      const r = run(file);
      assert.equal(r.status, 1, String(lang));
      assert.match(r.stderr, problem, r.stderr);
    }
    for (const lang of ['fr', 'en', 'pt-BR', 'ar-MA', 'zh-Hant-TW']) {
      writeFileSync(join(dir, 'lang.json'), JSON.stringify({ ...example, lang }));
      assert.equal(run(join(dir, 'lang.json')).status, 0, lang);
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('an unreadable file exits 2', () => {
  const r = run('does-not-exist.json');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read it as JSON/);
});

test('the limits: a file over 256 KB is refused before it is parsed, a path over 32 nodes after, exit 1', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/check-tree-`);
  const chain = (length, title) => ({
    title: 'Chaîne',
    start: 'n0',
    nodes: Array.from({ length }, (_, i) =>
      i === length - 1
        ? { id: `n${i}`, kind: 'outcome', title, content: [{ type: 'paragraph', text: 'Fin.' }] }
        : { id: `n${i}`, kind: 'question', title, choices: [{ label: 'Suite', next: `n${i + 1}` }] },
    ),
  });
  // Not JSON past its first 256 KB: refused by its length, so never parsed.
  writeFileSync(`${dir}/large.json`, `${JSON.stringify(chain(3, 'x'.repeat(90_000)))}`.slice(0, 262_145));
  let r = run(`${dir}/large.json`);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /it is 262145 characters long; at most 262144 \(256 KB\) are read/);
  writeFileSync(`${dir}/deep.json`, JSON.stringify(chain(40, 'Question')));
  r = run(`${dir}/deep.json`);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /the longest path from the start has 40 nodes; at most 32/);
  writeFileSync(`${dir}/wide.json`, JSON.stringify(chain(501, 'Question')));
  r = run(`${dir}/wide.json`);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /nodes must NOT have more than 500 items/);
});

test('a 256 KB tree of 87,000 empty nodes: the widget’s node limit alone, before the schema (ajv took minutes)', async () => {
  const { importDataLayer } = await import('../scripts/lib/import-data-layer.mjs');
  const { treeProblems } = await importDataLayer("export { treeProblems } from './src/data/schema-problems.ts';");
  const dir = mkdtempSync(join(tmpdir(), 'check-tree-'));
  const json = `{"title":"T","start":"a","nodes":[${Array(87_000).fill('{}').join(',')}]}`;
  try {
    writeFileSync(join(dir, 'huge.json'), json);
    // The timeout only ends the old run (over 100 s on this machine), which would otherwise hold the suite.
    const r = spawnSync(process.execPath, ['scripts/check-tree.mjs', join(dir, 'huge.json')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 1, r.error?.message ?? r.stderr);
    assert.equal(r.stderr, `${join(dir, 'huge.json')}: 1 problem(s)\n  - nodes must NOT have more than 500 items\n`);
    // The same words as the widget's error box for it.
    assert.ok(treeProblems(JSON.parse(json)).some((p) => p.message === 'nodes must NOT have more than 500 items'));
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('the schema and src/data/limits.ts agree on the number of nodes', async () => {
  const { readFileSync } = await import('node:fs');
  const { importDataLayer } = await import('../scripts/lib/import-data-layer.mjs');
  const { TREE_LIMITS } = await importDataLayer("export { TREE_LIMITS } from './src/data/limits.ts';");
  const schema = JSON.parse(readFileSync('src/data/tree.schema.json', 'utf8'));
  assert.equal(schema.properties.nodes.maxItems, TREE_LIMITS.nodes);
  for (const figure of ['262,144 characters', '500 nodes', '32 nodes on the longest path', '1,000 accordion sections'])
    assert.ok(schema.description.includes(figure), figure);
});

test('docs/tree.md holds the diagram and the id table of the built-in tree, up to date', async () => {
  const { readFileSync } = await import('node:fs');
  const { withGeneratedDocs } = await import('../scripts/check-tree.mjs');
  const { importDataLayer } = await import('../scripts/lib/import-data-layer.mjs');
  const { createDefaultTree } = await importDataLayer(
    `export { createDefaultTree } from './src/data/default-tree.ts';`,
  );
  const docs = readFileSync('docs/tree.md', 'utf8');
  const tree = JSON.parse(JSON.stringify(createDefaultTree()));
  assert.equal(docs, withGeneratedDocs(docs, tree), 'run npm run check-tree -- --default --docs');
  for (const id of tree.nodes.map((n) => n.id)) assert.match(docs, new RegExp(`\\| \`${id}\` \\|`));
});

test('a school tree whose outcome has no way forward: a warning, exit 0', () => {
  const r = run('test/fixtures/tree.dead-end.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: node "fin": this outcome offers no way forward/);
});

test('a tree whose text holds « </script »: a warning that pasted inline it would end its <script> early, exit 0', async () => {
  // Inside <script type="application/json">, « </script » ends the element: the widget gets the JSON cut short
  // (an error box) and the rest of the tree is shown on the page as text. JSON's « <\/script » reads the same.
  const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/check-tree-`);
  const tree = JSON.parse(readFileSync('test/fixtures/tree.custom.json', 'utf8'));
  tree.nodes[0].choices[0].label = 'Écrivez </SCRIPT> dans le champ';
  const raw = `${dir}/raw.json`;
  writeFileSync(raw, JSON.stringify(tree));
  const r = run(raw);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: .*« <\/script ».*<script type="application\/json">.*« <\\\/script »/);
  const escaped = `${dir}/escaped.json`;
  writeFileSync(escaped, JSON.stringify(tree).replace(/<\//g, '<\\/'));
  const ok = run(escaped);
  assert.equal(ok.status, 0, ok.stderr);
  assert.doesNotMatch(ok.stderr, /script/);
});
