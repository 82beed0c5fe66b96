// npm run test:wordpress: the plugin on a real WordPress (Debian's), in headless Chromium.
// scripts/setup-wordpress.sh has installed WordPress, PHP and MariaDB and written the
// configuration; npm run build:wordpress has written the zip. This script:
//   1. builds a fresh network on http://localhost:$WP_TEST_PORT (install.php: the database is
//      emptied), with a site /ecole/ whose administrator has no unfiltered_html, and installs the
//      plugin from the zip and activates it network-wide;
//   2. serves it with PHP's built-in server (router.php);
//   3. as that administrator: settings page (a javascript: portal is refused, an address is
//      saved), a new page with the block and the shortcode inserted through the editor's UI,
//      published, reopened, switched to the code editor and back, saved again;
//   4. views the page: both widgets render and work, the procedure is inside each, the script
//      carries its integrity hash, the settings' address is used, no console error; a page
//      without the widget loads no script;
//   5. views it without JavaScript: each widget's procedure is dist/snippet.html's for its
//      settings (headings, French, links to sections that open, the widget's size), and the two
//      widgets' ids do not repeat.
// Screenshots go to screenshots/wordpress-*.png.
/* global wp -- WordPress's editor globals, in page.evaluate() callbacks */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { unzipSync } from 'fflate';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/lib/chromium.mjs';
import { FALLBACK_STYLE, loadTree, snippetFallback } from '../../../scripts/static-procedure.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const port = process.env.WP_TEST_PORT ?? '8734';
const origin = `http://localhost:${port}`;
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const zip = `${process.cwd()}/release/ent-help-wordpress-${version}.zip`;
const debugLog = '/var/lib/ent-help-wordpress/wp-content/debug.log';
const started = Date.now();

const SCHOOL_EMAIL = 'vie-scolaire@lycee-test.fr';
const SCHOOL_PORTAL = 'https://ent.lycee-test.fr/';
const SHORTCODE_EMAIL = 'parents@lycee-test.fr';
// Its address pasted as a link's, with « mailto: »: the plugin drops it, as the widget does.
const SHORTCODE = `[ent_help mode="accordion" contact_email="mailto:${SHORTCODE_EMAIL}"]`;

let stepCount = 0;
const step = (what) => console.log(`test:wordpress ${String(++stepCount).padStart(2)}. ${what}`);

