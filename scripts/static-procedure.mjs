// Run by `npm run build` after rollup. Writes, from the same tree as the widget
// (createDefaultTree() in src/data/default-tree.ts, compiled for node with esbuild):
//   dist/snippet.html   paste-ready: the script tag with its SRI hash, and <ent-help> whose
//                       children are the full procedure as plain HTML (shown while no script runs,
//                       hidden once the widget renders: its shadow root has no <slot>)
//   dist/snippet-classic.html  the same for the classic build (dist/ent-help.iife.js), for
//                       editors that strip type="module" (or a sandboxed iframe without CORS)
//   dist/snippet-cdn.html  the same as dist/snippet.html with the file from a public npm CDN
//                       (this version's address, see cdnUrl), for a site that hosts nothing
//   dist/ent-help.html  the procedure as a standalone static page
// and prints the SRI hash of each built file. The snippets' comments are in French: school web
// admins read them.
//
// loadTree() and staticProcedure() are the static generator of the perf branch's scripts/bench.mjs
// (its « static » page), moved here so that the benchmark and the build share one generator.
import { importDataLayer } from './lib/import-data-layer.mjs';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

/** Compiles the data layer for node (esbuild) and imports it: createDefaultTree() runs without DOM. */
export async function loadTree() {
  return importDataLayer(`export { createDefaultTree, DEFAULT_CONFIG } from './src/data/default-tree.ts';
                          export { dirOf, segmentsOf } from './src/data/inline.ts';
                          export { isHomeOf, saidInEvery } from './src/data/navigator.ts';
                          export { LANGUAGES } from './src/internal/localization.ts';`);
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * The whole procedure as plain HTML (French source text): the title, the first question, then
 * every node once, as a <details> section nested under the answer of its shortest route (as the
 * accordion shows it); where another answer leads to it too, a link to that section.
 * `headingLevel` (1–6) is the title's level; sections go one level down each, at most 6.
 * Text is escaped, with the widget's French typography (segmentsOf: a no-break space before « ? ! : ; »,
 * so each line breaks where the widget's does); only the tree's `**bold**`, `{portal}` and `{email}` become markup.
 * A section's title is a `<span role="heading">` inside its `<summary>`, not an `<h3>`: a block
 * heading there puts the disclosure triangle on a line of its own, and the fallback is pasted into
 * pages whose CSS we do not control (a strict CSP also refuses a `style` attribute).
 * With `answers` (the snippet's fallback), every section is named as the widget's answer button
 * that opens it: the answer's label, then its hint (a second `<span>`), an outcome's title first in
 * its section; and a question's title is in `<strong>`. `own` (the snippet's ` lang="fr" dir="ltr"`)
 * goes on each element at the top: the French text keeps its language and direction on a page in
 * another (an Arabic page, `dir="rtl"`), where the element itself must not carry a `lang` (the
 * widget takes its language from the nearest one). With FALLBACK_STYLE the first screen is then
 * as tall as the widget's, so nothing moves when the widget replaces it.
 */
export function staticProcedure(
  { createDefaultTree, DEFAULT_CONFIG, segmentsOf, isHomeOf, saidInEvery },
  { headingLevel = 2, answers = false, own = '' } = {},
) {
  const tree = createDefaultTree();
  const { portalUrl, contactEmail } = DEFAULT_CONFIG;
  const h = (level) => Math.min(6, level);
  const inline = (text) =>
    segmentsOf(text)
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
  // A contact for everyone has no label, as in the widget.
  const audience = { eleve: 'Vous êtes élève : ', parent: 'Vous êtes parent : ', tous: '' };
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
            return `<div class="contacts"><p><strong>${inline('Qui contacter ?')}</strong></p><ul>${b.items
              .map((c) => `<li>${inline(audience[c.audience])}${inline(c.text)}</li>`)
              .join('')}</ul></div>`;
          default:
            throw new Error(`Unknown block type ${b.type}`);
        }
      })
      .join('\n');
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const choicesOf = (n) => (n.kind === 'question' ? n.choices : (n.followUps ?? []));
  // The accordion's rule on paper (saidInEvery(), src/data/navigator.ts; every case is there): a
  // question's hint gives way where each of its cases says it (Cas 2's « ET SI ? » reason), so the
  // reader meets it once, in the case they open, not in the question and again in the case.
  const hintOf = (n) =>
    n.hint &&
    !saidInEvery(
      tree,
      n.hint,
      n.choices.map((c) => c.next),
    )
      ? ` ${inline(n.hint)}`
      : '';
  const question = (n, at = '') =>
    `<p${at}>${answers ? `<strong>${inline(n.title)}</strong>` : inline(n.title)}${hintOf(n)}</p>`;
  const followUpsTitle = (n) =>
    n.kind === 'outcome' && n.followUps?.length && n.followUpsTitle
      ? `<p><strong>${inline(n.followUpsTitle)}</strong></p>\n`
      : '';
  const sections = (parent, trail, level, at = '') =>
    followUpsTitle(parent) +
    choicesOf(parent)
      .filter((c) => byId.has(c.next) && !trail.includes(c.next))
      .map((c) => {
        const n = byId.get(c.next);
        if (!isHomeOf(tree, parent.id, n.id))
          return `<p${at}>→ <a href="#ent-help-${n.id}">${inline(c.label)}</a> (${inline(n.title)})</p>`;
        // A question's section is named by the answer that opens it (« Je n'arrive pas à me connecter »), an outcome's by its title
        // (with `answers`, by the answer too, its hint under it, and the outcome's title opens the section).
        const named = answers || n.kind === 'question' ? c.label : n.title;
        const hint = answers && c.hint ? ` <span>${inline(c.hint)}</span>` : '';
        // The link's target is the section's first element inside it, not the <details>: a link to
        // an element in a closed <details> opens it (the browser reveals it), one to the <details> does not.
        const body = (
          n.kind === 'question'
            ? question(n)
            : `${answers ? `<p><strong>${inline(n.title)}</strong></p>\n` : ''}${blocks(n.content)}`
        ).replace(/^<\w+/, `$& id="ent-help-${n.id}"`);
        return `<details${at} data-node="${n.id}"><summary><span role="heading" aria-level="${h(level)}"><strong>${inline(named)}</strong></span>${hint}</summary>\n${body}\n${sections(n, [...trail, n.id], level + 1)}</details>`;
      })
      .join('\n');
  const first = byId.get(tree.start);
  return `<h${h(headingLevel)}${own}>${inline(tree.title)}</h${h(headingLevel)}>
${question(first, own)}
${sections(first, [first.id], headingLevel + 1, own)}
${tree.source ? `<p${own}><small>${inline(tree.source)}</small></p>` : ''}`;
}

