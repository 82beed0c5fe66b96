// node --test: the widget's validator (ajv's standalone code, src/generated/tree-validator.js) is
// up to date with the published schema and words the same problems as `check-tree` (ajv at run
// time) for the default tree, the example and many broken copies of them; check-tree's Mermaid
// shows the `otherwise` branch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { importDataLayer } from '../scripts/lib/import-data-layer.mjs';
import {
  AJV_OPTIONS,
  MODULE_FILE,
  patternWords,
  SCHEMA_FILE,
  validatorModule,
  withPushedRefErrors,
  withSlimOutput,
} from '../scripts/generate-schema.mjs';
import { mermaid } from '../scripts/check-tree.mjs';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const data = await importDataLayer(`export { treeProblems, schemaProblems } from './src/data/schema-problems.ts';
  export { default as validate } from './src/generated/tree-validator.js';
  export { createDefaultTree } from './src/data/default-tree.ts';`);
const ajv = new Ajv(AJV_OPTIONS).compile(schema);

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

test('the compiled validator is up to date (npm run build writes it)', () => {
  assert.equal(readFileSync(MODULE_FILE, 'utf8'), validatorModule(schema));
});

test("a $ref's errors are pushed one by one, and a concat of another shape fails the build", () => {
  const ajv =
    'vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;';
  assert.equal(
    withPushedRefErrors(`if(x){${ajv}}`),
    'if(x){for (const e of validate12.errors) errors = (vErrors ??= []).push(e);}',
  );
  assert.throws(() => withPushedRefErrors(`if(x){${ajv.replace('errors = vErrors.length;', '')}}`), /new shape/);
  assert.throws(() => withPushedRefErrors('vErrors = vErrors.concat(other);'), /new shape/);
});

test("ajv's output slimmed (withSlimOutput): each rule's leftovers are out of the validator", () => {
  const code = readFileSync(MODULE_FILE, 'utf8');
  // What each rule takes out, found in the module when that rule is off.
  const left = {
    schemaPath: /schemaPath:"#\//,
    parentData: /\b(?:parentData|parentDataProperty|rootData)\b/,
    enums: /\bschema\d+\.properties\./,
    own: /func0\.call\(data\d*, "/,
  };
  for (const [rule, re] of Object.entries(left)) {
    assert.ok(!re.test(code), `${rule}: ${re} is in the validator`);
    assert.ok(re.test(validatorModule(schema, {}, { without: [rule] })), `${rule} off: ${re} is not in`);
  }
  assert.ok(code.includes('allowedValues: ["question","outcome"]'), 'an enum written out');
  // own: a field is there when it is defined and the object's own, as ajv's ownProperties checks it.
  assert.equal(
    withSlimOutput(
      'const func0 = Object.prototype.hasOwnProperty;if(data.a !== undefined && func0.call(data, "a")){}if((data.b === undefined) || (!(func0.call(data, "b")))){}',
    ),
    'const func0 = Object.prototype.hasOwnProperty;const own = (data, key) => data[key] !== undefined && func0.call(data, key);if(own(data, "a")){}if(!own(data, "b")){}',
  );
  assert.throws(
    () => withSlimOutput('const func0 = Object.prototype.hasOwnProperty;if(func0.call(data, "a")){}'),
    /new shape/,
  );
  assert.equal(
    data.validate({
      title: 'T',
      start: 'a',
      nodes: [{ id: 'a', kind: 'outcome', title: 'A', content: [{ type: 'note', text: 'x' }] }],
    }),
    true,
  );
  assert.equal(data.validate(Object.assign(Object.create({ title: 'T' }), { start: 'a', nodes: [] })), false);
  assert.equal(data.validate.errors[0].params.missingProperty, 'title', 'an inherited field is not there');
  // push: one statement per report, the same errors and count.
  const report = 'const err0 = {instancePath,keyword:"type",params:{type: "string"}};';
  const ajv = `${report}if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;`;
  assert.equal(
    withSlimOutput(`if(x){${ajv}}`),
    'if(x){errors = (vErrors ??= []).push({instancePath,keyword:"type",params:{type: "string"}});}',
  );
  assert.equal(withSlimOutput(`if(x){${ajv}}`, { without: ['push'] }), `if(x){${ajv}}`);
  assert.ok(!/\berr\d+\b|vErrors\.push/.test(code), 'an error report of ajv is left');
  assert.throws(() => withSlimOutput(`${report}errors++;`), /new shape/);
  // The errors themselves: no schemaPath; a pattern's params as ajv's, which schema-problems.ts words by.
  assert.equal(data.validate({ title: 'T', start: 'Pas Un Id', nodes: [] }), false);
  assert.deepEqual(
    data.validate.errors.map((e) => Object.keys(e).join()),
    data.validate.errors.map(() => 'instancePath,keyword,params'),
  );
  assert.deepEqual(data.validate.errors.find((e) => e.keyword === 'pattern')?.params, {
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  });
});

/**
 * What schemaProblems reads of an error (where, which keyword, its params), without the errors of
 * the if/then wrappers, which it skips and the widget's validator does not report
 * (scripts/generate-schema.mjs).
 */
const reported = (errors) =>
  (errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));

