// node --test: the build-time transforms of scripts/lib/rollup-slim.mjs, checked on the built
// file (`npm run build` first; `npm run verify` builds before it runs these).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { domprops } from '../node_modules/terser/tools/domprops.js';
import { rollup } from 'rollup';
import {
  guardInternalNames,
  internalNames,
  moduleOrder,
  shortClassNames,
  shortMsgIds,
  treeMessageOrder,
} from '../scripts/lib/rollup-slim.mjs';

const files = ['dist/ent-help.js', 'dist/ent-help.iife.js'];
const built = Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')]));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const publicNames = new Set(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .flatMap((d) => [
      ...(d.members ?? []).filter((m) => !m.privacy || m.privacy === 'public'),
      ...(d.attributes ?? []),
      ...(d.events ?? []),
    ])
    .map((m) => m.name),
);

for (const file of files) {
  const code = built[file];

  test(`${file}: internal members are shortened, public ones are not`, async () => {
    const names = await internalNames(undefined, {
      publicTypes: ['src/internal/events.ts', 'src/data/types.ts'],
    });
    assert.ok(names.length > 20, `internal names found: ${names.length}`);
    // terser keeps the names it knows as DOM properties, and (keep_quoted) those written quoted
    // anywhere: `dataset['copy']`, `execCommand('copy')`.
    const dom = new Set(domprops);
    const quoted = (n) => new RegExp(`["'\`]${n}["'\`]`).test(code);
    const kept = names.filter((n) => !dom.has(n) && !quoted(n) && new RegExp(`[\\w$\\])]\\.${n}\\b(?!-)`).test(code));
    assert.deepEqual(kept, [], 'an internal member kept its name');
    for (const name of ['mode', 'node', 'goTo', 'restart', 'back', 'headingLevel', 'portalUrl', 'contactEmail']) {
      assert.ok(publicNames.has(name), `${name} is in custom-elements.json`);
      assert.match(code, new RegExp(`\\b${name}\\b`), `${name} is in the bundle`);
    }
    assert.equal(names.filter((n) => publicNames.has(n)).join(), '', 'no name of the public API is an internal one');
  });

  test(`${file}: message ids are numbers, given in place of msg()'s options; no id hashing`, () => {
    // shortMsgIds: `msg('Retour', { id: 'ui.back' })` → `x("Retour",126)` (the number alone).
    assert.match(code, /\("Retour",\d+\)/, "the back button's text and its id");
    assert.doesNotMatch(code, /\{id:\d+\}/, 'an options object holding the id alone');
    // treeMessageOrder: most of the built-in tree's messages carry no number (each is the one after
    // the message read before it); test/built-tree-texts.test.ts checks every text in every locale.
    const tree = code.slice(
      code.indexOf('"Que se passe-t-il ?"') - 200,
      code.lastIndexOf('"cas-2-mail-non-recu-parent"'),
    );
    const bare = tree.match(/\w\("[^"]+"\)/g) ?? [];
    const numbered = tree.match(/\w\("[^"]+",\d+\)/g) ?? [];
    assert.ok(bare.length > 50 && numbered.length < 5, `${bare.length} without a number, ${numbered.length} with one`);
    assert.doesNotMatch(code, /["'`]ui\.[a-z-]+["'`]/, 'a message id as a string');
    assert.doesNotMatch(code, /["'`]cas-1\.title["'`]/, 'a message id as a string');
    assert.ok(!code.includes('\u001e') && !code.includes('\\x1e'), "@lit/localize's id hashing is in");
  });

  test(`${file}: @lit/localize's configureLocalization() is not in (src/internal/localization.ts switches locales)`, () => {
    // Its Deferred (`settled`) and its errors; the treeshake option of rollup.config.mjs drops the
    // module's one statement evaluated on import. −380 B gzip on dist/ent-help.js with the runtime.
    for (const text of ['settled', 'Invalid locale code', 'Internal error'])
      assert.ok(!code.includes(text), `${text} is in the bundle`);
    assert.ok(code.includes('lit-localize-status'), "the status event's name is in the bundle");
  });

  test(`${file}: the texts come after the code, just before the element is defined (moduleOrder)`, () => {
    const at = (text) => {
      const i = code.indexOf(text);
      assert.ok(i >= 0, `${text} is in the bundle`);
      return i;
    };
    // The last code of the element's (navigate()'s event), the built-in tree's French, the
    // translations (the first text of en, ar and pt), the entry's define.
    const element = at('"ent-help-navigate"');
    const texts = [
      'Papier ou mail. Le mot de passe provisoire',
      'On paper or by e-mail.',
      'ورقية أو',
      'Em papel ou por e-mail.',
    ].map(at);
    const define = at('customElements.define(');
    for (const i of texts) assert.ok(element < i && i < define, 'a text module is not between the code and define');
    // The tree's French, the shared French texts, then English, Portuguese and Arabic (gzip's window).
    const shared = at('Ça ne marche toujours pas');
    assert.deepEqual(
      [texts[0], shared, texts[1], texts[3], texts[2]].map((i, n, all) => n === 0 || all[n - 1] < i),
      [true, true, true, true, true],
      'tree, texts, en, pt, ar',
    );
  });

  test(`${file}: the tree validator comes between Lit's css tag and ReactiveElement (moduleOrder)`, () => {
    const validator = code.indexOf('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    assert.ok(validator > code.indexOf('adoptedStyleSheets'), "the validator is before Lit's css tag");
    assert.ok(validator < code.indexOf('observedAttributes'), 'the validator is after ReactiveElement');
  });

  test(`${file}: the checks of addresses and of a custom tree come just before the configuration's (moduleOrder)`, () => {
    const address = code.indexOf('this one is not an address');
    const tree = code.indexOf('no path from the start reaches this node');
    const config = code.indexOf("Pas d'adresse valable");
    assert.ok(address > 0 && tree > 0 && config > 0, 'each text is in the bundle');
    assert.ok(address < tree && tree < config, 'addresses, validateTree, then the configuration');
    // The widget runs walkProblems on a custom tree; validateTree's strict check (wayForwardProblems)
    // is for the tests and check-tree only (−234 B gzip).
    assert.ok(!code.includes('offers no way forward'), 'wayForwardProblems is in');
  });

  test(`${file}: the validator pushes a $ref's errors one by one, no concat (withPushedRefErrors)`, () => {
    // Array#concat copied every error found so far for each node: minutes of a frozen page for a
    // tree of 87,000 empty nodes (test/hardening.test.ts). One push loop per $ref of the schema.
    assert.ok(!code.includes('.concat('), 'a concat is in the bundle');
    const loops = code.match(/for\(const (\w+) of \w+\.errors\)\w+=\(\w+\?\?=\[\]\)\.push\(\1\)/g) ?? [];
    // One per $ref of the schema: the validator is compiled with inlineRefs: false (generate-schema.mjs).
    const refs = readFileSync('src/data/tree.schema.json', 'utf8').match(/"\$ref"/g).length;
    assert.equal(loops.length, refs, "a $ref's errors pushed one by one");
  });

  test(`${file}: the styles' class names and private custom properties are one or two letters, in the styles and the templates alike (shortClassNames)`, () => {
    const { short } = shortClassNames();
    assert.ok(short.size > 40, `${short.size} class names`);
    // The stylesheets: the string literals that read a private custom property.
    const css = [...code.matchAll(/"((?:[^"\\]|\\.)*var\(--_(?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('\n');
    const selectors = new Set([...css.matchAll(/(?<![\d.])\.([a-zA-Z][\w-]*)/g)].map((m) => m[1]));
    const classes = new Set(
      [...code.matchAll(/class=(?:"([^"]*)"|([^\s>"]+))/g)]
        .flatMap((m) => (m[1] ?? m[2]).split(/\s+/))
        .concat([...code.matchAll(/className="([^"]*)"/g)].map((m) => m[1])),
    );
    // The conditional class of the accordion's nested panels (`class=${depth > 3 ? 'panel flat' : 'panel'}`).
    for (const m of code.matchAll(/class=\$\{[^?]*\?"([^"]*)":"([^"]*)"/g))
      for (const c of `${m[1]} ${m[2]}`.split(' ')) classes.add(c);
    const names = new Set(short.values());
    // Kept: what test/embedding.test.ts and test/hardening-round8.test.ts read in the built file (shortClassNames' `keep`).
    const kept = ['base', 'title', 'step-title', 'intro', 'hint', 'source', 'choice-hint', 'check', 'trail'];
    assert.deepEqual(
      [...selectors].filter((c) => !names.has(c) && !kept.includes(c)),
      [],
      'a selector of a long class name',
    );
    assert.deepEqual(
      [...short.keys()].filter((c) => classes.has(c)),
      [],
      'a class attribute with a long class name',
    );
    assert.deepEqual(
      [...selectors].filter((c) => !classes.has(c)),
      [],
      'a selector that no class attribute matches',
    );
    assert.ok(selectors.has(short.get('choice-label')) && classes.has(short.get('visually-hidden')));
    // The private custom properties too: `--_accent` → `--_a`.
    assert.deepEqual(code.match(/--_[\w-]{3,}/g), null, 'a long private custom property');
    assert.ok(code.includes(`${shortClassNames().shortProperty.get('--_accent')}:var(--ent-help-accent,`));
  });

  test(`${file}: styles without the css tag; no decorator`, () => {
    assert.ok(!code.includes("Value passed to 'css' function"), "Lit's css tag is in");
    assert.ok(!code.includes('__decorate') && !code.includes('SuppressedError'), 'tslib is in');
    // Every private custom property read is defined (the dark theme's too).
    const read = new Set([...code.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
    const defined = new Set([...code.matchAll(/(--_[\w-]+):/g)].map((m) => m[1]));
    assert.ok(read.size > 5);
    assert.deepEqual(
      [...read].filter((n) => !defined.has(n)),
      [],
      'a private custom property read but not defined',
    );
  });
}

/** A rollup build of virtual modules (`/v/…`) with moduleOrder(moves): the ES output's code. */
async function buildOrdered(files, moves) {
  const virtual = { name: 'virtual', resolveId: (s) => (s in files ? s : null), load: (id) => files[id] ?? null };
  const bundle = await rollup({ input: '/v/entry.js', plugins: [virtual, moduleOrder(moves)] });
  return (await bundle.generate({ format: 'es' })).output[0].code;
}

test('moduleOrder moves a module before another, also before an anchor that an earlier move has moved', async () => {
  const files = {
    '/v/entry.js': "import { a } from '/v/a.js'; import { b } from '/v/b.js'; export const all = [a(), b()];",
    '/v/a.js': 'export function a() { return "a"; }',
    '/v/b.js': 'export const b = () => "b";',
  };
  const code = await buildOrdered(files, [{ modules: [/\/a\.js$/], before: /\/entry\.js$/ }]);
  assert.ok(code.indexOf('const b') < code.indexOf('function a'), 'a moved after b');
  // b goes before a, which the first move took after b: b, a, then the entry.
  const twice = await buildOrdered(files, [
    { modules: [/\/a\.js$/], before: /\/entry\.js$/ },
    { modules: [/\/b\.js$/], before: /\/a\.js$/ },
  ]);
  assert.ok(twice.indexOf('const b') < twice.indexOf('function a'), 'b before a');
  assert.ok(twice.indexOf('function a') < twice.indexOf('const all'), 'a before the entry');
});

test('moduleOrder checks each move in the order the earlier moves left', async () => {
  // Rollup's order: b, d, c (which reads b as it runs), the entry. The first move takes c before
  // d, so the second, b before d, jumps over c: c would read b before b is declared.
  const files = {
    '/v/entry.js':
      "import { b } from '/v/b.js'; import { d } from '/v/d.js'; import { c } from '/v/c.js'; export const all = [b, c, d()];",
    '/v/b.js': 'export const b = 1;',
    '/v/c.js': "import { b } from '/v/b.js'; export const c = b + 1;",
    '/v/d.js': 'export function d() { return "d"; }',
  };
  const first = { modules: [/\/c\.js$/], before: /\/d\.js$/ };
  const code = await buildOrdered(files, [first]);
  assert.ok(code.indexOf('const b') < code.indexOf('const c') && code.indexOf('const c') < code.indexOf('function d'));
  await assert.rejects(
    buildOrdered(files, [first, { modules: [/\/b\.js$/], before: /\/d\.js$/ }]),
    /c\.js reads b as it is evaluated; moving \/v\/b\.js breaks it/,
  );
});

test('guardInternalNames fails the build when a module not ours reads a property named like an internal member', async () => {
  // A module of node_modules (not src/) that reads `secret`: terser would rename it there too.
  const build = async (lib) => {
    const files = { '/v/entry.js': "import { f } from '/v/lib.js'; export const all = f({});", '/v/lib.js': lib };
    const virtual = { name: 'virtual', resolveId: (s) => (s in files ? s : null), load: (id) => files[id] ?? null };
    await rollup({ input: '/v/entry.js', plugins: [virtual, guardInternalNames(['secret'])] });
  };
  for (const lib of [
    'export const f = (o) => o.secret;',
    "export const f = (o) => o['secret'];",
    'export const f = ({ secret }) => secret;',
    'export function f(o) { const { secret: s } = o; return s; }',
    'export const f = () => ({ secret: 1 });',
    'export const f = () => new (class { secret() {} })();',
  ])
    await assert.rejects(build(lib), /uses a property named "secret"/, lib);
  // A variable of that name is no property: left alone.
  await build('export const f = () => { const secret = 1; return secret; };');
});

test('guardInternalNames fails the build when our code declares a reactive property of an internal name by a string', async () => {
  // terser renames the member `secret` but not the string: Lit would watch a property nobody sets.
  const build = async (entry) => {
    // A module of our src/ (its code already plain JavaScript, as after TypeScript).
    const id = '/v/src/entry.ts';
    const virtual = { name: 'virtual', resolveId: (s) => (s === id ? s : null), load: () => entry };
    const bundle = await rollup({ input: id, plugins: [virtual, guardInternalNames(['secret'])] });
    await bundle.generate({ format: 'es' });
  };
  await assert.rejects(
    build("export class A { static { this.createProperty('secret', { state: true }); } }"),
    /createProperty\('secret'\) names an internal member by a string/,
  );
  await build('export class A { static { for (const k in { secret: 0 }) this.createProperty(k, { state: true }); } }');
  await build("export class A { static { this.createProperty('open', { state: true }); } }");
});

// The written procedure breaks its lines where the widget does (same width, same text): the widget's
// French typography (a no-break space before « ? ! : ; » and after «, src/data/inline.ts) is in it
// too. Without it a line of the snippet's fallback broke before « : » where the widget's could not,
// and the widget, one line taller, moved what follows when it replaced the fallback.
for (const file of ['dist/snippet.html', 'dist/ent-help.html']) {
  test(`${file}: the widget's French typography, no plain space before « ? ! : ; » or after «`, () => {
    const html = readFileSync(file, 'utf8');
    const body = html.slice(html.lastIndexOf('</style>') + 8);
    const text = body
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;/g, '\u00a0');
    assert.ok(text.includes('courrier\u00a0: vous utilisez'), 'the Cas 2 door’s hint is in, with its no-break space');
    assert.deepEqual(text.match(/.{0,20} [?!:;»]|« .{0,20}/g) ?? [], []);
  });
}

test('shortClassNames rewrites a class given by a string literal, and fails the build on any other way of giving one', async () => {
  const build = async (entry) => {
    const id = '/v/src/entry.ts';
    const virtual = { name: 'virtual', resolveId: (s) => (s === id ? s : null), load: () => entry };
    const bundle = await rollup({ input: id, plugins: [virtual, shortClassNames()] });
    return (await bundle.generate({ format: 'es' })).output[0].code;
  };
  const { short } = shortClassNames();
  const code = await build(
    "const html = String.raw; export const f = (x, el) => { el.className = 'choice'; return html`<p class=${x ? 'choice note' : 'note'}></p><p class=\"choice card\"></p>`; };",
  );
  for (const c of [short.get('choice'), `${short.get('choice')} ${short.get('note')}`, `${short.get('choice')} card`])
    assert.ok(code.includes(c), c);
  await assert.rejects(build("export const f = (el) => el.classList.add('choice');"), /sets a class in a way/);
  await assert.rejects(build("export const f = (el) => el.setAttribute('class', 'choice');"), /sets a class in a way/);
  await assert.rejects(
    build('const html = String.raw; export const f = (x) => html`<p class=${x}></p>`;'),
    /a class given by an expression/,
  );
  await assert.rejects(
    build('const html = String.raw; export const f = (x) => html`<p class="choice ${x}"></p>`;'),
    /mixes text and an expression/,
  );
});

test('treeMessageOrder: the built-in tree read in one order; shortMsgIds drops the numbers that follow it, and fails on a call in a branch', async () => {
  const sequence = await treeMessageOrder();
  assert.ok(sequence.ids.length > 90 && new Set(sequence.ids).size > 90, `${sequence.ids.length} messages read`);
  const build = async (entry) => {
    const id = '/v/src/data/default-tree.ts';
    const virtual = { name: 'virtual', resolveId: (s) => (s === id ? s : null), load: () => entry };
    const bundle = await rollup({ input: id, plugins: [virtual, shortMsgIds({ sequence })], external: ['x'] });
    return (await bundle.generate({ format: 'es' })).output[0].code;
  };
  // The first two messages createDefaultTree() reads: the second goes without its number.
  const [first, second] = sequence.ids;
  const code = await build(
    `import { msg } from 'x'; export function createDefaultTree() { return [msg('a', { id: '${first}' }), msg('b', { id: '${second}' })]; }`,
  );
  assert.match(code, /msg\('a', \d+\)/);
  assert.match(code, /msg\('b'\)/);
  // Not in a function nested in it (it could run later), nor in another module.
  assert.match(
    await build(
      `import { msg } from 'x'; export function createDefaultTree() { return () => msg('b', { id: '${second}' }); }`,
    ),
    /msg\('b', \d+\)/,
  );
  await assert.rejects(
    build(
      `import { msg } from 'x'; export function createDefaultTree(c) { return c ? msg('a', { id: '${first}' }) : ''; }`,
    ),
    /a call inside a branch or a loop of createDefaultTree/,
  );
});

// Cas 2's « ET SI ? » reason, once: the accordion drops a question's hint where each case under it
// says it (saidInEvery(), src/views/accordion.ts), and the written procedure does too. It printed
// the reason three times, under the question and again at the top of each case.
const REASON =
  "Vous ne recevez pas de mail de réinitialisation de mot de passe, cela signifie que l'adresse mail renseignée est incorrecte.";
for (const file of ['dist/ent-help.html', 'dist/snippet.html', 'dist/snippet-classic.html', 'dist/snippet-cdn.html']) {
  test(`${file}: Cas 2's « ET SI ? » reason once in each case, not again in the question above them`, () => {
    const text = (s) => s.replace(/<[^>]+>/g, '').replace(/&nbsp;|\u00a0/g, ' ');
    const html = readFileSync(file, 'utf8');
    const question = html.match(/<p id="ent-help-cas-2-mail-non-recu">[\s\S]*?<\/p>/)?.[0];
    assert.ok(question, 'the question is in');
    assert.ok(!text(question).includes(REASON), text(question));
    for (const who of ['eleve', 'parent']) {
      const section = html.match(
        new RegExp(`<details[^>]*data-node="cas-2-mail-non-recu-${who}"[\\s\\S]*?</details>`),
      )?.[0];
      assert.equal(text(section ?? '').split(REASON).length - 1, 1, `the ${who}'s case says it once, word for word`);
    }
    assert.equal(text(html).split(REASON).length - 1, 2, 'two cases, the reason once in each');
  });
}