if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run build:wordpress first.`);
// The zip holds the two scripts a page loads, not their source maps (no file refers to them: 290 KB for nothing).
const zipped = Object.keys(unzipSync(new Uint8Array(await readFile(zip))));
assert.deepEqual(
  zipped.filter((f) => f.startsWith('ent-help/assets/ent-help.')),
  ['ent-help/assets/ent-help.asset.php', 'ent-help/assets/ent-help.iife.js', 'ent-help/assets/ent-help.js'],
);
assert.deepEqual(
  zipped.filter((f) => f.endsWith('.map')),
  [],
  'no source map in the zip',
);
// What each widget's fallback must be: dist/snippet.html's (but its <style>, which the plugin
// prints in the page's head) for the widget's settings, and, for the page's second widget, its
// ids and its links to them with the suffix -2.
const tree = await loadTree();
const snippet = await readFile('dist/snippet.html', 'utf8');
assert.ok(
  snippet.includes(
    `<ent-help contact-email="${tree.DEFAULT_CONFIG.contactEmail}">\n${FALLBACK_STYLE}\n${snippetFallback(tree)}\n</ent-help>`,
  ),
  'dist/snippet.html holds snippetFallback() after its <style>: build it again',
);
const expectedFallback = ({ portalUrl, contactEmail, headingLevel, instance = 1 }) =>
  snippetFallback({ ...tree, DEFAULT_CONFIG: { portalUrl, contactEmail } }, { headingLevel }).replace(
    / (id|href)="(#?)ent-help-([a-z0-9-]+)"/g,
    instance === 1 ? '$&' : ` $1="$2ent-help-$3-${instance}"`,
  );
await mkdir('screenshots', { recursive: true });

step('a fresh multisite network, the site /ecole/, the plugin installed from the zip and network-activated');
await writeFile(debugLog, '').catch(() => {});
const php = (...args) => execFileSync('php', [`${here}install.php`, ...args], { encoding: 'utf8' }).trim();
php('network', port);
const school = JSON.parse(php('school', port, zip).split('\n').pop());
assert.equal(school.networkActivated, true, 'the plugin is active on the whole network');
assert.equal(school.manageOptions, true, 'the school administrator manages the site');
assert.equal(school.unfilteredHtml, false, 'the school administrator has no unfiltered_html');

if (
  await fetch(origin).then(
    () => true,
    () => false,
  )
) {
  throw new Error(`${origin} already answers: stop that server or set WP_TEST_PORT (for the setup script too).`);
}
const server = spawn('php', ['-S', `localhost:${port}`, `${here}router.php`], {
  env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  stdio: ['ignore', 'ignore', 'pipe'],
  detached: true, // its own process group: the workers stop with it
});
let serverLog = '';
server.stderr.on('data', (chunk) => (serverLog += chunk));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
  headless: true,
  defaultViewport: { width: 1280, height: 900 },
});

try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`${school.site}wp-login.php`).then(
      (r) => r.ok,
      () => false,
    );
    if (server.exitCode !== null) throw new Error(`PHP's server stopped (is ${origin} taken?): ${serverLog}`);
    if (ok) break;
    if (i > 50) throw new Error(`PHP's server did not answer on ${origin}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  const [page] = await browser.pages();
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  // Aborted requests are those a navigation cuts short; any other failure is a request out of reach.
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') errors.push(`${page.url()}: ${r.url()} ${reason}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  const go = (path) => page.goto(new URL(path, school.site).href, { waitUntil: 'load' });

  step('the school administrator logs in');
  await go('wp-login.php');
  await page.type('#user_login', school.user);
  await page.type('#user_pass', school.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  assert.match(page.url(), /\/ecole\/wp-admin\//);

  step('settings page: a javascript: portal is refused, the address pasted with « mailto: » is saved without it');
  await go('wp-admin/options-general.php?page=ent-help');
  assert.equal(await page.$eval('.wrap h1', (h) => h.textContent.trim()), 'Aide connexion ENT');
  const fill = async (selector, value) => {
    await page.$eval(selector, (input) => (input.value = ''));
    await page.type(selector, value);
  };
  // The widget's debug attribute: a checkbox with its French label, off until an administrator checks it.
  const debugBox = () =>
    page.$eval('#ent_help_debug', (box) => ({
      type: box.type,
      checked: box.checked,
      label: [...box.labels].map((l) => l.textContent.trim()),
      description: document.getElementById(box.getAttribute('aria-describedby'))?.textContent,
      row: box.closest('tr')?.querySelector('th')?.textContent.trim(),
    }));
  const DEBUG_LABEL = 'Afficher les problèmes de réglage dans l’aide (à décocher avant publication)';
  {
    const box = await debugBox();
    assert.deepEqual(
      [box.type, box.checked, box.label, box.row],
      ['checkbox', false, [DEBUG_LABEL], 'Problèmes de réglage'],
    );
    assert.match(box.description, /^Pendant la mise en place : /);
  }
  // The address pasted from a link (« mailto:… »), as the widget accepts it: saved without the prefix.
  await fill('#ent_help_contact_email', `mailto:${SCHOOL_EMAIL}`);
  await fill('#ent_help_portal_url', 'javascript:alert(document.cookie)');
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  const notices = await page.$$eval('.notice-error, .error', (all) => all.map((n) => n.textContent.trim()));
  assert.equal(notices.length, 1, `one notice, the portal's: ${notices.join(' | ')}`);
  assert.match(notices[0], /« javascript:alert\(document\.cookie\) » est refusée/);
  assert.equal(await page.$eval('#ent_help_portal_url', (i) => i.value), '', 'the refused portal is not saved');
  assert.equal(await page.$eval('#ent_help_contact_email', (i) => i.value), SCHOOL_EMAIL);
  await fill('#ent_help_portal_url', SCHOOL_PORTAL);
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  assert.equal(await page.$('.notice-error'), null, 'a valid portal is accepted');
  assert.equal(await page.$eval('#ent_help_portal_url', (i) => i.value), SCHOOL_PORTAL);
  await page.screenshot({ path: 'screenshots/wordpress-settings.png' });

  step('a new page: the block « Aide connexion ENT » through the inserter, its level set in the sidebar');
  const openEditor = async (path) => {
    await go(path);
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
    await page.evaluate(() => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) {
        wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      }
    });
  };
  await openEditor('wp-admin/post-new.php?post_type=page');
  await page.click('.editor-post-title__input');
  await page.keyboard.type('Problème de connexion à l’ENT');
  const insert = async (search, title) => {
    await page.click('.edit-post-header-toolbar__inserter-toggle');
    await page.waitForSelector('.block-editor-inserter__search input');
    await page.type('.block-editor-inserter__search input', search);
    const item = await page.waitForSelector(`.block-editor-block-types-list__item ::-p-text(${title})`);
    await item.click();
    await page.click('.edit-post-header-toolbar__inserter-toggle'); // closes the inserter
  };
  await insert('Aide connexion', 'Aide connexion ENT');
  await page.waitForSelector('[data-type="ent-help/aide-connexion"] ent-help');
  const settings = await page.waitForSelector('.interface-pinned-items button[aria-label="Settings"]');
  if ((await settings.evaluate((b) => b.getAttribute('aria-pressed'))) !== 'true') await settings.click();
  await page.click('.edit-post-sidebar__panel-tab[data-label="Block"]');
  // The sidebar speaks French (the block's wp.i18n strings, from the plugin's translation).
  const levelId = await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.block-editor-block-inspector label')].find(
        (l) => l.textContent === 'Niveau du titre',
      )?.htmlFor,
  );
  await page.select(`#${await levelId.jsonValue()}`, '3');
  // The debug toggle, off as the site's setting is, in its own panel.
  await (await page.waitForSelector('.block-editor-block-inspector ::-p-text(Mise en place)')).click();
  const debugToggle = await page.waitForFunction(() => {
    const label = [...document.querySelectorAll('.block-editor-block-inspector label')].find(
      (l) => l.textContent === 'Afficher les problèmes de réglage dans l’aide (à désactiver avant publication)',
    );
    const input = label && document.getElementById(label.htmlFor);
    return input && { id: input.id, type: input.type, checked: input.checked };
  });
  const toggle = await debugToggle.jsonValue();
  assert.deepEqual([toggle.type, toggle.checked], ['checkbox', false]);
  // Turned on, the block and its preview have debug; « Suivre le réglage du site » unsets it again.
  const blockDebug = () =>
    page.evaluate(
      (id) => ({
        attribute: wp.data.select('core/block-editor').getBlocks()[0]?.attributes.debug ?? null,
        checked: document.getElementById(id)?.checked,
        preview: document.querySelector('[data-type="ent-help/aide-connexion"] ent-help')?.hasAttribute('debug'),
      }),
      toggle.id,
    );
  // A click on the element itself, not at its coordinates: the panel may still be opening (under load the toggle moved
  // before the pointer's click landed).
  await page.$eval(`#${toggle.id}`, (input) => input.click());
  await page.waitForFunction(() =>
    document.querySelector('[data-type="ent-help/aide-connexion"] ent-help')?.hasAttribute('debug'),
  );
  assert.deepEqual(await blockDebug(), { attribute: true, checked: true, preview: true });
  await (await page.waitForSelector('.block-editor-block-inspector ::-p-text(Suivre le réglage du site)')).click();
  await page.waitForFunction(
    () => !document.querySelector('[data-type="ent-help/aide-connexion"] ent-help')?.hasAttribute('debug'),
  );
  assert.deepEqual(await blockDebug(), { attribute: null, checked: false, preview: false });

  await page.waitForFunction(() => wp.data.select('core/block-editor').getBlocks()[0]?.attributes.headingLevel === 3);
  // The preview is the live widget (the classic build, loaded in the editor).
  await page.waitForFunction(() =>
    document
      .querySelector('[data-type="ent-help/aide-connexion"] ent-help')
      ?.shadowRoot?.querySelector('[part~="title"][aria-level="3"]'),
  );
  await page.screenshot({ path: 'screenshots/wordpress-editor.png' });

  step('the shortcode through the Shortcode block');
  await insert('Shortcode', 'Shortcode');
  const textarea = await page.waitForSelector('[data-type="core/shortcode"] textarea');
  await textarea.type(SHORTCODE);

  step('publish');
  // Each of the editor's two buttons is clicked once it can act: a click on one that is aria-disabled does nothing
  // (WordPress's PostPublishButton returns early), and under load an autosave may still be running after the typing.
  // A click on the element, not at its coordinates: the publish panel slides in. CI once waited 30 s here for a
  // publication that never started; a click that left the post unpublished and the editor idle is made again.
  const editorIdle = () =>
    page.waitForFunction(
      () => {
        const editor = wp.data.select('core/editor');
        return !editor.isSavingPost() && !editor.isAutosavingPost() && editor.getCurrentPost();
      },
      { timeout: 60_000 },
    );
  const isPublished = () => page.evaluate(() => wp.data.select('core/editor').isCurrentPostPublished());
  const enabled = async (selector) =>
    (await page.waitForSelector(`${selector}:not([aria-disabled="true"])`)).evaluate((button) => button.click());
  for (let attempt = 1; ; attempt++) {
    await editorIdle();
    if (await isPublished()) break;
    if (attempt > 3) throw new Error('the page was not published after three clicks on « Publish »');
    if (attempt > 1) console.log(`test:wordpress     not published after click ${attempt - 1}: again`);
    if (!(await page.$('.editor-post-publish-panel'))) await enabled('.editor-post-publish-panel__toggle');
    await enabled('.editor-post-publish-panel .editor-post-publish-button');
    // The save starts (or the post is already published) before the editor is idle again.
    await page
      .waitForFunction(
        () => wp.data.select('core/editor').isSavingPost() || wp.data.select('core/editor').isCurrentPostPublished(),
        { timeout: 10_000 },
      )
      .catch(() => {});
  }
  const postId = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());

  const stored = () =>
    page.evaluate((id) => wp.apiFetch({ path: `/wp/v2/pages/${id}?context=edit` }).then((p) => p.content.raw), postId);
  const expectStored = async (when) => {
    const raw = await stored();
    assert.match(raw, /<!-- wp:ent-help\/aide-connexion \{"headingLevel":3\} \/-->/, `block stored ${when}`);
    assert.ok(raw.includes(SHORTCODE), `shortcode stored ${when}: ${raw}`);
    assert.doesNotMatch(raw, /<ent-help/, 'no HTML of the widget in the post');
  };
  await expectStored('after publishing');

  step('reopen the editor: both blocks are there and valid; code editor and back; save again');
  await openEditor(`wp-admin/post.php?post=${postId}&action=edit`);
  await page.waitForSelector('[data-type="ent-help/aide-connexion"] ent-help');
  const blocks = () =>
    page.evaluate(() =>
      wp.data
        .select('core/block-editor')
        .getBlocks()
        .map((b) => ({ name: b.name, valid: b.isValid, attributes: b.attributes })),
    );
  const expectBlocks = async () => {
    const list = await blocks();
    assert.deepEqual(
      list.map((b) => [b.name, b.valid]),
      [
        ['ent-help/aide-connexion', true],
        ['core/shortcode', true],
      ],
    );
    assert.equal(list[0].attributes.headingLevel, 3);
    assert.equal(list[1].attributes.text, SHORTCODE);
  };
  await expectBlocks();
  await page.click('.interface-more-menu-dropdown button[aria-label="Options"]');
  await (await page.waitForSelector('.components-dropdown-menu__menu ::-p-text(Code editor)')).click();
  const code = await page.waitForSelector('.editor-post-text-editor');
  const text = await code.evaluate((t) => t.value);
  assert.match(text, /<!-- wp:ent-help\/aide-connexion \{"headingLevel":3\} \/-->/);
  await (await page.waitForSelector('.components-dropdown-menu__menu ::-p-text(Visual editor)')).click();
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-type="ent-help/aide-connexion"] ent-help');
  await expectBlocks();
  await page.evaluate(() => wp.data.dispatch('core/editor').editPost({ title: 'Problème de connexion à l’ENT (2)' }));
  await page.evaluate(() => wp.data.dispatch('core/editor').savePost());
  await page.waitForFunction(
    () => !wp.data.select('core/editor').isSavingPost() && !wp.data.select('core/editor').isEditedPostDirty(),
  );
  await expectStored('after saving again');

  step('the published page at 390 px: both widgets render, the procedure is inside, the settings are used');
  await page.setViewport({ width: 390, height: 844 });
  await go(`?page_id=${postId}`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('ent-help')].every((el) => el.shadowRoot?.querySelector('[part~="title"]')),
  );
  const view = await page.evaluate(() => {
    const scripts = [...document.querySelectorAll('script[src*="/plugins/ent-help/"]')];
    return {
      scripts: scripts.map((s) => ({
        src: s.getAttribute('src'),
        type: s.type,
        integrity: s.integrity,
        crossorigin: s.getAttribute('crossorigin'),
      })),
      widgets: [...document.querySelectorAll('ent-help')].map((el) => ({
        // As printed by PHP (the widget reflects more once it runs).
        attributes: Object.fromEntries(
          ['mode', 'heading-level', 'portal-url', 'contact-email', 'no-language-picker', 'debug']
            .filter((name) => el.hasAttribute(name))
            .map((name) => [name, el.getAttribute(name)]),
        ),
        fallbackCases: [...el.querySelectorAll(':scope > details[data-node]')].map((d) => d.dataset.node),
        fallbackText: el.textContent,
        fallbackMail: el.querySelector('a[href^="mailto:"]')?.getAttribute('href'),
        fallbackPortal: el.querySelector('a[href^="https:"]')?.getAttribute('href'),
        fallbackHidden: [...el.children].every((c) => !c.assignedSlot),
        title: el.shadowRoot.querySelector('[part~="title"]')?.textContent.trim(),
        height: el.getBoundingClientRect().height,
      })),
    };
  });
  assert.equal(view.scripts.length, 1, `one script: ${JSON.stringify(view.scripts)}`);
  assert.match(view.scripts[0].src, /\/wp-content\/plugins\/ent-help\/assets\/ent-help\.js\?ver=/);
  assert.equal(view.scripts[0].type, 'module');
  assert.match(view.scripts[0].integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
  assert.equal(view.scripts[0].crossorigin, 'anonymous');
  assert.equal(view.widgets.length, 2);
  const [block, shortcode] = view.widgets;
  assert.deepEqual(block.attributes, {
    mode: 'stepper',
    'heading-level': '3',
    'portal-url': SCHOOL_PORTAL,
    'contact-email': SCHOOL_EMAIL,
  });
  assert.deepEqual(shortcode.attributes, {
    mode: 'accordion',
    'heading-level': '2',
    'portal-url': SCHOOL_PORTAL,
    'contact-email': SHORTCODE_EMAIL,
  });
  for (const widget of view.widgets) {
    assert.ok(widget.fallbackCases.includes('cas-2'), 'the procedure is inside the element');
    // Word for word, with the widget's French typography (no-break spaces in « ENT 77 » and before « ! »).
    assert.ok(widget.fallbackText.includes("pas à l'ENT\u00a077\u00a0!"), 'word for word');
    assert.equal(widget.fallbackPortal, SCHOOL_PORTAL);
    assert.ok(widget.fallbackHidden, 'the widget hides the fallback once rendered');
    assert.ok(widget.title, 'the widget rendered its title');
  }
  assert.equal(block.fallbackMail, `mailto:${SCHOOL_EMAIL}`);
  assert.equal(shortcode.fallbackMail, `mailto:${SHORTCODE_EMAIL}`);
  await page.screenshot({ path: 'screenshots/wordpress-page-390.png', fullPage: true });

  step('the block widget works: answers lead to an outcome that gives the settings page’s address');
  await page.evaluate(() => {
    window.entHelpOutcomes = [];
    document.addEventListener('ent-help-outcome', (e) => window.entHelpOutcomes.push(e.detail.node));
  });
  const widget = await page.$('ent-help');
  for (let i = 0; i < 6 && !(await page.evaluate(() => window.entHelpOutcomes.length)); i++) {
    const choices = await widget.$$('pierce/[part~="choice"]');
    assert.ok(choices.length > 0, 'the question shows its answers');
    await choices.at(-1).click();
  }
  const outcome = await page.evaluate(() => ({
    nodes: window.entHelpOutcomes,
    mail: [...document.querySelector('ent-help').shadowRoot.querySelectorAll('a[href^="mailto:"]')].map((a) =>
      a.getAttribute('href'),
    ),
    heading: document.querySelector('ent-help').shadowRoot.querySelector('[part~="step-title"]')?.textContent.trim(),
  }));
  assert.equal(outcome.nodes.length, 1, 'one outcome reached');
  assert.ok(outcome.heading, 'the outcome has a heading');
  assert.ok(outcome.mail.includes(`mailto:${SCHOOL_EMAIL}`), `the outcome gives ${SCHOOL_EMAIL}: ${outcome.mail}`);
  await page.screenshot({ path: 'screenshots/wordpress-page-390-outcome.png', fullPage: true });

  step('the shortcode widget (accordion) gives the shortcode’s address');
  // Closed sections render their content when opened: open « Autres cas » (node ids are public API).
  const accordion = (await page.$$('ent-help'))[1];
  await (await accordion.$('pierce/[part~="section-button"][data-node="autres-cas"]')).click();
  await page.waitForFunction(() =>
    document.querySelectorAll('ent-help')[1].shadowRoot.querySelector('#panel-autres-cas a[href^="mailto:"]'),
  );
  const accordionMail = await page.evaluate(() =>
    [...document.querySelectorAll('ent-help')[1].shadowRoot.querySelectorAll('a[href^="mailto:"]')].map((a) =>
      a.getAttribute('href'),
    ),
  );
  assert.ok(
    accordionMail.includes(`mailto:${SHORTCODE_EMAIL}`),
    `accordion gives ${SHORTCODE_EMAIL}: ${accordionMail}`,
  );

  step('without JavaScript, the page shows the whole procedure');
  await page.setJavaScriptEnabled(false);
  await go(`?page_id=${postId}`);
  const plain = await page.evaluate(() => {
    const el = document.querySelector('ent-help');
    const cas2 = el.querySelector('details[data-node="cas-2"]');
    return { summary: cas2?.querySelector('summary')?.getBoundingClientRect().height, text: el.innerText };
  });
  assert.ok(plain.summary > 0, 'the cases are visible');
  assert.match(plain.text, /Que faire en cas de problème d'accès à L'ENT\u00a0\?/);
  await page.screenshot({ path: 'screenshots/wordpress-page-390-no-js.png', fullPage: true });

  step(
    'without JavaScript, each widget shows dist/snippet.html’s procedure for its settings: its headings (text, level), in French',
  );
  const settingsOf = [
    { portalUrl: SCHOOL_PORTAL, contactEmail: SCHOOL_EMAIL, headingLevel: 3 },
    { portalUrl: SCHOOL_PORTAL, contactEmail: SHORTCODE_EMAIL, headingLevel: 2, instance: 2 },
  ];
  const fallbacks = await page.evaluate((expected) => {
    // Elements with their attributes (sorted) and text nodes, one a line, indented by depth.
    const lines = (root) => {
      const out = [];
      const walk = (node, depth) => {
        for (const c of node.childNodes) {
          if (c.nodeType === Node.TEXT_NODE) out.push(`${'  '.repeat(depth)}${JSON.stringify(c.data)}`);
          if (c.nodeType !== Node.ELEMENT_NODE) continue;
          const attributes = [...c.attributes].map((a) => ` ${a.name}="${a.value}"`).sort();
          out.push(`${'  '.repeat(depth)}<${c.localName}${attributes.join('')}>`);
          walk(c, depth + 1);
        }
      };
      walk(root, 0);
      return out;
    };
    const headings = (root) =>
      [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map(
        (h) => `${h.getAttribute('aria-level') ?? h.localName.slice(1)} ${h.textContent.trim()}`,
      );
    return [...document.querySelectorAll('ent-help')].map((el, i) => {
      const template = document.createElement('template');
      template.innerHTML = expected[i];
      // The language picker's room (aria-hidden, visibility: hidden) holds space but shows nothing.
      const shown = [...el.children].filter(
        (c) => c.getClientRects().length > 0 && getComputedStyle(c).visibility !== 'hidden',
      );
      return {
        lines: lines(el),
        expectedLines: lines(template.content),
        headings: headings(el),
        expectedHeadings: headings(template.content),
        shown: shown.length,
        notFrench: shown
          .filter((c) => c.closest('[lang]')?.getAttribute('lang') !== 'fr' || getComputedStyle(c).direction !== 'ltr')
          .map((c) => c.outerHTML.slice(0, 60)),
      };
    });
  }, settingsOf.map(expectedFallback));
  assert.equal(fallbacks.length, 2);
  for (const [i, fallback] of fallbacks.entries()) {
    const which = ['the block', 'the shortcode'][i];
    assert.ok(fallback.expectedHeadings.length > 10, 'the expected procedure has its sections');
    assert.deepEqual(fallback.headings, fallback.expectedHeadings, `${which}: the headings, their text and level`);
    assert.equal(
      fallback.headings[0],
      `${settingsOf[i].headingLevel} Que faire en cas de problème d'accès à L'ENT\u00a0?`,
    );
    assert.ok(fallback.shown > 5, `${which}: the procedure is shown`);
    assert.deepEqual(
      fallback.notFrench,
      [],
      `${which}: the procedure is in French, left to right (lang="fr" dir="ltr")`,
    );
    assert.deepEqual(fallback.lines, fallback.expectedLines, `${which}: the procedure is dist/snippet.html's`);
  }

  step('without JavaScript, each « → … » link opens its own widget’s section; no id twice on the page');
  const ids = await page.$$eval('[id]', (elements) => elements.map((e) => e.id));
  assert.deepEqual(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    [],
    'no id twice on the page',
  );
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  for (const [i, el] of (await page.$$('ent-help')).entries()) {
    const links = await el.$$('a[href^="#ent-help-"]');
    assert.ok(links.length > 5, 'the procedure links to its other sections');
    for (const link of links) {
      const hash = await link.evaluate((a) => {
        // As a person reaches the link: every section closed but those around it.
        document.querySelectorAll('ent-help details[open]').forEach((d) => (d.open = false));
        for (let d = a.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
        return a.hash;
      });
      await link.click();
      let target;
      for (let t = 0; t < 50; t++) {
        target = await page.evaluate(
          (index, h) => {
            const t = document.getElementById(decodeURIComponent(h.slice(1)));
            return (
              t && {
                url: location.hash === h,
                own: document.querySelectorAll('ent-help')[index].contains(t),
                open: !!t.closest('details')?.open,
                shown: t.getClientRects().length > 0,
              }
            );
          },
          i,
          hash,
        );
        if (target?.url && target.open && target.shown) break;
        await sleep(40);
      }
      assert.deepEqual(target, { url: true, own: true, open: true, shown: true }, `widget ${i + 1}: ${hash}`);
    }
  }

  step(
    'without JavaScript, each widget’s procedure takes the size of its first screen (nothing moves when it arrives)',
  );
  await go(`?page_id=${postId}`);
  const plainHeights = await page.$$eval('ent-help', (els) => els.map((el) => el.getBoundingClientRect().height));
  for (const [i, height] of plainHeights.entries()) {
    assert.ok(
      Math.abs(height - view.widgets[i].height) <= 1,
      `widget ${i + 1}: the procedure is ${height} px tall, the widget's first screen ${view.widgets[i].height} px`,
    );
  }
  await page.setJavaScriptEnabled(true);

  step('classic editor content: a shortcode stored without block markup opens as a Classic block, saves, renders');
  await page.setViewport({ width: 1280, height: 900 });
  const CLASSIC = `<p>Besoin d’aide pour vous connecter ?</p>\n\n[ent_help heading_level="3" language_picker="no"]`;
  // Created as the classic editor stores a post (no block comments), through the REST API the editor uses.
  await openEditor('wp-admin/post-new.php?post_type=page');
  const classicId = await page.evaluate(
    (content) =>
      wp
        .apiFetch({
          path: '/wp/v2/pages',
          method: 'POST',
          data: { title: 'Aide (éditeur classique)', content, status: 'publish' },
        })
        .then((p) => p.id),
    CLASSIC,
  );
  await openEditor(`wp-admin/post.php?post=${classicId}&action=edit`);
  const classicBlocks = await blocks();
  assert.deepEqual(
    classicBlocks.map((b) => [b.name, b.valid]),
    [['core/freeform', true]],
  );
  assert.ok(classicBlocks[0].attributes.content.includes('[ent_help heading_level="3" language_picker="no"]'));
  await page.evaluate(() =>
    wp.data.dispatch('core/editor').editPost({ title: 'Aide (éditeur classique, enregistrée)' }),
  );
  await page.evaluate(() => wp.data.dispatch('core/editor').savePost());
  await page.waitForFunction(
    () => !wp.data.select('core/editor').isSavingPost() && !wp.data.select('core/editor').isEditedPostDirty(),
  );
  const classicRaw = await page.evaluate(
    (id) => wp.apiFetch({ path: `/wp/v2/pages/${id}?context=edit` }).then((p) => p.content.raw),
    classicId,
  );
  assert.ok(classicRaw.includes('[ent_help heading_level="3" language_picker="no"]'), classicRaw);
  await go(`?page_id=${classicId}`);
  await page.waitForFunction(() => document.querySelector('ent-help')?.shadowRoot?.querySelector('[part~="title"]'));
  const classicView = await page.evaluate(() => {
    const el = document.querySelector('ent-help');
    return {
      level: el.shadowRoot.querySelector('[part~="title"]').getAttribute('aria-level'),
      picker: !!el.shadowRoot.querySelector('[part~="language-picker"]'),
      email: el.getAttribute('contact-email'),
      fallback: !!el.querySelector('details[data-node="cas-2"]'),
      insideParagraph: !!el.closest('p'),
    };
  });
  assert.deepEqual(classicView, {
    level: '3',
    picker: false,
    email: SCHOOL_EMAIL,
    fallback: true,
    insideParagraph: false,
  });

  step('debug: the shortcode’s debug="yes" and the block’s toggle show a refused address to the reader, else nothing');
  const REFUSED = 'http://ent.lycee-test.fr';
  const DEBUG_PAGE = [
    `[ent_help debug="yes" portal_url="${REFUSED}"]`,
    `[ent_help debug="no" portal_url="${REFUSED}"]`,
    `[ent_help portal_url="${REFUSED}"]`,
    `[ent_help debug]`,
    '<!-- wp:ent-help/aide-connexion {"debug":true} /-->',
    '<!-- wp:ent-help/aide-connexion {"debug":false} /-->',
    '<!-- wp:ent-help/aide-connexion /-->',
    '[ent_help contact_email="pas-une-adresse"]',
  ].join('\n\n');
  await openEditor('wp-admin/post-new.php?post_type=page');
  const debugId = await page.evaluate(
    (content) =>
      wp
        .apiFetch({ path: '/wp/v2/pages', method: 'POST', data: { title: 'Aide (debug)', content, status: 'publish' } })
        .then((p) => p.id),
    DEBUG_PAGE,
  );
  const debugView = async () => {
    await go(`?page_id=${debugId}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('ent-help')].every((el) => el.shadowRoot?.querySelector('[part~="title"]')),
    );
    return page.$$eval('ent-help', (els) =>
      els.map((el) => ({
        debug: el.getAttribute('debug'),
        portal: el.getAttribute('portal-url'),
        email: el.getAttribute('contact-email'),
        // Without the bidi isolates around the quoted setting.
        notice:
          el.shadowRoot
            .querySelector('[part~="notice"]')
            ?.textContent.replace(/[\u2066-\u2069]/g, '')
            .trim() ?? null,
      })),
    );
  };
  const noticeOf = `Réglage ignoré : portal-url="${REFUSED}". Voir la console du navigateur.`;
  // Outside a debug preview a refused address gives way to the site's (the widget's own default is the FAQ's
  // lycée, not this school's); in one, it reaches the widget, which names it.
  const site = { portal: SCHOOL_PORTAL, email: SCHOOL_EMAIL };
  const refused = { ...site, debug: '', portal: REFUSED, notice: noticeOf };
  const off = { ...site, debug: null, notice: null };
  const on = { ...site, debug: '', notice: null };
  const badEmailNotice = 'Réglage ignoré : contact-email="pas-une-adresse". Voir la console du navigateur.';
  const badEmail = { ...site, debug: '', email: 'pas-une-adresse', notice: badEmailNotice };
  assert.deepEqual(await debugView(), [refused, off, off, on, on, off, off, off]);

  step('debug: the settings page’s checkbox turns it on for every widget that does not say otherwise');
  await go('wp-admin/options-general.php?page=ent-help');
  await page.click('#ent_help_debug');
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  assert.equal(await page.$('.notice-error'), null);
  assert.equal((await debugBox()).checked, true, 'the checkbox is saved');
  assert.equal(await page.$eval('#ent_help_contact_email', (i) => i.value), SCHOOL_EMAIL, 'the address is kept');
  assert.deepEqual(await debugView(), [refused, off, refused, on, on, off, on, badEmail]);
  await go('wp-admin/options-general.php?page=ent-help');
  await page.click('#ent_help_debug');
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  assert.equal((await debugBox()).checked, false, 'unchecked again');
  assert.deepEqual((await debugView()).slice(2, 3), [off], 'readers no longer see the notice');

  step('a page without the widget loads no script of the plugin');
  await go('');
  assert.equal(await page.$('script[src*="/plugins/ent-help/"]'), null);

  step('no console error, no PHP notice from the plugin');
  assert.deepEqual(errors, []);
  const log = await readFile(debugLog, 'utf8').catch(() => '');
  const ours = log.split('\n').filter((line) => line.includes('/plugins/ent-help/'));
  assert.deepEqual(ours, []);
} catch (error) {
  const [page] = (await browser.pages()).slice(-1);
  await page?.screenshot({ path: 'screenshots/wordpress-failure.png' }).catch(() => {});
  console.error(`test:wordpress failed; screenshots/wordpress-failure.png shows the page (${page?.url()})`);
  // In the editor, what it was doing and what it said (a failed save shows as a notice).
  const editor = await page
    ?.evaluate(() => {
      const e = window.wp?.data?.select('core/editor');
      return (
        e && {
          status: e.getEditedPostAttribute('status'),
          saving: e.isSavingPost(),
          autosaving: e.isAutosavingPost(),
          publishable: e.isEditedPostPublishable(),
          locked: e.isPostSavingLocked(),
          notices: wp.data
            .select('core/notices')
            .getNotices()
            .map((n) => n.content),
        }
      );
    })
    .catch(() => undefined);
  if (editor) console.error(`test:wordpress: the editor: ${JSON.stringify(editor)}`);
  if (serverLog) console.error(`test:wordpress: PHP's server said:\n${serverLog.slice(-2000)}`);
  throw error;
} finally {
  await browser.close();
  process.kill(-server.pid);
}
console.log(`test:wordpress passed in ${Math.round((Date.now() - started) / 1000)} s`);
