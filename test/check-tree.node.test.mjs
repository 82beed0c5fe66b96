// node --test: `npm run check-tree` on the example, the built-in tree and broken trees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const run = (...args) => spawnSync(process.execPath, ['scripts/check-tree.mjs', ...args], { encoding: 'utf8' });

test('the example tree is valid and gets a Mermaid diagram', () => {
  const r = run('examples/tree.example.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /```mermaid\nflowchart TD\n/);
  assert.match(r.stdout, /accueil\{"Avez-vous reçu vos identifiants \?"\}/);
  assert.match(r.stdout, /accueil -->\|"Non"\| sans-identifiants/);
  assert.match(r.stdout, /premiere-connexion -->\|"Le mot de passe provisoire est refusé"\| sans-identifiants/);
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

test('an unreadable file exits 2', () => {
  const r = run('does-not-exist.json');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read it as JSON/);
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
