// Fails (exit 1) when a message of the source lacks a translation in a locale, or when a
// translation lost a placeholder or a bold mark. Run after `lit-localize extract`, which adds
// every new msg() to each xliff/<locale>.xlf without a <target>.
//   node scripts/check-translations.mjs   (npm run localize:check)
import { readFileSync, readdirSync } from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const dir = config.interchange.xliffDir;
const problems = [];
const count = (text, pattern) => (text.match(pattern) ?? []).length;
// What a translation must keep from its source: str`` placeholders, {portal}, {email}, **bold**.
const KEPT = [/<x id="\d+"/g, /\{portal\}/g, /\{email\}/g, /\*\*/g];

let sourceIds;
for (const locale of config.targetLocales) {
  const file = `${dir.replace(/\/?$/, '/')}${locale}.xlf`;
  if (!readdirSync(dir).includes(`${locale}.xlf`)) {
    problems.push(`${file}: missing; run npm run localize`);
    continue;
  }
  const xml = readFileSync(file, 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const ids = units.map((u) => u[1]);
  sourceIds ??= ids;
  // The bundle does not ship @lit/localize's id hashing (scripts/lib/rollup-slim.mjs): every
  // msg() names its id, `{ id: '<node>.<field>' }`. A hashed id (s/h + 16 hex) means one did not.
  for (const id of ids.filter((i) => /^[sh][0-9a-f]{16}$/.test(i))) {
    if (locale === config.targetLocales[0]) problems.push(`${id}: a msg() without { id: '…' }; give it one`);
  }
  for (const id of sourceIds) if (!ids.includes(id)) problems.push(`${file}: no entry for ${id}`);
  for (const [, id, body] of units) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (!target?.trim()) {
      problems.push(`${file}: ${id} is not translated`);
      continue;
    }
    for (const pattern of KEPT) {
      if (count(source, pattern) !== count(target, pattern)) {
        problems.push(`${file}: ${id} does not keep ${pattern.source.replace(/\\/g, '')} as the source does`);
      }
    }
  }
}
if (problems.length) {
  console.error(`Translations incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Translations complete: ${sourceIds?.length ?? 0} messages in ${config.targetLocales.join(', ')}.`);