/**
 * The snippet's styles for its fallback (with `answers`): drawn as the widget's first screen, the
 * same card, title, question and answer buttons, in the same sizes (src/styles/base.ts, stepper.ts),
 * with room where the widget has its language picker and progress. The widget shows the fallback in
 * its own card (controllers/fallback.ts) from its upgrade to its first render, so these rules draw
 * the card only until the element is defined. Selectors need no class or id (an editor that strips
 * attributes keeps them working); an editor that strips <style>, or a CSP without 'unsafe-inline',
 * leaves the plain procedure, as readable, and the widget then moves what follows when it renders.
 * Colours are the page's own but for the borders and the bar (the widget's accent, light or dark as
 * the widget follows the system): the fallback must stay readable on any page. With
 * `mode="accordion"` the rules keyed on `ent-help[mode=accordion i]` draw the accordion's first screen
 * instead (src/styles/accordion.ts: the intro line, the cases as rows under a thin rule). The
 * <style> is the element's first child, hidden by its own `!important` rule: a page whose CSS is
 * `* { all: unset }` (which makes a <style> an inline box) shows no CSS text; the picker's room
 * follows it (`style + p`).
 */
export const FALLBACK_STYLE = `<style>
  ent-help > style { display: none !important; }
  ent-help:not(:defined) { display: block; box-sizing: border-box; border: 1px solid var(--ent-help-border-light, #ddd); border-top: 4px solid var(--ent-help-accent, #000091); border-radius: var(--ent-help-radius, 8px); padding: clamp(20px, 4%, 32px) clamp(16px, 5%, 40px); font: max(16px, 1em) / 1.5 var(--ent-help-font-family, system-ui, sans-serif); }
  ent-help > * { margin: 12px 0 0; font: inherit; text-transform: none; letter-spacing: normal; }
  ent-help > style + p { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 2px; margin: -8px 0 12px; visibility: hidden; container-type: inline-size; }
  ent-help > style + p > span { flex: none; box-sizing: border-box; min-width: 44px; min-height: 44px; padding: 8px 6px; border: 1px solid; font-size: max(16px, 1em); white-space: nowrap; }
  ent-help > style + p > span:first-child { font-weight: 700; }
  @container (width < 21em) { ent-help > style + p > span { padding-inline: 2px; } }
  ent-help[no-language-picker] > style + p { display: none; }
  ent-help > :is(h1, h2, h3, h4, h5, h6) { margin: 0 0 16px; font-size: clamp(1.375em, 1em + 1.5vw, 1.75em); line-height: 1.3; font-weight: 700; }
  ent-help > :is(h1, h2, h3, h4, h5, h6) + p { margin: 56px 0 16px; }
  ent-help > :is(h1, h2, h3, h4, h5, h6) + p::before { content: ''; display: block; width: 48px; height: 6px; margin: 0 0 20px; border-radius: 3px; background: var(--ent-help-accent, #000091); }
  ent-help > p > strong:first-child { display: block; margin: 0 0 8px; font-size: 1.25em; line-height: 1.35; }
  ent-help > p + details { margin-top: 0; }
  ent-help > details { display: block; border: 1px solid var(--ent-help-border, #929292); border-radius: var(--ent-help-radius, 8px); }
  ent-help > details > summary { display: block; position: relative; box-sizing: border-box; min-height: 54px; padding: 14px 48px 14px 16px; cursor: pointer; list-style: none; }
  ent-help > details > summary::-webkit-details-marker { display: none; }
  ent-help > details > summary::after { content: ''; position: absolute; top: calc(50% - 7px); right: 22px; width: 8px; height: 8px; border: solid currentColor; border-width: 0 2px 2px 0; transform: rotate(45deg); }
  ent-help > details[open] > summary::after { top: calc(50% - 2px); transform: rotate(-135deg); }
  ent-help > details > summary strong { font-size: 1.0625em; }
  ent-help details > summary > span + span { display: block; margin-top: 2px; }
  ent-help > details > :not(summary) { margin: 0 16px 12px; }
  ent-help details > [id] { scroll-margin-top: 6em; }
  ent-help > p:last-child { margin: 20px 0 0; }
  ent-help[mode=accordion i] > :is(h1, h2, h3, h4, h5, h6) + p { margin: 0 0 12px; }
  ent-help[mode=accordion i] > :is(h1, h2, h3, h4, h5, h6) + p::before { display: none; }
  ent-help[mode=accordion i] > p > strong:first-child { display: inline; margin: 0; font: inherit; }
  ent-help[mode=accordion i] > p + details { border-top: 1px solid var(--ent-help-border-light, #ddd); }
  ent-help[mode=accordion i] > details { margin: 0; border-width: 0 0 1px; border-color: var(--ent-help-border-light, #ddd); border-radius: 0; }
  ent-help[mode=accordion i] > details > summary { min-height: 56px; padding: 12px 40px 12px 8px; font-weight: 700; }
  ent-help[mode=accordion i] > details > summary strong { font-size: 1em; }
  ent-help[mode=accordion i] > details > summary::after { right: 12px; }
  ent-help[mode=accordion i] details > summary > span + span { font-weight: 400; }
  @media (prefers-color-scheme: dark) {
    ent-help:not(:defined):not([theme='light' i]) { border-top-color: var(--ent-help-accent, #8585f6); }
    ent-help:not([theme='light' i]) > :is(h1, h2, h3, h4, h5, h6) + p::before { background: var(--ent-help-accent, #8585f6); }
  }
</style>`;

