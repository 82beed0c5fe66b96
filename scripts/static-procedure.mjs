// Run by `npm run build` after rollup. Writes, from the same tree as the widget
// (createDefaultTree() in src/data/default-tree.ts, compiled for node with esbuild):
//   dist/snippet.html   paste-ready: the script tag with its SRI hash, and <ent-help> whose
//                       children are the full procedure as plain HTML (shown while no script runs,
//                       hidden once the widget renders: its shadow root has no <slot>)
//   dist/snippet-classic.html  the same for the classic build (dist/ent-help.iife.js), for
//                       editors that strip type="module" (or a sandboxed iframe without CORS)
//   dist/ent-help.html  the procedure as a standalone static page
// and prints the SRI hash of each built file.
//
// loadTree() and staticProcedure() are the static generator of the perf branch's scripts/bench.mjs
// (its « static » page), moved here so that the benchmark and the build share one generator.
import { importDataLayer } from './lib/import-data-layer.mjs';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

/** Compiles the data layer for node (esbuild) and imports it: createDefaultTree() runs without DOM. */
export async function loadTree() {
  return importDataLayer(`export { createDefaultTree, DEFAULT_CONFIG } from './src/data/default-tree.ts';
                          export { parseInline } from './src/data/inline.ts';
                          export { isHomeOf } from './src/data/navigator.ts';`);
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * The whole procedure as plain HTML (French source text): the title, the first question, then
 * every node once, as a <details> section nested under the answer of its shortest route (as the
 * accordion shows it); where another answer leads to it too, a link to that section.
 * `headingLevel` (1–6) is the title's level; sections go one level down each, at most 6.
 * Text is escaped; only the tree's `**bold**`, `{portal}` and `{email}` become markup.
 */
export function staticProcedure(
  { createDefaultTree, DEFAULT_CONFIG, parseInline, isHomeOf },
  { headingLevel = 2 } = {},
) {
  const tree = createDefaultTree();
  const { portalUrl, contactEmail } = DEFAULT_CONFIG;
  const h = (level) => Math.min(6, level);
  const inline = (text) =>
    parseInline(text)
      .map((s) =>
        s.type === 'strong'
          ? `<strong>${escape(s.text)}</strong>`
          : s.type === 'portal'
            ? `<a href="${escape(portalUrl)}">${escape(portalUrl)}</a>`
            : s.type === 'email'
              ? `<a href="mailto:${escape(contactEmail)}">${escape(contactEmail)}</a>`
              : escape(s.text),
      )
      .join('');
  const audience = { eleve: 'Vous êtes élève', parent: 'Vous êtes parent', tous: 'Élève ou parent' };
  const blocks = (content) =>
    content
      .map((b) => {
        switch (b.type) {
          case 'paragraph':
            return `<p>${inline(b.text)}</p>`;
          case 'note':
            return `<p class="note">${inline(b.text)}</p>`;
          case 'steps':
            return `${b.intro ? `<p>${inline(b.intro)}</p>` : ''}<ol>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ol>`;
          case 'contacts':
            return `<div class="contacts"><p><strong>Qui contacter ?</strong></p><ul>${b.items
              .map((c) => `<li>${audience[c.audience]} : ${inline(c.text)}</li>`)
              .join('')}</ul></div>`;
          default:
            throw new Error(`Unknown block type ${b.type}`);
        }
      })
      .join('\n');
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const choicesOf = (n) => (n.kind === 'question' ? n.choices : (n.followUps ?? []));
  const followUpsTitle = (n) =>
    n.kind === 'outcome' && n.followUps?.length && n.followUpsTitle
      ? `<p><strong>${inline(n.followUpsTitle)}</strong></p>\n`
      : '';
  const sections = (parent, trail, level) =>
    followUpsTitle(parent) +
    choicesOf(parent)
      .filter((c) => byId.has(c.next) && !trail.includes(c.next))
      .map((c) => {
        const n = byId.get(c.next);
        if (!isHomeOf(tree, parent.id, n.id))
          return `<p>→ <a href="#ent-help-${n.id}">${inline(c.label)}</a> (${inline(n.title)})</p>`;
        // A question's section is named by the answer that opens it (« Je n'arrive pas à me connecter »), an outcome's by its title.
        return `<details id="ent-help-${n.id}" data-node="${n.id}"><summary><h${h(level)}>${inline(n.kind === 'question' ? c.label : n.title)}</h${h(level)}></summary>\n${
          n.kind === 'question' ? `<p>${inline(n.title)}${n.hint ? ` ${inline(n.hint)}` : ''}</p>` : blocks(n.content)
        }\n${sections(n, [...trail, n.id], level + 1)}</details>`;
      })
      .join('\n');
  const first = byId.get(tree.start);
  return `<h${h(headingLevel)}>${inline(tree.title)}</h${h(headingLevel)}>
<p>${inline(first.title)}${first.hint ? ` ${inline(first.hint)}` : ''}</p>
${sections(first, [first.id], headingLevel + 1)}
${tree.source ? `<p><small>${inline(tree.source)}</small></p>` : ''}`;
}

/** The SRI value of a file: `sha384-<base64>`. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

async function main() {
  const tree = await loadTree();
  const integrity = sri(await readFile('dist/ent-help.js'));
  const classicIntegrity = sri(await readFile('dist/ent-help.iife.js'));
  const fallback = `<ent-help>
${staticProcedure(tree)}
</ent-help>
`;
  const snippet = `<!-- <ent-help>: replace the src with the address of ent-help.js on your site. The text inside
     <ent-help> is shown if the script cannot run and hidden once the widget has rendered. -->
<script type="module" src="/chemin/vers/ent-help.js" integrity="${integrity}" crossorigin="anonymous"></script>
${fallback}`;
  const classicSnippet = `<!-- <ent-help>, classic build: for an editor that strips type="module". Replace the src with the
     address of ent-help.iife.js on your site. The text inside <ent-help> is shown if the script
     cannot run and hidden once the widget has rendered. -->
<script src="/chemin/vers/ent-help.iife.js" defer integrity="${classicIntegrity}" crossorigin="anonymous"></script>
${fallback}`;
  const page = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(tree.createDefaultTree().title)}</title>
    <style>
      body { font: max(16px, 1em) / 1.5 system-ui, sans-serif; margin: 0 auto; max-width: 46em; padding: 1em; }
      details { border: 1px solid #929292; border-radius: 8px; margin: 0.5em 0; padding: 0 1em; }
      summary { cursor: pointer; min-height: 44px; }
      summary > * { display: inline; font-size: 1.1em; }
      .note { background: #e8edff; padding: 0.5em; }
      a { color: #000091; }
    </style>
  </head>
  <body>
    <main>
${staticProcedure(tree, { headingLevel: 1 })}
    </main>
  </body>
</html>
`;
  await writeFile('dist/snippet.html', snippet);
  await writeFile('dist/snippet-classic.html', classicSnippet);
  await writeFile('dist/ent-help.html', page);
  console.log(`dist/ent-help.js           integrity="${integrity}"`);
  console.log(`dist/ent-help.iife.js      integrity="${classicIntegrity}"`);
  console.log('dist/snippet.html          the snippet to paste (script with SRI + fallback procedure)');
  console.log('dist/snippet-classic.html  the same with the classic script (ent-help.iife.js)');
  console.log('dist/ent-help.html         the procedure as a static page');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
