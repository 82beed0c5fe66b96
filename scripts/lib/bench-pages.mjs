// The pages of scripts/bench.mjs: one school page around the same FAQ content, as static HTML, as
// <ent-help> in its ways of being pasted, and as three peers' accordions built from their npm
// packages (devDependencies, served from node_modules by the benchmark's own server).
//
// Each page says where its content is (`target`, an expression run in the page that returns the
// element holding the first case's title, or null) and, for widgets, when every one has rendered
// (`ready`). See BENCHMARKS.md, « What is measured », for the definitions.

/** The FAQ's parts, cut out of the static procedure: title, first question, top-level sections, source. */
export function splitProcedure(html) {
  const title = html.match(/^<h\d>[\s\S]*?<\/h\d>/)[0];
  const question = html.match(/<\/h\d>\n(<p>[\s\S]*?<\/p>)/)[1];
  const sections = [];
  const re = /<(\/?)details\b[^>]*>/g;
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(re)) {
    if (!m[1]) {
      if (depth++ === 0) start = m.index;
    } else if (--depth === 0) {
      const whole = html.slice(start, m.index + m[0].length);
      const heading = whole.match(/<summary>([\s\S]*?)<\/summary>/);
      const titleHtml = heading[1].replace(/^<span[^>]*>|<\/span>$/g, '');
      const body = whole.slice(heading.index + heading[0].length, -'</details>'.length).trim();
      sections.push({ titleHtml, body });
    }
  }
  const source = html.match(/<p><small>[\s\S]*?<\/small><\/p>\s*$/)?.[0] ?? '';
  return { title, question, sections, source };
}

/** Where each peer's files are, under the benchmark server's /node_modules/ (exact versions in package.json). */
export const PEER_PACKAGES = ['@shoelace-style/shoelace', 'govuk-frontend', '@gouvfr/dsfr'];

const DSFR = '/node_modules/@gouvfr/dsfr/dist';
/** Where scripts/bench.mjs puts the declarative shadow root of the widget's first screen. */
export const FIRST_SCREEN = '<!-- first screen -->';
const plain = (s) => s.replace(/<[^>]+>/g, '');

/**
 * The pages, keyed by path. `body` is what goes where the help is pasted; `head` what the page's
 * head gets (the peers' stylesheets, as their docs say); `end` what goes before </body>.
 * `reserve` adds the host CSS that docs/performance.md gives for an empty <ent-help>.
 */
