// node --test: every attribute of the README's table is in each CMS allow-list of the install
// guides (docs/install.md and docs/fr/installer.md), so an editor configured from either guide
// never strips one. (WordPress: the plugin, integrations/wordpress/, lists its own.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const table = readme.slice(readme.indexOf('### Attributes'), readme.indexOf('### Properties and methods'));
const attributes = [...table.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);

test('the README lists the attributes', () => {
  assert.ok(attributes.includes('mode') && attributes.includes('persist'), attributes.join());
});

const lists = {
  'Joomla Extended Valid Elements': /`ent-help\[([^\]]*)\]`/,
  'Drupal Manually editable HTML tags': /`<ent-help ((?:[a-z-]+ )+[a-z-]+)>`/,
};
for (const guide of ['docs/install.md', 'docs/fr/installer.md']) {
  const text = readFileSync(guide, 'utf8');
  for (const [name, pattern] of Object.entries(lists)) {
    test(`${guide}: ${name} names every attribute`, () => {
      const list = text.match(pattern)?.[1];
      assert.ok(list, `${name} not found`);
      const names = list.split(/[\s,|']+/).filter(Boolean);
      for (const attribute of attributes) assert.ok(names.includes(attribute), `${name} lacks ${attribute}`);
    });
  }
}

// A web admin sets the widget from the French guide's table of settings, in plain words: it has a
// row for every attribute of the README's table, and no other.
test('docs/fr/installer.md « Vos réglages » has a row for each attribute of the README', () => {
  const text = readFileSync('docs/fr/installer.md', 'utf8');
  const section = text.slice(text.indexOf('## Vos réglages'), text.indexOf('## WordPress'));
  const rows = [...section.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);
  assert.deepEqual([...rows].sort(), [...attributes].sort());
});

// The French guide promises a web admin « ni Node.js ni aucun outil »: it sends them to no test
// file, and each paragraph that names an npm command says it is for whoever has Node.js, optional.
test('docs/fr/installer.md: no test file, and npm commands only as an option for who has Node.js', () => {
  const text = readFileSync('docs/fr/installer.md', 'utf8');
  assert.deepEqual(text.match(/`test\/[^`]*`/g) ?? [], []);
  for (const paragraph of text.split(/\n\s*\n/).filter((p) => /`npm run /.test(p)))
    assert.match(paragraph, /Node\.js[^.]*facultati/, paragraph.slice(0, 120));
});
