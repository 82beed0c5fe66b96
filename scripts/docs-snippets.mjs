// The script lines, addresses and file names that the README and the install guides quote must be
// those of the build: a school copies them as they are.
//   node scripts/docs-snippets.mjs           lists what is stale (exit 1), after `npm run build`
//   npm run docs:snippets                     rewrites the stale hashes, versions and figures in place
// Checked in DOCS: every `integrity="sha384-<hash>"` of a <script> whose src ends in ent-help.js or
// ent-help.iife.js is that built file's hash; every CDN address and archive name carries
// package.json's version; every `dist/<file>` named exists after the build; every figure quoted
// from the benchmark, written `<!-- BENCHMARKS.md: slow 4G; <page>; <column> -->1.02`, is the
// median that BENCHMARKS.md gives in that section's table, at that page's row and that column
// (`npm run bench` rewrites them too once it has written BENCHMARKS.md). A hash written
// `sha384-…` is a placeholder and is left alone. test/docs-snippets.node.test.mjs runs the check.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { sri, version as packageVersion } from './static-procedure.mjs';

export const DOCS = ['README.md', 'docs/install.md', 'docs/fr/installer.md'];

const SCRIPT = /<script\b[^>]*\bsrc="([^"]*?(ent-help(?:\.iife)?\.js))"[^>]*>/g;
const VERSIONED = /(ent-help@|ent-help-(?:wordpress-)?)(\d+\.\d+\.\d+(?:-[\w.]+)?)(\/|\.zip)/g;
const DIST_FILE = /\bdist\/([\w.-]+\.(?:js|html|json))\b/g;
const FIGURE = /(<!-- BENCHMARKS\.md: ([^;]+); ([^;]+); ([^;]+?) -->)(\d+(?:\.\d+)?)/g;

/**
 * The tables of BENCHMARKS.md's text: section title → page (the first cell) → column → the cell's
 * median (its first number, before the bracketed spread), as written.
 */
export function benchTables(markdown) {
  const tables = new Map();
  for (const section of markdown.split(/^## /m).slice(1)) {
    const title = section.slice(0, section.indexOf('\n'));
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) =>
        line
          .slice(1, -1)
          .split(' | ')
          .map((cell) => cell.trim()),
      );
    if (rows.length < 3) continue;
    const [header, , ...body] = rows;
    const table = new Map();
    for (const row of body)
      table.set(row[0], new Map(header.map((column, i) => [column, row[i]?.match(/^\d+(?:\.\d+)?/)?.[0]])));
    tables.set(title, table);
  }
  return tables;
}

/** [fixed text, problems] for one file's text: `problems` lists what was stale, with line numbers. */
export function fix(text, { hashes, version, bench }) {
  const problems = [];
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  let out = text.replace(SCRIPT, (tag, src, file, index) =>
    tag.replace(/integrity="(sha384-[A-Za-z0-9+/=]{20,})"/, (attr, hash) => {
      if (hash === hashes[file]) return attr;
      problems.push(`line ${lineOf(index)}: the integrity of ${src} is not the hash of dist/${file}`);
      return `integrity="${hashes[file]}"`;
    }),
  );
  out = out.replace(VERSIONED, (m, head, v, tail, index) => {
    if (v === version) return m;
    problems.push(`line ${lineOf(index)}: ${m} names version ${v}, package.json has ${version}`);
    return `${head}${version}${tail}`;
  });
  out = out.replace(FIGURE, (m, comment, section, page, column, figure, index) => {
    const title = [...(bench?.keys() ?? [])].find((t) => t.startsWith(section));
    const measured = title && bench.get(title).get(page)?.get(column);
    if (!measured) {
      problems.push(`line ${lineOf(index)}: BENCHMARKS.md has no « ${column} » of « ${page} » under « ${section} »`);
      return m;
    }
    if (measured === figure) return m;
    problems.push(`line ${lineOf(index)}: ${page}, ${column}: ${figure} where BENCHMARKS.md measures ${measured}`);
    return `${comment}${measured}`;
  });
  for (const m of text.matchAll(DIST_FILE))
    if (!existsSync(`dist/${m[1]}`) && !m[1].endsWith('.map'))
      problems.push(`line ${lineOf(m.index)}: dist/${m[1]} is not a file the build writes`);
  return [out, problems];
}

/** The hashes of the two built files, the package's version and BENCHMARKS.md's tables. */
export async function current() {
  return {
    bench: benchTables(await readFile('BENCHMARKS.md', 'utf8')),
    hashes: {
      'ent-help.js': sri(await readFile('dist/ent-help.js')),
      'ent-help.iife.js': sri(await readFile('dist/ent-help.iife.js')),
    },
    version: await packageVersion(),
  };
}

/** Rewrites the stale hashes, versions and figures of DOCS; returns what was stale. */
export async function rewrite({ write }) {
  const built = await current();
  let stale = 0;
  for (const file of DOCS) {
    const text = await readFile(file, 'utf8');
    const [out, problems] = fix(text, built);
    for (const p of problems) console.log(`${file} ${p}`);
    stale += problems.length;
    if (write && out !== text) await writeFile(file, out);
  }
  return stale;
}

async function main() {
  const write = process.argv.includes('--write');
  const stale = await rewrite({ write });
  if (stale && !write) {
    console.error(`${stale} stale: run npm run build && npm run docs:snippets`);
    process.exit(1);
  }
  console.log(
    write ? `${DOCS.join(', ')}: up to date` : `${DOCS.join(', ')}: every hash, version and file is the build's`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