export function benchPages({ staticHtml, snippetElement, scriptTag, scriptUrl, integrity, instances = 30 }) {
  const faq = splitProcedure(staticHtml);
  const n = faq.sections.length;
  const shadowFirst = (sel) => `(function () {
      var el = document.querySelector('ent-help');
      return el && el.shadowRoot && el.shadowRoot.querySelector('${sel}');
    })()`;
  const everyRendered = `[...document.querySelectorAll('ent-help')].every(function (el) {
      return el.shadowRoot && el.shadowRoot.querySelector('[part~="choice"], [part~="section-button"]');
    })`;
  // The widget's first answer once it has rendered; before that, the fallback's first section,
  // shown while the element is undefined and then through the slot until the first render.
  const snippetTarget = `(function () {
      var el = document.querySelector('ent-help');
      var root = el && el.shadowRoot;
      var choice = root && root.querySelector('[part~="choice"]');
      if (choice) return choice;
      return el && (!root || root.querySelector('slot')) ? el.querySelector('summary') : null;
    })()`;
  const widget = (attrs = '') => `${scriptTag}\n<ent-help heading-level="3"${attrs}></ent-help>`;
  return {
    '/static.html': {
      label: 'static HTML',
      body: `<section class="static-help" id="content">\n${staticHtml}\n</section>`,
      target: `document.querySelector('#content summary')`,
    },
    '/snippet.html': {
      label: 'the snippet as pasted (fallback inside)',
      ours: true,
      body: `${scriptTag}\n${snippetElement}`,
      target: snippetTarget,
      ready: everyRendered,
    },
    // The same at a desktop's width, where the fallback is short and what follows it is on screen.
    '/snippet-desktop.html': {
      label: 'the snippet as pasted, 1280×800 (desktop)',
      ours: true,
      viewport: { width: 1280, height: 800 },
      body: `${scriptTag}\n${snippetElement}`,
      target: snippetTarget,
      ready: everyRendered,
    },
    // An experiment for issue 16's « same space »: the snippet with the widget's first screen as a
    // declarative shadow root (its HTML and styles as the widget renders them, taken from a first
    // load by scripts/bench.mjs in place of FIRST_SCREEN), drawn by the browser before the script;
    // without the snippet's <style> for the fallback (which would draw its card around that root).
    '/snippet-first-screen.html': {
      label: 'experiment: the snippet with the first screen as a declarative shadow root, 1280×800',
      ours: true,
      viewport: { width: 1280, height: 800 },
      body: `${scriptTag}\n${snippetElement.replace(/^<style>[\s\S]*?<\/style>\n/, '').replace(/<ent-help[^>]*>/, (tag) => `${tag}\n${FIRST_SCREEN}`)}`,
      target: `(function () {
        var el = document.querySelector('ent-help');
        var root = el && el.shadowRoot;
        return root && root.querySelector('[part~="choice"]');
      })()`,
      // Rendered by the widget: the declarative root's own <style> is gone (Lit adopts its sheets).
      ready: `(function () {
        var root = document.querySelector('ent-help').shadowRoot;
        return !!root && !root.querySelector('style') && !!root.querySelector('[part~="choice"]');
      })()`,
    },
    '/stepper.html': {
      label: 'bare `<ent-help>` (stepper)',
      ours: true,
      bare: true,
      reserve: true,
      body: widget(),
      target: shadowFirst('[part~="choice"]'),
      ready: everyRendered,
    },
    '/accordion.html': {
      label: 'bare `<ent-help mode="accordion">`',
      ours: true,
      bare: true,
      reserve: true,
      body: widget(' mode="accordion"'),
      target: shadowFirst('[part~="section-button"]'),
      ready: everyRendered,
    },
    '/preload.html': {
      label: 'bare `<ent-help>` + `<link rel="modulepreload">` in the head',
      ours: true,
      reserve: true,
      head: `<link rel="modulepreload" href="${scriptUrl}" integrity="${integrity}" crossorigin="anonymous">`,
      body: widget(),
      target: shadowFirst('[part~="choice"]'),
      ready: everyRendered,
    },
    [`/x${instances}.html`]: {
      label: `${instances} × bare \`<ent-help>\` on one page`,
      ours: true,
      reserve: true,
      body: `${scriptTag}\n${'<ent-help heading-level="3"></ent-help>\n'.repeat(instances)}`,
      target: shadowFirst('[part~="choice"]'),
      ready: everyRendered,
    },
    '/shoelace.html': {
      label: `Shoelace \`sl-details\` × ${n}`,
      peer: '@shoelace-style/shoelace',
      // Cherry-picked component and the light theme, as Shoelace's docs say; undefined elements
      // hidden until they upgrade (their « flash of undefined custom elements » advice).
      head: `<link rel="stylesheet" href="/node_modules/@shoelace-style/shoelace/cdn/themes/light.css">
  <style>sl-details:not(:defined) { visibility: hidden; } sl-details { display: block; margin: 0.5em 0; }</style>`,
      body: `<section id="content">
${faq.title}
${faq.question}
${faq.sections.map((s) => `<sl-details><span slot="summary">${s.titleHtml}</span>\n${s.body}\n</sl-details>`).join('\n')}
${faq.source}
</section>
<script type="module" src="/node_modules/@shoelace-style/shoelace/cdn/components/details/details.js"></script>`,
      target: `(function () {
        var d = document.querySelector('sl-details');
        return d && d.shadowRoot && d.shadowRoot.querySelector('[part~="summary"]') ? d.querySelector('[slot="summary"]') : null;
      })()`,
      hosts: 'sl-details',
    },
    '/govuk.html': {
      label: 'GOV.UK Frontend accordion',
      peer: 'govuk-frontend',
      // The compiled stylesheet and script, initAll(), and the body classes of the GOV.UK template.
      head: `<link rel="stylesheet" href="/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css">`,
      bodyStart: `<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>`,
      body: `<section id="content">
${faq.title}
${faq.question}
<div class="govuk-accordion" data-module="govuk-accordion" id="faq">
${faq.sections
  .map(
    (s, i) => `<div class="govuk-accordion__section">
<div class="govuk-accordion__section-header"><h3 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="faq-heading-${i + 1}">${plain(s.titleHtml)}</span></h3></div>
<div id="faq-content-${i + 1}" class="govuk-accordion__section-content">
${s.body}
</div>
</div>`,
  )
  .join('\n')}
</div>
${faq.source}
</section>`,
      end: `<script type="module">import { initAll } from '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js'; initAll();</script>`,
      target: `document.querySelector('.govuk-accordion__section-heading')`,
    },
    '/dsfr.html': {
      label: 'DSFR accordion',
      peer: '@gouvfr/dsfr',
      // DSFR's core and its accordion alone, as its docs allow (stylesheets in the head, module and
      // nomodule scripts at the end), rather than the whole dsfr.min.css.
      head: `<link rel="stylesheet" href="${DSFR}/core/core.min.css">
  <link rel="stylesheet" href="${DSFR}/component/accordion/accordion.min.css">`,
      body: `<section id="content">
${faq.title}
${faq.question}
<div class="fr-accordions-group">
${faq.sections
  .map(
    (s, i) => `<section class="fr-accordion">
<h3 class="fr-accordion__title"><button type="button" class="fr-accordion__btn" aria-expanded="false" aria-controls="faq-${i + 1}">${plain(s.titleHtml)}</button></h3>
<div class="fr-collapse" id="faq-${i + 1}">
${s.body}
</div>
</section>`,
  )
  .join('\n')}
</div>
${faq.source}
</section>`,
      end: `<script type="module" src="${DSFR}/core/core.module.min.js"></script>
<script type="module" src="${DSFR}/component/accordion/accordion.module.min.js"></script>
<script nomodule src="${DSFR}/core/core.nomodule.min.js"></script>
<script nomodule src="${DSFR}/component/accordion/accordion.nomodule.min.js"></script>`,
      target: `document.querySelector('.fr-accordion__btn')`,
    },
  };
}

