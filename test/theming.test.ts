import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { DEFAULT_NODE_IDS } from '../src/data/default-tree.js';
import type { EntHelp } from '../src/ent-help.js';
import {
  backgroundOf,
  captureWarnings,
  contrast,
  ENGINE,
  focused,
  fold,
  mount,
  NO_EMULATION,
  parts,
  settle,
  shadow,
  skipBecause,
} from './helpers.js';

/** Emulates media features (see web-test-runner.config.mjs), or skips where the engine cannot. */
async function emulate(ctx: Mocha.Context, features: { name: string; value: string }[], media = ''): Promise<void> {
  const done = await executeServerCommand<boolean, unknown>('emulate-media-features', { features, media });
  if (done !== true) skipBecause(ctx, NO_EMULATION[ENGINE]!);
}
const DARK_SYSTEM = [{ name: 'prefers-color-scheme', value: 'dark' }];

const part = (el: EntHelp, name: string) => parts(el, name)[0]!;
const style = (e: Element, pseudo?: string) => getComputedStyle(e, pseudo);
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(22, 22, 22)';

/**
 * Every piece of text a person sees in the widget, with its colour and the colour behind it:
 * elements with a text node of their own, laid out, not visually hidden; and the step numbers.
 */
function textColours(el: EntHelp): [string, string, string][] {
  const found: [string, string, string][] = [];
  for (const e of shadow(el).querySelectorAll('*')) {
    const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own || !e.getClientRects().length || e.closest('.visually-hidden, [hidden], style')) continue;
    found.push([
      `${e.localName}.${e.className} « ${fold(e.textContent).slice(0, 30)} »`,
      style(e).color,
      backgroundOf(e),
    ]);
  }
  for (const li of shadow(el).querySelectorAll('.steps li')) {
    found.push([`step number`, style(li, '::before').color, style(li, '::before').backgroundColor]);
  }
  return found;
}

