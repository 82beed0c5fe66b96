// node --test, after `npm run build`: scripts/release.mjs writes release/ent-help-<version>.zip with
// what a school needs, and the same bytes on every run, in any time zone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { releaseDate } from '../scripts/release.mjs';
import { scriptTags, sri } from '../scripts/static-procedure.mjs';

const run = promisify(execFile);
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const archive = `release/ent-help-${version}.zip`;

/** Runs the release script with time zone `tz`; resolves with the archive's bytes. */
async function release(tz) {
  await run(process.execPath, ['scripts/release.mjs'], { env: { ...process.env, TZ: tz } });
  return readFile(archive);
}

test('two runs, in two time zones, write the same bytes', async () => {
  const first = await release('UTC');
  const second = await release('Pacific/Auckland');
  assert.ok(first.length > 50_000);
  assert.ok(first.equals(second), 'the archive differs between runs');
});

test('the archive holds what a school uploads or pastes, sorted, dated the release day, and nothing else', async () => {
  const bytes = await release('Europe/Paris');
  const files = unzipSync(new Uint8Array(bytes));
  // Each central directory entry (signature PK\1\2) carries its DOS date at offset 14.
  const [year, month, day] = releaseDate(await readFile('CHANGELOG.md', 'utf8'), version);
  const dates = [];
  for (let at = bytes.indexOf('PK\x01\x02'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 4))
    dates.push(bytes.readUInt16LE(at + 14));
  assert.deepEqual(dates, Array(8).fill(((year - 1980) << 9) | (month << 5) | day));
  const folder = `ent-help-${version}`;
  assert.deepEqual(
    Object.keys(files),
    [
      'LICENCES.txt',
      'LISEZ-MOI.txt',
      'ent-help.html',
      'ent-help.iife.js',
      'ent-help.js',
      'snippet-cdn.html',
      'snippet-classic.html',
      'snippet.html',
    ].map((f) => `${folder}/${f}`),
  );
  for (const file of ['ent-help.js', 'ent-help.iife.js', 'snippet.html', 'ent-help.html'])
    assert.ok(Buffer.from(files[`${folder}/${file}`]).equals(await readFile(`dist/${file}`)), `${file} is dist's`);
  assert.doesNotMatch(Buffer.from(files[`${folder}/ent-help.js`]).toString(), /sourceMappingURL/);

  const lisezMoi = Buffer.from(files[`${folder}/LISEZ-MOI.txt`]).toString();
  const tags = scriptTags({
    integrity: sri(await readFile('dist/ent-help.js')),
    classicIntegrity: sri(await readFile('dist/ent-help.iife.js')),
    version,
  });
  for (const tag of Object.values(tags)) assert.ok(lisezMoi.includes(tag), `LISEZ-MOI.txt lacks ${tag}`);
  assert.match(lisezMoi, /Access-Control-Allow-Origin/);
  // Under a strict CSP the snippets' <style> needs its hash in style-src: the hash of its text as pasted.
  const pasted = Buffer.from(files[`${folder}/snippet.html`]).toString();
  const style = pasted.slice(pasted.indexOf('<ent-help ')).match(/<style>([\s\S]*?)<\/style>/)[1];
  const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  assert.ok(lisezMoi.includes(`style-src 'self' ${hash}`), `LISEZ-MOI.txt lacks style-src 'self' ${hash}`);
  // What the admin checks the page against: the widget's own first question, and the files to upload.
  assert.match(lisezMoi, /première question \(« Que se passe-t-il \? »\)/);
  assert.match(lisezMoi, /trois fichiers à déposer/);
  // A school other than the FAQ's lycée gives its own address: where and how is said.
  assert.match(lisezMoi, /remplacez campus\.coulommiers@ac-creteil\.fr\s+\(celle du lycée de la FAQ\)/);
  assert.match(Buffer.from(files[`${folder}/LICENCES.txt`]).toString(), /BSD 3-Clause[\s\S]*Google LLC/);
});

test('the release date comes from the CHANGELOG heading of the version, or the release stops', async () => {
  assert.deepEqual(releaseDate('# Changelog\n\n## 1.2.3 — 2027-01-31\n', '1.2.3'), [2027, 1, 31]);
  assert.throws(() => releaseDate('## Unreleased\n', '1.2.3'), /CHANGELOG.md has no heading « ## 1.2.3/);
  const [year] = releaseDate(await readFile('CHANGELOG.md', 'utf8'), version);
  assert.ok(year >= 2026);
});