test('a pattern error is worded by the schema: its patternErrorMessage, in the widget as in check-tree', async () => {
  const words = patternWords(schema);
  assert.deepEqual(words, {
    '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$': 'must be a language tag (e.g. "fr", "en", "pt-BR")',
    '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'must be lowercase kebab-case (e.g. "cas-2")',
  });
  const { patternWords: bundled } = await import(MODULE_FILE);
  assert.deepEqual(bundled, words, 'the generated module carries them');
  // Any field with a pattern: its words, wherever it is (no field named in the wording code).
  const error = {
    instancePath: '/nodes/0/choices/1/next',
    keyword: 'pattern',
    params: { pattern: Object.keys(words)[0] },
  };
  assert.deepEqual(data.schemaProblems({ nodes: [{ id: 'a' }] }, [error]), [
    { node: 'a', message: 'choices[1].next must be a language tag (e.g. "fr", "en", "pt-BR")' },
  ]);
  assert.throws(
    () => patternWords({ properties: { x: { type: 'string', pattern: '^x$' } } }),
    /no patternErrorMessage/,
  );
});

test('valid trees: no problem', () => {
  for (const tree of [defaultTree, example]) {
    assert.equal(ajv(tree), true);
    assert.deepEqual(data.treeProblems(tree), []);
  }
});

test('broken trees: the widget words the same schema problems as check-tree', () => {
  let compared = 0;
  const check = (tree, what) => {
    if (ajv(tree)) return;
    const problems = data.treeProblems(tree);
    assert.ok(problems.length > 0, what);
    assert.equal(data.validate(tree), false, what);
    assert.deepEqual(reported(data.validate.errors), reported(ajv.errors), `${what}: the errors as ajv's`);
    assert.deepEqual(problems, data.schemaProblems(tree, ajv.errors), what);
    compared++;
  };
  for (const base of [defaultTree, example]) {
    for (const path of paths(base)) {
      if (path.length === 0) continue;
      for (const [name, breakIt] of breakages) {
        const tree = clone(base);
        breakIt(at(tree, path.slice(0, -1)), path.at(-1));
        check(tree, `${path.join('/')} ${name}`);
      }
    }
  }
  for (const value of [null, 42, 'x', [], {}]) check(value, JSON.stringify(value));
  assert.ok(compared > 900, `${compared} broken trees compared`);
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

test('a node without kind, a block without type: that one problem, not the fields of every kind', () => {
  // `if: { properties: { kind: { const: … } } }` holds when there is no kind at all: each kind's
  // `then` applied, and a question without kind « must have required property 'content' ».
  const tree = clone(example);
  delete tree.nodes[0].kind;
  const outcome = tree.nodes.find((n) => n.kind === 'outcome');
  outcome.content = [{ items: ['Un pas.'] }];
  assert.deepEqual(
    data.treeProblems(tree).map((p) => `${p.node}: ${p.message}`),
    ["accueil: must have required property 'kind'", `${outcome.id}: content[0] must have required property 'type'`],
  );
  // Both ways of reading a tree agree: the widget's validator and ajv (check-tree).
  assert.equal(ajv(tree), false);
  assert.deepEqual(data.treeProblems(tree), data.schemaProblems(tree, ajv.errors));
});

test("check-tree's Mermaid diagram shows the otherwise branch, dotted, where the widget offers it", () => {
  const text = mermaid(defaultTree);
  // The built-in tree lists « Autres Cas » under every outcome itself: solid arrows, no dotted one.
  assert.match(text, /^ {2}cas-1 -->\|"Ça ne marche toujours pas"\| autres-cas$/m);
  assert.doesNotMatch(text, /-\.->/);
  assert.doesNotMatch(mermaid(example), /-\.->/);
  const withOtherwise = { ...clone(example), otherwise: 'sans-identifiants' };
  delete withOtherwise.nodes[1].followUps;
  assert.match(mermaid(withOtherwise), /^ {2}premiere-connexion -\.->\|"Ça n’a pas marché \?"\| sans-identifiants$/m);
});