describe('<ent-help>', () => {
  const warnings = captureWarnings();
  afterEach(async () => {
    if (ENGINE === 'chromium') await executeServerCommand('emulate-media-features', { features: [], media: '' });
  });

  describe('theming: the theme attribute', () => {
    it('is auto by default, reflected, and light on a light system', async () => {
      const el = await mount();
      expect(el.theme).to.equal('auto');
      expect(el.getAttribute('theme')).to.equal('auto');
      if (!matchMedia('(prefers-color-scheme: dark)').matches) {
        expect(style(part(el, 'base')).backgroundColor).to.equal(LIGHT_BG);
      }
      expect(warnings).to.have.length(0);
    });

    it('theme="dark" forces the dark colours in every engine, and theme="light" brings them back', async () => {
      const el = await mount({ theme: 'dark' });
      expect(style(part(el, 'base')).backgroundColor).to.equal(DARK_BG);
      expect(style(part(el, 'title')).color).to.equal('rgb(238, 238, 238)');
      expect(style(part(el, 'base')).borderTopColor).to.equal('rgb(133, 133, 246)');
      el.theme = 'light';
      await settle(el);
      expect(el.getAttribute('theme')).to.equal('light');
      expect(style(part(el, 'base')).backgroundColor).to.equal(LIGHT_BG);
      expect(style(part(el, 'base')).borderTopColor).to.equal('rgb(0, 0, 145)');
      el.removeAttribute('theme');
      await settle(el);
      expect(el.theme).to.equal('auto');
    });

    it('theme="Dark" and theme="LIGHT" are the dark and light themes: any letter case, as HTML reads keywords', async () => {
      const el = await mount({ theme: 'Dark' });
      expect(el.theme).to.equal('dark');
      expect(style(part(el, 'base')).backgroundColor).to.equal(DARK_BG);
      el.setAttribute('theme', 'LIGHT');
      await settle(el);
      expect(el.theme).to.equal('light');
      expect(style(part(el, 'base')).backgroundColor).to.equal(LIGHT_BG);
      expect(warnings).to.have.length(0);
    });

    it('refuses an unknown theme with one warning naming the three values, a notice with debug, and auto colours', async () => {
      const el = await mount({ theme: 'blue', debug: '' });
      el.requestUpdate();
      await settle(el);
      expect(warnings).to.have.length(1);
      const message = String(warnings[0]![0]);
      for (const value of ['theme="blue"', '"light"', '"dark"', '"auto"']) expect(message).to.contain(value);
      expect(fold(part(el, 'notice').textContent)).to.contain('theme="blue"');
      const expected = matchMedia('(prefers-color-scheme: dark)').matches ? DARK_BG : LIGHT_BG;
      expect(style(part(el, 'base')).backgroundColor).to.equal(expected);
      el.theme = 'dark';
      await settle(el);
      expect(parts(el, 'notice')).to.have.length(0);
    });

    it('follows a dark system when auto, absent or refused, but not when light', async function () {
      await emulate(this, DARK_SYSTEM);
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      const seen: Record<string, string> = {};
      for (const theme of ['auto', 'dark', 'light', 'blue', '']) {
        const el = await mount(theme ? { theme } : {});
        seen[theme || '(none)'] = style(part(el, 'base')).backgroundColor;
      }
      expect(seen).to.deep.equal({
        auto: DARK_BG,
        dark: DARK_BG,
        light: LIGHT_BG,
        blue: DARK_BG,
        '(none)': DARK_BG,
      });
    });

    it('gives the same dark palette from the system as from theme="dark" (the two copies in the styles agree)', async function () {
      const names = [
        'accent',
        'on-accent',
        'text',
        'muted',
        'background',
        'surface',
        'hover',
        'info',
        'border',
        'border-light',
        'focus',
        'warning',
      ].map((n) => `--_${n}`);
      const forced = await mount({ theme: 'dark' });
      const palette = (el: EntHelp) => names.map((n) => `${n}: ${style(el).getPropertyValue(n).trim()}`);
      const fromAttribute = palette(forced);
      await emulate(this, DARK_SYSTEM);
      const auto = await mount();
      expect(palette(auto)).to.deep.equal(fromAttribute);
      expect(style(auto).colorScheme).to.equal('dark');
      expect(fromAttribute).to.not.deep.equal(palette(await mount({ theme: 'light' })));
    });

    it('keeps forced colours (Windows High Contrast) in charge when theme="dark"', async function () {
      await emulate(this, [{ name: 'forced-colors', value: 'active' }]);
      const el = await mount({ theme: 'dark', node: 'cas-2' });
      const base = part(el, 'base');
      const canvas = style(base).backgroundColor;
      // A forced palette replaces the author's background: not the dark theme's #161616 unless Canvas is that.
      const probe = document.createElement('div');
      probe.style.background = 'Canvas';
      document.body.append(probe);
      expect(canvas).to.equal(style(probe).backgroundColor);
      probe.remove();
      expect(contrast(style(part(el, 'step-title')).color, canvas)).to.be.at.least(4.5);
      for (const b of shadow(el).querySelectorAll('button')) {
        if (!b.closest('[hidden]')) expect(style(b).borderTopStyle, fold(b.textContent)).to.equal('solid');
      }
    });

    it('prints black on white even when theme="dark"', async function () {
      await emulate(this, DARK_SYSTEM, 'print');
      const el = await mount({ theme: 'dark', node: 'cas-2' });
      expect(style(part(el, 'base')).backgroundColor).to.equal(LIGHT_BG);
      expect(style(part(el, 'step-title')).color).to.equal('rgb(0, 0, 0)');
    });
  });

  describe('theming: contrast in light and dark', () => {
    it('the text check catches a host palette that is too pale (so it can fail)', async () => {
      const el = await mount({ theme: 'light', node: 'cas-1', style: '--ent-help-muted: #aaaaaa' });
      const low = textColours(el).filter(([, fg, bg]) => contrast(fg, bg) < 4.5);
      expect(low.map(([what]) => what).join()).to.contain('trail-label');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`keeps every text at 4.5:1 or more in ${theme}, in each node and the accordion`, async () => {
        const low: string[] = [];
        let checked = 0;
        const mounts: Record<string, string>[] = [
          ...DEFAULT_NODE_IDS.map((node) => ({ theme, node })),
          { theme, node: 'cas-2', mode: 'accordion' },
          { theme, node: 'autres-cas', mode: 'accordion' },
        ];
        for (const attrs of mounts) {
          const el = await mount(attrs);
          for (const [what, fg, bg] of textColours(el)) {
            checked++;
            const ratio = contrast(fg, bg);
            if (ratio < 4.5) low.push(`${attrs['mode'] ?? 'stepper'} ${attrs['node']} ${what}: ${ratio.toFixed(2)}`);
          }
          el.parentElement!.remove();
        }
        expect(low).to.deep.equal([]);
        expect(checked).to.be.greaterThan(60);
      });

      it(`keeps answer borders, the accent frame and the focus ring at 3:1 or more in ${theme}`, async () => {
        const el = await mount({ theme, node: 'accueil' });
        const bg = backgroundOf(part(el, 'base'));
        const checks: [string, number][] = [
          ['choice border', contrast(style(part(el, 'choice')).borderTopColor, bg)],
          ['top border', contrast(style(part(el, 'base')).borderTopColor, bg)],
        ];
        part(el, 'choice').focus();
        await sendKeys({ press: 'Tab' });
        const ring = style(focused(el)!);
        expect(ring.outlineStyle).to.equal('solid');
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        checks.push(['focus ring on the background', contrast(ring.outlineColor, bg)]);
        checks.push(['focus ring on the answer', contrast(ring.outlineColor, backgroundOf(focused(el)!))]);
        expect(checks.filter(([, r]) => r < 3).map(([w, r]) => `${w}: ${r.toFixed(2)}`)).to.deep.equal([]);
      });

      it(`passes axe (colour contrast included) in ${theme}`, async () => {
        const el = await mount({ theme, node: 'cas-2-mail-non-recu' });
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('theming: custom properties', () => {
    /** [custom property, node, how to read what it changes]: each returns a computed value. */
    const cases: [string, string, (el: EntHelp) => string][] = [
      ['--ent-help-accent', 'accueil', (el) => style(part(el, 'base')).borderTopColor],
      ['--ent-help-on-accent', 'cas-1', (el) => style(shadow(el).querySelector('.steps li')!, '::before').color],
      ['--ent-help-text', 'accueil', (el) => style(part(el, 'step-title')).color],
      ['--ent-help-muted', 'cas-1', (el) => style(shadow(el).querySelector('.trail-label')!).color],
      ['--ent-help-background', 'accueil', (el) => style(part(el, 'base')).backgroundColor],
      ['--ent-help-surface', 'cas-3', (el) => style(part(el, 'contacts')).backgroundColor],
      ['--ent-help-hover', 'cas-2', (el) => style(shadow(el).querySelector('[aria-expanded="true"]')!).backgroundColor],
      ['--ent-help-info-surface', 'cas-2', (el) => style(part(el, 'note')).backgroundColor],
      ['--ent-help-border', 'accueil', (el) => style(part(el, 'choice')).borderTopColor],
      ['--ent-help-border-light', 'accueil', (el) => style(part(el, 'base')).borderLeftColor],
      ['--ent-help-focus-ring', 'accueil', (el) => style(focused(el)!).outlineColor],
      ['--ent-help-warning', 'accueil', (el) => style(part(el, 'notice')).borderTopColor],
    ];
    for (const theme of ['light', 'dark'] as const) {
      it(`each colour property changes its part, and wins over the ${theme} theme`, async () => {
        const wrong: string[] = [];
        for (const [i, [name, node, read]] of cases.entries()) {
          const colour = `rgb(${10 + i}, ${100 + i}, ${200 - i})`;
          // --ent-help-hover shows on the open case of the accordion; the warning on a refused attribute.
          const el = await mount({
            theme,
            node,
            ...(name === '--ent-help-hover' ? { mode: 'accordion' } : {}),
            ...(name === '--ent-help-warning' ? { 'heading-level': '9', debug: '' } : {}),
          });
          if (name === '--ent-help-focus-ring') {
            part(el, 'choice').focus();
            await sendKeys({ press: 'Tab' });
          }
          const before = read(el);
          el.style.setProperty(name, colour);
          const after = read(el);
          if (after !== colour || before === colour) wrong.push(`${name}: ${before} → ${after}, not ${colour}`);
          el.parentElement!.remove();
        }
        expect(wrong).to.deep.equal([]);
      });
    }

    it('--ent-help-radius rounds the frame and the buttons', async () => {
      const el = await mount();
      expect(style(part(el, 'choice')).borderTopLeftRadius).to.equal('8px');
      el.style.setProperty('--ent-help-radius', '0px');
      for (const name of ['base', 'choice']) expect(style(part(el, name)).borderTopLeftRadius, name).to.equal('0px');
    });

    it('--ent-help-font-family sets the font; a page rule ent-help { font-family: inherit } gives the page’s own', async () => {
      const el = await mount();
      expect(style(part(el, 'choice')).fontFamily).to.match(/system-ui/);
      el.style.setProperty('--ent-help-font-family', 'Georgia, serif');
      expect(style(part(el, 'title')).fontFamily).to.equal('Georgia, serif');
      expect(style(part(el, 'choice')).fontFamily).to.equal('Georgia, serif');
      el.style.removeProperty('--ent-help-font-family');
      const page = document.createElement('style');
      page.textContent = '.school { font-family: "Times New Roman", serif } .school ent-help { font-family: inherit }';
      document.head.append(page);
      el.parentElement!.className = 'school';
      try {
        expect(style(part(el, 'choice')).fontFamily).to.equal('"Times New Roman", serif');
      } finally {
        page.remove();
      }
    });
  });

  describe('theming: parts', () => {
    it('exposes the documented parts, stable across nodes and modes', async () => {
      const seen = new Set<string>();
      for (const mode of ['stepper', 'accordion']) {
        for (const node of DEFAULT_NODE_IDS) {
          const el = await mount({ mode, node, 'heading-level': node === 'cas-3' ? '0' : '2', debug: '' });
          for (const e of shadow(el).querySelectorAll('[part]')) {
            for (const name of e.getAttribute('part')!.split(/\s+/)) seen.add(name);
          }
          el.parentElement!.remove();
        }
      }
      for (const name of [
        'base',
        'language-picker',
        'language-button',
        'title',
        'trail',
        'progress',
        'step',
        'step-title',
        'choice',
        'steps',
        'note',
        'contacts',
        'link',
        'back-button',
        'restart-button',
        'resolved',
        'resolved-button',
        'copy-link-button',
        'section',
        'section-button',
        'section-panel',
        'notice',
      ]) {
        expect(seen.has(name), name).to.equal(true);
      }
    });

    it('lets the page style a part: ent-help::part(choice)', async () => {
      const page = document.createElement('style');
      page.textContent = 'ent-help.squared::part(choice) { border-radius: 0; border-color: rgb(1, 2, 3) }';
      document.head.append(page);
      try {
        const el = await mount({ class: 'squared' });
        expect(style(part(el, 'choice')).borderTopLeftRadius).to.equal('0px');
        expect(style(part(el, 'choice')).borderTopColor).to.equal('rgb(1, 2, 3)');
      } finally {
        page.remove();
      }
    });
  });
});