/**
 * The school page around the content. Its inline script records `__contentAt`: the first frame
 * in which the page's `target` is rendered, visible, inside the viewport, and drawn in its font (see
 * fontShown), painted; and `__readyAt`: the same for `ready` (every widget rendered).
 */
export function hostPage(p) {
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <title>Lycée — accès à l'ENT</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60em; padding: 1em; }${
      p.reserve
        ? `
    /* docs/performance.md's advice for an empty <ent-help>: reserve its height until it is defined. */
    ent-help:not(:defined) { display: block; min-height: 1320px; }
    ent-help[mode="accordion"]:not(:defined) { min-height: 940px; }`
        : ''
    }
  </style>
  ${p.head ?? ''}
</head>
<body>
  ${p.bodyStart ?? ''}
  <header><h1>Lycée de Coulommiers</h1><nav><a href="#">Accueil</a> · <a href="#">Vie scolaire</a> · <a href="#">ENT</a></nav></header>
  <main>
    <h2>Accès à l'ENT</h2>
    <p>Vous n'arrivez pas à vous connecter à l'ENT Île-de-France ? Suivez le guide ci-dessous.</p>
    ${p.body}
    <h2>Autres informations</h2>
    <p>Le lycée est ouvert du lundi au vendredi, de 8 h à 18 h. Pour toute autre question, adressez-vous à l'accueil.</p>
    <p>Les menus de la cantine, le calendrier des conseils de classe et les horaires du CDI sont dans l'ENT.</p>
  </main>
  <footer><p>Lycée de Coulommiers — Académie de Créteil</p></footer>
  <script>
    (function () {
      var WEIGHTS = { normal: 400, bold: 700 };
      var seen = {};
      // Text in a web font is drawn once its face has loaded, or in a fallback font at once
      // (font-display: swap), after 100 ms (fallback, optional) or 3 s (block, auto) of the face loading.
      function fontShown(el, key) {
        var style = getComputedStyle(el);
        var family = style.fontFamily.split(',')[0].trim().replace(/^["']|["']$/g, '');
        var weight = Number(style.fontWeight) || 400;
        var faces = [];
        document.fonts.forEach(function (f) {
          if (f.family.replace(/^["']|["']$/g, '') === family) faces.push(f);
        });
        if (!faces.length) return true;
        var same = faces.filter(function (f) { return (WEIGHTS[f.weight] || Number(f.weight)) === weight; });
        if (same.length) faces = same;
        if (faces.some(function (f) { return f.status === 'loaded'; })) return true;
        var display = faces[0].display;
        if (display === 'swap') return true;
        seen[key] = seen[key] || performance.now();
        return performance.now() - seen[key] >= (display === 'fallback' || display === 'optional' ? 100 : 3000);
      }
      function onScreen(el, key) {
        if (!el || !el.textContent.trim()) return false;
        var r = el.getBoundingClientRect();
        if (!r.width || !r.height || r.top >= innerHeight || r.bottom <= 0) return false;
        if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
        return fontShown(el, key);
      }
      // The frame whose animation callback finds the content paints it; a task posted from that
      // callback runs after the frame's style, layout and paint. Widgets render in an animation
      // callback that may run after this one in the same frame: a mutation observer on their
      // shadow roots checks again right after that render, before the frame is painted. Only then:
      // a render in a task of its own is painted by the next frame (whose callback finds it), and a
      // check there would lay the page out inside that task (getBoundingClientRect), a long task that
      // the page would not have, and take a content not yet painted for one on screen.
      var inFrame = false;
      var frameEnd = new MessageChannel();
      frameEnd.port1.onmessage = function () { inFrame = false; };
      function framed() {
        if (inFrame) return;
        inFrame = true;
        frameEnd.port2.postMessage(0);
      }
      function when(test, field) {
        var channel = new MessageChannel();
        var done = false;
        var watched = [];
        channel.port1.onmessage = function () { window[field] = performance.now(); };
        function check() {
          if (done || !test()) return false;
          done = true;
          channel.port2.postMessage(0);
          return true;
        }
        var observer = new MutationObserver(function () {
          if (inFrame) check();
        });
        function tick() {
          framed();
          if (check() || done) return;
          document.querySelectorAll(${JSON.stringify(p.hosts ?? 'ent-help')}).forEach(function (el) {
            if (el.shadowRoot && watched.indexOf(el.shadowRoot) < 0) {
              watched.push(el.shadowRoot);
              observer.observe(el.shadowRoot, { childList: true, subtree: true });
            }
          });
          requestAnimationFrame(tick);
        }
        requestAnimationFrame(tick);
      }
      when(function () { return onScreen(${p.target}, 'content'); }, '__contentAt');
      when(function () { return ${p.ready ?? 'true'}; }, '__readyAt');
    })();
  </script>
  ${p.end ?? ''}
</body>
</html>`;
}
