// node --test: every attribute of the README's table is in each CMS allow-list of docs/install.md,
// so an editor configured from the guide never strips one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const install = readFileSync('docs/install.md', 'utf8');
const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Links to a node'));
const attributes = [...table.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);

test('the README lists the attributes', () => {
  assert.ok(attributes.includes('mode') && attributes.includes('persist'), attributes.join());
});

const lists = {
  'WordPress $allowed': /\$allowed = \[([^\]]*)\]/,
  'Joomla Extended Valid Elements': /`ent-help\[([^\]]*)\]`/,
  'Drupal Manually editable HTML tags': /`<ent-help ([^>]*)>`/,
};
for (const [name, pattern] of Object.entries(lists)) {
  test(`docs/install.md: ${name} names every attribute`, () => {
    const list = install.match(pattern)?.[1];
    assert.ok(list, `${name} not found`);
    const names = list.split(/[\s,|']+/).filter(Boolean);
    for (const attribute of attributes) assert.ok(names.includes(attribute), `${name} lacks ${attribute}`);
  });
}
