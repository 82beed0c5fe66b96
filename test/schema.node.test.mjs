// node --test: the widget's schema checker (src/data/schema.ts) finds the same errors as ajv on
// the published schema, for the default tree, the example and many broken copies of them; the
// generated schema module is up to date; check-tree's Mermaid shows the `otherwise` branch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { importDataLayer } from '../scripts/lib/import-data-layer.mjs';
import { MODULE_FILE, SCHEMA_FILE, schemaModule } from '../scripts/generate-schema.mjs';
import { mermaid } from '../scripts/check-tree.mjs';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const data = await importDataLayer(`export { schemaErrors } from './src/data/schema.ts';
  export { treeSchema } from './src/generated/tree-schema.ts';
  export { treeProblems } from './src/data/schema-problems.ts';
  export { createDefaultTree } from './src/data/default-tree.ts';`);
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

/** The errors as comparable strings: where, which keyword, which parameter; the wrapper `if` errors left out. */
const key = (errors) =>
  [
    ...new Set(
      (errors ?? [])
        .filter((e) => e.keyword !== 'if')
        .map((e) => `${e.instancePath} ${e.keyword} ${e.params.additionalProperty ?? ''} ${e.message}`),
    ),
  ].sort();

const clone = (x) => JSON.parse(JSON.stringify(x));
const defaultTree = clone(data.createDefaultTree());
const example = JSON.parse(readFileSync('examples/tree.example.json', 'utf8'));

/** Every value inside a tree, by path, so that each can be broken in turn. */
function* paths(value, path = []) {
  yield path;
  if (value && typeof value === 'object') for (const k of Object.keys(value)) yield* paths(value[k], [...path, k]);
}
const at = (tree, path) => path.reduce((v, k) => v[k], tree);

/** Ways to break the value at a path (its parent is an object or an array). */
const breakages = [
  ['deleted', (parent, k) => (Array.isArray(parent) ? parent.splice(Number(k), 1) : Reflect.deleteProperty(parent, k))],
  ['emptied', (parent, k) => (parent[k] = typeof parent[k] === 'string' ? '' : Array.isArray(parent[k]) ? [] : {})],
  ['a number', (parent, k) => (parent[k] = 42)],
  ['null', (parent, k) => (parent[k] = null)],
  ['Upper Case', (parent, k) => (parent[k] = 'Pas Un Id')],
  ['with an extra field', (parent, k) => (parent[k] = { ...(parent[k] ?? {}), color: 'red' })],
];

test('the generated schema module is up to date (npm run build writes it)', () => {
  assert.equal(readFileSync(MODULE_FILE, 'utf8'), schemaModule(schema));
});

test('the schema uses only the keywords the widget checker knows', () => {
  const known = new Set(['$ref', 'type', 'required', 'properties', 'additionalProperties', 'items', 'minItems']);
  for (const k of ['minLength', 'pattern', 'enum', 'const', 'allOf', 'if', 'then', 'definitions']) known.add(k);
  const walk = (s, inProperties) => {
    if (typeof s !== 'object' || s === null) return;
    for (const [k, v] of Object.entries(s)) {
      if (!inProperties && !['description', 'title', '$id', '$schema'].includes(k)) assert.ok(known.has(k), k);
      if (Array.isArray(v)) v.forEach((x) => walk(x, false));
      else walk(v, k === 'properties' || k === 'definitions');
    }
  };
  walk(schema, false);
});

test('valid trees: no error from either', () => {
  for (const tree of [defaultTree, example]) {
    assert.equal(ajv(tree), true);
    assert.deepEqual(data.schemaErrors(data.treeSchema, tree), []);
    assert.deepEqual(data.treeProblems(tree), []);
  }
});

test('broken trees: the same errors as ajv, at the same places', () => {
  let compared = 0;
  for (const base of [defaultTree, example]) {
    for (const path of paths(base)) {
      if (path.length === 0) continue;
      for (const [name, breakIt] of breakages) {
        const tree = clone(base);
        breakIt(at(tree, path.slice(0, -1)), path.at(-1));
        ajv(tree);
        assert.deepEqual(key(data.schemaErrors(data.treeSchema, tree)), key(ajv.errors), `${path.join('/')} ${name}`);
        compared++;
      }
    }
  }
  for (const value of [null, 42, 'x', [], {}]) {
    ajv(value);
    assert.deepEqual(key(data.schemaErrors(data.treeSchema, value)), key(ajv.errors), JSON.stringify(value));
  }
  assert.ok(compared > 1000, `${compared} broken trees compared`);
});

test('treeProblems names the node and the field, then runs the semantic checks', () => {
  const tree = clone(example);
  tree.nodes[0].choices[0].next = 'Nulle Part';
  tree.nodes[1].color = 'red';
  assert.deepEqual(data.treeProblems(tree), [
    { node: 'accueil', message: 'choices[0].next must be lowercase kebab-case (e.g. "cas-2")' },
    { node: 'premiere-connexion', message: 'has an unknown field "color"' },
  ]);
  const dangling = clone(example);
  dangling.nodes[0].choices[1].next = 'cas-inconnu';
  assert.deepEqual(
    data.treeProblems(dangling).map((p) => p.node + ': ' + p.message),
    ['accueil: choices[1].next leads to "cas-inconnu", which does not exist'],
  );
});

test("check-tree's Mermaid diagram shows the otherwise branch, dotted, where the widget offers it", () => {
  const text = mermaid(defaultTree);
  assert.match(text, /^ {2}cas-1 -\.->\|"Problème non résolu"\| autres-cas$/m);
  // Not from outcomes with follow-ups or contacts, nor from the otherwise node itself.
  assert.equal(text.match(/-\.->/g).length, 1);
  assert.doesNotMatch(mermaid(example), /-\.->/);
  const withOtherwise = { ...clone(example), otherwise: 'sans-identifiants' };
  delete withOtherwise.nodes[1].followUps;
  assert.match(mermaid(withOtherwise), /^ {2}premiere-connexion -\.->\|"Problème non résolu"\| sans-identifiants$/m);
});