/**
 * The CSP hash of the snippets' <style> (FALLBACK_STYLE's text between its tags, as pasted):
 * `'sha256-…'`, what `style-src` must list for a page under a strict policy to keep it
 * (LISEZ-MOI.txt gives it, scripts/release.mjs).
 */
export const fallbackStyleHash = () =>
  `'sha256-${createHash('sha256')
    .update(FALLBACK_STYLE.slice('<style>'.length, -'</style>'.length))
    .digest('base64')}'`;

/**
 * The room of the widget's language picker in the snippet's fallback: the picker's names in its
 * order (src/internal/localization.ts, LANGUAGES) in boxes of its size (src/styles/base.ts,
 * `.languages`, under FALLBACK_STYLE), never shown (`hidden`, and `visibility: hidden` under
 * FALLBACK_STYLE, its narrow padding under 21em too), so that it wraps onto two rows exactly where the
 * picker does (a 320 px phone, a 390 px one at 200 %) and nothing moves when the widget arrives.
 * @param {Record<string, string>} languages - LANGUAGES
 * @param {(lang: string) => string} dirOf - the direction of a language (src/data/inline.ts)
 */
export const pickerRoom = (languages, dirOf) =>
  `<p hidden aria-hidden="true">${Object.entries(languages)
    .map(([code, name]) => `<span lang="${code}"${dirOf(code) === 'rtl' ? ' dir="rtl"' : ''}>${name}</span>`)
    .join(' ')}</p>`;

/** What `own` is in the snippet's fallback: its French keeps its language and direction on any page. */
export const OWN = ' lang="fr" dir="ltr"';

/**
 * The snippet's fallback after its <style>: the language picker's room, then the procedure as
 * the snippet has it (`answers`, `own`), its title at `headingLevel`. The WordPress plugin's
 * fallback is this too (scripts/build-wordpress.mjs), with its <style> printed in the page's head.
 */
