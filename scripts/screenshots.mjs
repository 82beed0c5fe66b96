// Takes screenshots of the demo page in headless Chromium (Debian's /usr/bin/chromium) so a
// person can look at what the widget shows, at phone and desktop widths, light and dark.
//   npm run screenshots [-- out-dir]   (default: docs/screenshots/, the README's images)
//   SHOTS=themes node scripts/screenshots.mjs /tmp/shots   (only the shots whose name matches)
import { startDevServer } from '@web/dev-server';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.mjs';

const out = process.argv[2] ?? 'docs/screenshots';
await mkdir(out, { recursive: true });

const server = await startDevServer({
  config: { rootDir: '.', port: 0, open: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });

/**
 * [file name, instance index, node, width, color scheme, options]. Options: `forced` emulates
 * forced colours (Windows High Contrast), `zoom` is a device scale factor (400 % zoom of a
 * 1280 px window is a 320 px CSS viewport at factor 4), `print` the print view after
 * `beforeprint`, `spacing` the WCAG 1.4.12 text-spacing overrides, `locale` sets the element's lang,
 * `theme` its theme attribute, `focus` keyboard-focuses the answer after the first (to see the
 * ring), `themes` shoots the three-theme section with every widget of it at `node`.
 * `ticks` ticks those steps of the checklist, `message` opens « Lire le message », `pdf` also
 * prints the page to an A4 PDF in the system's temp directory (to convert and look at:
 * `convert -density 80 x.pdf x.png`).
 */
const shots = [
  ['stepper-start', 0, 'accueil', 390, 'light'],
  ['stepper-cas-2', 0, 'cas-2', 390, 'light'],
  ['stepper-cas-2-mail-non-recu', 0, 'cas-2-mail-non-recu', 390, 'light'],
  ['stepper-cas-1-dark', 0, 'cas-1', 390, 'dark'],
  ['stepper-start-320', 0, 'accueil', 320, 'light'],
  ['accordion-cas-2', 1, 'cas-2', 390, 'light'],
  ['accordion-autres-cas-dark', 1, 'autres-cas', 390, 'dark'],
  ['stepper-cas-1-desktop', 0, 'cas-1', 1280, 'light'],
  ['accordion-cas-2-desktop', 1, 'cas-2-mail-non-recu', 1280, 'light'],
  ['stepper-start-ar', 0, 'accueil', 390, 'light', { locale: 'ar' }],
  ['stepper-cas-1-ar', 0, 'cas-1', 390, 'light', { locale: 'ar' }],
  ['stepper-cas-2-ar', 0, 'cas-2', 390, 'light', { locale: 'ar' }],
  ['stepper-cas-2-mail-non-recu-ar-dark', 0, 'cas-2-mail-non-recu', 390, 'dark', { locale: 'ar' }],
  ['accordion-cas-2-ar', 1, 'cas-2', 390, 'light', { locale: 'ar' }],
  ['stepper-start-ar-320', 0, 'accueil', 320, 'light', { locale: 'ar' }],
  ['stepper-cas-2-pt', 0, 'cas-2', 390, 'light', { locale: 'pt' }],
  ['stepper-cas-2-en', 0, 'cas-2', 390, 'light', { locale: 'en' }],
  ['stepper-cas-2-forced-colors', 0, 'cas-2', 390, 'light', { forced: true }],
  ['accordion-cas-2-forced-colors', 1, 'cas-2-mail-non-recu', 390, 'dark', { forced: true }],
  ['stepper-cas-1-zoom-400', 0, 'cas-1', 320, 'light', { zoom: 4 }],
  ['accordion-cas-2-zoom-400-dark', 1, 'cas-2', 320, 'dark', { zoom: 4 }],
  ['accordion-autres-cas-320-dark', 1, 'autres-cas', 320, 'dark'],
  ['stepper-cas-2-mail-non-recu-spacing-320', 0, 'cas-2-mail-non-recu', 320, 'light', { spacing: true }],
  ['stepper-cas-2-mail-non-recu-print', 0, 'cas-2-mail-non-recu', 800, 'light', { print: true }],
  ['accordion-print', 1, 'accueil', 800, 'light', { print: true }],
  ['themes-375', 2, 'cas-2', 375, 'light', { themes: true }],
  ['themes-1280', 2, 'cas-2', 1280, 'light', { themes: true }],
  ['themes-1280-system-dark', 2, 'accueil', 1280, 'dark', { themes: true }],
  ['stepper-accueil-theme-dark-focus', 0, 'accueil', 390, 'light', { theme: 'dark', focus: true }],
  ['stepper-cas-2-theme-dark-1280', 0, 'cas-2', 1280, 'light', { theme: 'dark' }],
  ['stepper-cas-2-theme-light-on-dark-system', 0, 'cas-2', 390, 'dark', { theme: 'light' }],
  ['stepper-cas-1-checklist-375', 0, 'cas-1', 375, 'light', { ticks: [0, 1, 2] }],
  ['stepper-cas-3-message-375', 0, 'cas-3', 375, 'light', { message: true }],
  ['stepper-autres-cas-message-320', 0, 'autres-cas', 320, 'light', { message: true }],
  ['stepper-autres-cas-message-desktop-dark', 0, 'autres-cas', 1280, 'dark', { message: true }],
  ['accordion-cas-3-message', 1, 'cas-3', 390, 'light', { message: true }],
  ['stepper-cas-3-message-ar', 0, 'cas-3', 390, 'light', { message: true, locale: 'ar' }],
  ['procedure-cas-2-mail-non-recu', 0, 'cas-2-mail-non-recu', 800, 'light', { print: true, pdf: true }],
  ['procedure-cas-1', 0, 'cas-1', 800, 'light', { print: true, pdf: true }],
  ['message-cas-3-print', 0, 'cas-3', 800, 'light', { printMessage: true, pdf: true }],
];
const only = process.env.SHOTS ? new RegExp(process.env.SHOTS) : undefined;
let failures = 0;
for (const [name, index, node, width, scheme, options = {}] of shots.filter(([n]) => !only || only.test(n))) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => (failures++, console.error(`${name}: page error: ${e.message}`)));
  page.on(
    'console',
    (m) =>
      m.type() === 'error' && (failures++, console.error(`${name}: console: ${m.text()} ${m.location()?.url ?? ''}`)),
  );
  // SCREENSHOT_SCALE=2 for a closer look (glyph mirroring, bidi).
  await page.setViewport({
    width,
    height: 900,
    deviceScaleFactor: options.zoom ?? Number(process.env.SCREENSHOT_SCALE ?? 1),
  });
  // Through CDP: puppeteer's emulateMediaFeatures refuses forced-colors.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    media: options.print ? 'print' : '',
    features: [
      { name: 'prefers-color-scheme', value: scheme },
      { name: 'forced-colors', value: options.forced ? 'active' : 'none' },
    ],
  });
  await page.goto(`http://127.0.0.1:${port}/demo/`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('ent-help'), { timeout: 10000 });
  const widgets = await page.$$('ent-help');
  const handle = widgets[index];
  for (const other of options.themes ? widgets.slice(index + 1, index + 3) : []) {
    await other.evaluate(async (el, id) => {
      el.node = id;
      await el.updateComplete;
    }, node);
  }
  await handle.evaluate(
    async (el, id, lang, theme) => {
      if (theme) el.setAttribute('theme', theme);
      el.node = id;
      if (lang) {
        el.setAttribute('lang', lang);
        while (el.shadowRoot.querySelector('.base').lang !== lang) await new Promise((r) => setTimeout(r, 10));
      }
      await el.updateComplete;
    },
    node,
    options.locale ?? '',
    options.theme ?? '',
  );
  if (options.focus) {
    await handle.evaluate((el) => el.shadowRoot.querySelector('[part~="choice"]').focus());
    await page.keyboard.press('Tab');
  }
  if (options.ticks || options.message) {
    await handle.evaluate(
      async (el, ticks, message) => {
        const boxes = el.shadowRoot.querySelectorAll('[part="step-checkbox"]');
        for (const i of ticks) boxes[i].click();
        if (message) el.shadowRoot.querySelector('[part="message"] details').open = true;
        await el.updateComplete;
      },
      options.ticks ?? [],
      options.message ?? false,
    );
  }
  if (options.spacing) {
    await handle.evaluate(async (el) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }' +
          ' p { margin-bottom: 2em !important }',
      );
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
      el.style.setProperty('letter-spacing', '0.12em', 'important');
    });
  }
  // Let the chevron's 0.2 s turn finish.
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (options.print) {
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  }
  if (options.printMessage) {
    // « Imprimer le message », with a print() that only starts printing, so the print view stays for the shot.
    await handle.evaluate(async (el) => {
      window.print = () => window.dispatchEvent(new Event('beforeprint'));
      el.shadowRoot.querySelector('[part="message-print-button"]').click();
      await el.updateComplete;
    });
  }
  const target = options.themes ? await page.$('.themes') : handle;
  await target.screenshot({ path: `${out}/${name}.png` });
  if (options.pdf) {
    // The widget alone, as on a host page that holds only it: the demo's own text is not printed.
    await handle.evaluate(async (el) => {
      document.body.replaceChildren(el);
      await el.updateComplete;
      if (!el.shadowRoot.querySelector('pre')) window.dispatchEvent(new Event('beforeprint'));
    });
    await page.pdf({ path: `${tmpdir()}/ent-help-${name}.pdf`, format: 'A4', printBackground: false });
    console.log(`${tmpdir()}/ent-help-${name}.pdf`);
  }
  await page.close();
  console.log(`${out}/${name}.png`);
}
await browser.close();
await server.stop();
process.exit(failures ? 1 : 0);
