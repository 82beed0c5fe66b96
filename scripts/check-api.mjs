// Checks that the README's API tables name what custom-elements.json (npm run analyze) declares.
//   npm run api:check      exit 1, with the differences, when they disagree
// Compared, for the <ent-help> class: attributes ("### Attributes"), public
// properties and methods ("### Properties and methods"), events ("### Events"), parts ("### Parts")
// and CSS custom properties ("### CSS custom properties"): the first column's `code` of each table.
// Also checks that package.json's `types`, `exports`, `customElements` and `sideEffects` name files
// that exist (run it after `npm run build`).
import { access, readFile } from 'node:fs/promises';

const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const readme = await readFile('README.md', 'utf8');

const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'ent-help' || d.name === 'EntHelp');
if (!element) throw new Error('custom-elements.json declares no EntHelp class: run npm run analyze.');

/** The names in the first column of the first table after `heading`, without backticks or `(…)`. */
function tableNames(heading) {
  const at = readme.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README.md has no "${heading}" section.`);
  const lines = readme.slice(at + heading.length + 2).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cell = line.split('|')[1] ?? '';
    const name = /`([^`]+)`/.exec(cell)?.[1];
    if (name) rows.push(name.replace(/\(.*\)$/, ''));
  }
  return rows;
}

const lifecycle = new Set(['connectedCallback', 'disconnectedCallback', 'attributeChangedCallback']);
const expected = {
  attributes: (element.attributes ?? []).map((a) => a.name),
  'properties and methods': (element.members ?? [])
    .filter((m) => !m.static && (m.privacy ?? 'public') === 'public' && !lifecycle.has(m.name))
    .map((m) => m.name),
  events: (element.events ?? []).map((e) => e.name),
  parts: (element.cssParts ?? []).map((p) => p.name),
  'custom properties': (element.cssProperties ?? []).map((p) => p.name),
};
const documented = {
  attributes: tableNames('### Attributes'),
  'properties and methods': tableNames('### Properties and methods'),
  events: tableNames('### Events'),
  parts: tableNames('### Parts'),
  'custom properties': tableNames('### CSS custom properties'),
};

let failed = false;

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const targets = [pkg.types, pkg.customElements, ...pkg.sideEffects.filter((f) => !f.startsWith('./src/'))];
for (const entry of Object.values(pkg.exports))
  targets.push(...(typeof entry === 'string' ? [entry] : Object.values(entry)));
// A subpath pattern (`./dist/*`) names a folder: that folder must exist.
for (const file of new Set(targets.map((t) => t.replace(/\/\*$/, '/')))) {
  try {
    await access(file);
  } catch {
    failed = true;
    console.error(`package.json names ${file}, which does not exist (npm run build && npm run analyze).`);
  }
}
if (!pkg.exports['.']?.types || pkg.exports['.'].types !== pkg.types) {
  failed = true;
  console.error('package.json: exports["."].types must be the same file as "types".');
}
for (const [kind, names] of Object.entries(expected)) {
  const listed = documented[kind];
  const missing = names.filter((n) => !listed.includes(n));
  const extra = listed.filter((n) => !names.includes(n));
  const twice = listed.filter((n, i) => listed.indexOf(n) !== i);
  if (missing.length || extra.length || twice.length) {
    failed = true;
    console.error(`README ${kind}:`);
    if (missing.length) console.error(`  missing (in the manifest, not in README.md): ${missing.join(', ')}`);
    if (extra.length) console.error(`  extra (in README.md, not in the manifest): ${extra.join(', ')}`);
    if (twice.length) console.error(`  listed twice: ${twice.join(', ')}`);
  } else console.log(`README ${kind}: ${names.length}, as in custom-elements.json`);
}
if (failed) {
  console.error('Update README.md or the class JSDoc (@attr, @fires, @csspart, @cssprop), then npm run analyze.');
  process.exit(1);
}