export const snippetFallback = (tree, { headingLevel = 2 } = {}) =>
  `${pickerRoom(tree.LANGUAGES, tree.dirOf)}
${staticProcedure(tree, { answers: true, own: OWN, headingLevel })}`;

/** The SRI value of a file: `sha384-<base64>`. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The package's version (package.json), which names the CDN address and the release archive. */
export const version = async () => JSON.parse(await readFile('package.json', 'utf8')).version;

/**
 * The address of a built file on a public npm CDN (jsDelivr serves each published version's files
 * as they are in the package, with `Access-Control-Allow-Origin: *`, so the SRI hash of
 * dist/<file> holds), e.g. `https://cdn.jsdelivr.net/npm/ent-help@0.2.0/dist/ent-help.js`.
 */
export const cdnUrl = (v, file = 'ent-help.js') => `https://cdn.jsdelivr.net/npm/ent-help@${v}/dist/${file}`;

/** The three script lines a school pastes, by build: module and classic on its own site, module from the CDN. */
export function scriptTags({ integrity, classicIntegrity, version: v }) {
  return {
    module: `<script type="module" src="/chemin/vers/ent-help.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    classic: `<script src="/chemin/vers/ent-help.iife.js" defer charset="utf-8" integrity="${classicIntegrity}" crossorigin="anonymous"></script>`,
    cdn: `<script type="module" src="${cdnUrl(v)}" integrity="${integrity}" crossorigin="anonymous"></script>`,
  };
}

async function main() {
  const tree = await loadTree();
  const integrity = sri(await readFile('dist/ent-help.js'));
  const classicIntegrity = sri(await readFile('dist/ent-help.iife.js'));
  // The address is written on the element too, though it is the widget's default: one « Remplacer
  // tout » in a text editor then gives the school's own to the widget and to the procedure in text.
  const { contactEmail } = tree.DEFAULT_CONFIG;
  const fallback = `<ent-help contact-email="${contactEmail}">
${FALLBACK_STYLE}
${snippetFallback(tree)}
</ent-help>
`;
  const tags = scriptTags({ integrity, classicIntegrity, version: await version() });
  const fallbackNote = `Le texte placé dans <ent-help> s'affiche si le script ne peut pas s'exécuter ; il est masqué dès que
     l'aide interactive s'affiche. La balise <style> le présente comme le premier écran de l'aide, pour que
     la page ne bouge pas à son arrivée ; si l'éditeur la retire, tout fonctionne quand même.`;
  const addressNote = `Votre adresse de contact : remplacez partout ${contactEmail} par celle de votre
     établissement (Bloc-notes : Édition › Remplacer, « Remplacer tout »).`;
  const snippet = `<!-- <ent-help> : remplacez /chemin/vers/ent-help.js par l'adresse du fichier ent-help.js sur votre site.
     ${addressNote}
     ${fallbackNote} -->
${tags.module}
${fallback}`;
  const classicSnippet = `<!-- <ent-help>, script classique, pour un éditeur qui retire type="module" : remplacez
     /chemin/vers/ent-help.iife.js par l'adresse du fichier ent-help.iife.js sur votre site.
     ${addressNote}
     ${fallbackNote} -->
${tags.classic}
${fallback}`;
  const cdnSnippet = `<!-- <ent-help> depuis un CDN public (jsDelivr), sans rien déposer sur votre site.
     ${addressNote}
     ${fallbackNote} -->
${tags.cdn}
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
      summary > [role='heading'] { font-size: 1.1em; }
      summary > span + span { display: block; }
      .note { background: #e8edff; padding: 0.5em; }
      a { color: #000091; }
    </style>
  </head>
  <body>
    <main>
${staticProcedure(tree, { headingLevel: 1, answers: true })}
    </main>
  </body>
</html>
`;
  await writeFile('dist/snippet.html', snippet);
  await writeFile('dist/snippet-classic.html', classicSnippet);
  await writeFile('dist/snippet-cdn.html', cdnSnippet);
  await writeFile('dist/ent-help.html', page);
  console.log(`dist/ent-help.js           integrity="${integrity}"`);
  console.log(`dist/ent-help.iife.js      integrity="${classicIntegrity}"`);
  console.log('dist/snippet.html          the snippet to paste (script with SRI + fallback procedure)');
  console.log('dist/snippet-classic.html  the same with the classic script (ent-help.iife.js)');
  console.log(`dist/snippet-cdn.html      the same from the CDN: ${tags.cdn.match(/src="([^"]+)"/)[1]}`);
  console.log('dist/ent-help.html         the procedure as a static page');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
