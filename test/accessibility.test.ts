import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { DEFAULT_NODE_IDS } from '../src/data/default-tree.js';
import { EntHelp } from '../src/ent-help.js';
import { SOURCE_FACTS } from './fixtures/source-facts.js';
import {
  expectDocumentFocus,
  backgroundOf,
  brokenWords,
  contrast,
  ENGINE,
  expectSame,
  focused,
  fold,
  mount,
  mountTree,
  nameOf,
  NO_EMULATION,
  parts,
  rectsOf,
  settle,
  shadow,
  skipBecause,
  visibleText,
} from './helpers.js';

type Mode = 'stepper' | 'accordion';
type Theme = 'light' | 'dark' | 'forced-colors';
type AXNode = { role?: string; name?: string; level?: number; expanded?: boolean; children?: AXNode[] };

const MODES: Mode[] = ['stepper', 'accordion'];
const THEMES: Theme[] = ['light', 'dark', 'forced-colors'];
const OUTCOMES = Object.keys(SOURCE_FACTS);

/** Emulates media features (see web-test-runner.config.mjs); false where the engine cannot. */
async function emulate(features: { name: string; value: string }[], media = ''): Promise<boolean> {
  return (await executeServerCommand<boolean, unknown>('emulate-media-features', { features, media })) === true;
}

const THEME_FEATURES: Record<Theme, { name: string; value: string }[]> = {
  light: [],
  dark: [{ name: 'prefers-color-scheme', value: 'dark' }],
  'forced-colors': [{ name: 'forced-colors', value: 'active' }],
};
const THEME_QUERY: Record<Theme, string> = {
  light: 'all',
  dark: '(prefers-color-scheme: dark)',
  'forced-colors': '(forced-colors: active)',
};

/** Puts the page in a theme, or skips the test where the engine cannot emulate it. */
async function useTheme(ctx: Mocha.Context, theme: Theme): Promise<void> {
  if (theme === 'light') return;
  if (!(await emulate(THEME_FEATURES[theme]))) skipBecause(ctx, NO_EMULATION[ENGINE]!);
  expect(matchMedia(THEME_QUERY[theme]).matches, `${theme} emulated`).to.equal(true);
}

/** The widget's focus: the document's active element is the host, the shadow root's is `target`. */
function expectFocus(el: EntHelp, target: Element | null | undefined, what: string): void {
  expect(target, what).to.exist;
  expectDocumentFocus(el, `document.activeElement (${what})`);
  expectSame(focused(el), target, `shadowRoot.activeElement (${what})`);
}

/** Shift+Tab: puppeteer has no « Shift+Tab » key; classic WebDriver holds a modifier to the end of a sequence. */
async function shiftTab(): Promise<void> {
  if (ENGINE === 'webkit') {
    await sendKeys({ type: '\uE008\uE004' });
  } else {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  }
}

/** Presses Tab (or Shift+Tab) until `test` holds for the focused element, at most 30 times. */
async function tabTo(el: EntHelp, test: (e: Element) => boolean, key = 'Tab'): Promise<Element> {
  for (let i = 0; i < 30; i++) {
    if (key === 'Shift+Tab') await shiftTab();
    else await sendKeys({ press: key });
    const at = focused(el);
    if (at && test(at)) return at;
  }
  throw new Error(`${key} never reached the element`);
}

const stepTitle = (el: EntHelp) => shadow(el).getElementById('step-title');
const trigger = (el: EntHelp, id: string) => shadow(el).getElementById(`trigger-${id}`)!;
const panel = (el: EntHelp, id: string) => shadow(el).getElementById(`panel-${id}`)!;
const status = (el: EntHelp) => fold(shadow(el).querySelector('[role="status"]')?.textContent);

/** Elements of the shadow root that render text of their own, outside visually hidden text. */
function textElements(el: EntHelp): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('*')].filter(
    (e) =>
      !e.closest('.visually-hidden, [hidden]') &&
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && fold(n.textContent) !== ''),
  );
}

/** Elements sticking out of the widget's right or left edge, or scrolling sideways. */
function overflowing(el: EntHelp): string[] {
  const box = el.getBoundingClientRect();
  const out: string[] = [];
  if (el.scrollWidth > el.clientWidth + 1) out.push(`<ent-help> scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
  for (const e of shadow(el).querySelectorAll<HTMLElement>('*')) {
    if (e.closest('.visually-hidden, [hidden]')) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > box.right + 1 || r.left < box.left - 1) out.push(`${e.tagName}.${e.className} ${r.left}–${r.right}`);
    const style = getComputedStyle(e);
    if (style.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) out.push(`${e.className} scrolls`);
  }
  return out;
}

/** Elements whose text is cut: hidden overflow smaller than the content. */
function clipped(el: EntHelp): string[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('*')]
    .filter((e) => !e.closest('.visually-hidden, [hidden]'))
    .filter((e) => {
      const s = getComputedStyle(e);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      return (
        (hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1) ||
        (hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1)
      );
    })
    .map((e) => `${e.tagName}.${e.className}`);
}

const SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

describe('<ent-help>', () => {
  let host: HTMLStyleElement | undefined;
  afterEach(async () => {
    host?.remove();
    host = undefined;
    if (ENGINE === 'chromium') await emulate([]);
    if (ENGINE !== 'webkit') await setViewport({ width: 800, height: 600 });
  });

  describe('accessibility: axe in every node, both modes, every theme', () => {
    for (const theme of THEMES) {
      for (const mode of MODES) {
        for (const id of DEFAULT_NODE_IDS) {
          it(`has no axe violation in ${mode} at ${id}, ${theme}`, async function () {
            await useTheme(this, theme);
            const el = await mount({ mode, node: id });
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });

  describe('accessibility: keyboard and focus', () => {
    it('stepper: Tab, Shift+Tab, Enter and Space walk the tree; focus follows every navigation', async () => {
      const before = document.createElement('button');
      before.textContent = 'avant';
      document.body.append(before);
      // The language picker's own keyboard order is tested in localization.test.ts.
      const el = await mount({ 'no-language-picker': '' });
      before.focus();
      await sendKeys({ press: 'Tab' });
      expectFocus(el, parts(el, 'choice')[0], 'Tab enters the widget on the first answer');
      await sendKeys({ press: 'Tab' });
      expectFocus(el, parts(el, 'choice')[1], 'Tab: next answer');
      await shiftTab();
      expectFocus(el, parts(el, 'choice')[0], 'Shift+Tab: previous answer');
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.node).to.equal('cas-2');
      expectFocus(el, stepTitle(el), 'Enter: the new step’s heading');
      expect(status(el)).to.match(/^Ce qu’il faut faire : Cas 2 :/);
      await expect(el).to.be.accessible();

      await tabTo(el, (e) => e.getAttribute('part') === 'choice');
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.node).to.equal('cas-2-mail-non-recu');
      expectFocus(el, stepTitle(el), 'Space: the new step’s heading');
      expect(status(el)).to.match(/^Question 2 : Pas de mail de réinitialisation/);
      await expect(el).to.be.accessible();

      // Shift+Tab from the heading reaches the trail; its last answer goes back to case 2.
      const trailButton = await tabTo(el, (e) => !!e.closest('.trail'), 'Shift+Tab');
      expect(nameOf(trailButton)).to.match(/^Changer la réponse : Vous ne recevez pas de mail/);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.node).to.equal('cas-2');
      expectFocus(el, stepTitle(el), 'trail answer: the step’s heading');

      await tabTo(el, (e) => e.getAttribute('part') === 'back-button');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.node).to.equal('accueil');
      expectFocus(el, shadow(el).querySelector('[data-next="cas-2"]'), 'Back: the answer chosen before');
      await expect(el).to.be.accessible();

      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.node).to.equal('cas-2');
      await tabTo(el, (e) => e.getAttribute('part') === 'restart-button');
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.node).to.equal('accueil');
      expectFocus(el, stepTitle(el), 'Recommencer: the first question');
      expect(status(el)).to.match(/^Question 1 : Que se passe-t-il/);
      before.remove();
    });

    it('accordion: Up, Down, Home, End move; Enter and Space toggle; focus stays on the header', async () => {
      const el = await mount({ mode: 'accordion' });
      const ids = ['connexion-impossible', 'oubli', 'cas-1', 'cas-2', 'cas-3', 'autres-cas'];
      trigger(el, 'cas-1').focus();
      const keys: [string, string][] = [
        ['ArrowDown', 'cas-2'],
        ['ArrowDown', 'cas-3'],
        ['End', 'autres-cas'],
        ['ArrowDown', 'connexion-impossible'],
        ['ArrowUp', 'autres-cas'],
        ['ArrowUp', 'cas-3'],
        ['Home', 'connexion-impossible'],
        ['ArrowDown', 'oubli'],
        ['ArrowDown', 'cas-1'],
      ];
      for (const [key, id] of keys) {
        await sendKeys({ press: key });
        expectFocus(el, trigger(el, id), `${key} → ${id}`);
      }
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.node).to.equal('cas-1');
      expect(trigger(el, 'cas-1').getAttribute('aria-expanded')).to.equal('true');
      expectFocus(el, trigger(el, 'cas-1'), 'Enter opens, focus stays');
      await expect(el).to.be.accessible();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.node).to.equal('accueil');
      expect(trigger(el, 'cas-1').getAttribute('aria-expanded')).to.equal('false');
      expectFocus(el, trigger(el, 'cas-1'), 'Space closes, focus stays');

      // Up reaches « J'ai oublié… »; Space opens it and its nested header joins the sequence.
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.node).to.equal('oubli');
      await sendKeys({ press: 'ArrowDown' });
      expectFocus(el, trigger(el, 'reinitialisation'), 'Down into the nested header');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.node).to.equal('reinitialisation');
      expectFocus(el, trigger(el, 'reinitialisation'), 'nested Enter');
      await sendKeys({ press: 'End' });
      expectFocus(el, trigger(el, 'autres-cas'), 'End from the nested header');
      // Up from « Je suis connecté(e)… »: « Je n'ai reçu aucun courrier », the two letters, then inside
      // « J'ai oublié… » « Autre chose » and the identifier's answer (their cases live at the first level)
      // and the nested header.
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowUp' });
      expectFocus(el, trigger(el, 'reinitialisation'), 'Up back into the nested header');
      for (const id of ids) expectSame(trigger(el, id).closest('[hidden]'), null);
      await expect(el).to.be.accessible();
    });

    it('a node set by the host moves focus only if it was inside the widget', async () => {
      const el = await mount({ node: 'cas-2' });
      parts(el, 'choice')[0]!.focus();
      el.node = 'cas-3';
      await settle(el);
      expectFocus(el, stepTitle(el), 'focus was inside: it moves to the heading, never to <body>');
    });

    it('the host switching mode while focus is inside keeps focus in the widget, never on <body>', async () => {
      // A page that picks the accordion on narrow screens: a keyboard user zooms in, the page switches.
      const el = await mount({ node: 'oubli' });
      parts(el, 'choice')[0]!.focus();
      // Ids, not elements: chai's message for two unequal elements never ends (the element holds the tree).
      const at = () => focused(el)?.id ?? document.activeElement?.localName;
      el.mode = 'accordion';
      await settle(el);
      expect(at(), 'stepper → accordion: the case shown').to.equal('trigger-oubli');
      el.mode = 'stepper';
      await settle(el);
      expect(at(), 'accordion → stepper: the step’s heading').to.equal('step-title');
    });
  });

  describe('accessibility: the accessibility tree', () => {
    beforeEach(function () {
      if (ENGINE !== 'chromium') skipBecause(this, 'a11ySnapshot needs puppeteer over CDP (Chromium only)');
    });
    /** The first node of `tree`, depth first, with this role and name. */
    const find = (tree: AXNode, role: string, name: string | RegExp): AXNode | null => {
      const n = fold(tree.name);
      if (tree.role === role && n && (typeof name === 'string' ? n === name : name.test(n))) return tree;
      for (const child of tree.children ?? []) {
        const found = find(child, role, name);
        if (found) return found;
      }
      return null;
    };

    it('stepper: headings with levels, named answer buttons, the trail and the announcement', async () => {
      const el = await mount({ 'heading-level': '3' });
      let tree = (await a11ySnapshot({})) as unknown as AXNode;
      expect(find(tree, 'heading', /^Que faire en cas de problème/)?.level).to.equal(3);
      expect(find(tree, 'heading', /^Que se passe-t-il/)?.level).to.equal(4);
      for (const name of [
        /^Je n’arrive pas à me connecter/,
        /^J’ai reçu un courrier avec mon identifiant et un mot de passe/,
        /^Je n’ai reçu aucun courrier/,
        /^Je suis connecté/,
      ])
        expect(find(tree, 'button', name), String(name)).to.exist;
      parts(el, 'choice')[3]!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      tree = (await a11ySnapshot({})) as unknown as AXNode;
      // puppeteer's snapshot keeps « interesting » nodes only: landmarks and live regions are
      // folded away, their text stays; heading levels and the focused heading show.
      expect(find(tree, 'button', /^Changer la réponse : J’ai reçu un courrier avec mon identifiant, mais sans/)).to
        .exist;
      const heading = find(tree, 'heading', /^Cas 2 :/) as (AXNode & { focused?: boolean }) | null;
      expect(heading?.level).to.equal(4);
      expect(heading?.focused).to.equal(true);
      expect(find(tree, 'heading', /^ET SI/)?.level).to.equal(5);
      expect(find(tree, 'button', /^Vous ne recevez pas de mail/)).to.exist;
      expect(find(tree, 'button', /^Retour$/)).to.exist;
      expect(find(tree, 'button', /^Recommencer$/)).to.exist;
      expect(find(tree, 'link', 'https://ent.iledefrance.fr (nouvel onglet)')).to.exist;
      expect(find(tree, 'StaticText', /^Ce qu’il faut faire : Cas 2 :/)).to.exist;
    });

    it('Arabic: French words and the lycée’s address in names as they read, without spaces or direction marks', async () => {
      // The French runs are isolated by elements and the address's parts are inline blocks (inline.ts):
      // neither may reach a name (U+2066…U+2069 marks would; Chromium puts a space between blocks).
      const el = await mount({ lang: 'ar', node: 'cas-1', history: 'none', persist: 'none' });
      await waitUntil(() => shadow(el).querySelector('.base')?.getAttribute('lang') === 'ar');
      let tree = (await a11ySnapshot({})) as unknown as AXNode;
      expect(find(tree, 'button', 'كان لديّ حساب ENT في الإعدادية (collège)')).to.exist;
      expect(JSON.stringify(tree)).not.to.match(/[\u2066-\u2069]/);
      el.node = 'autres-cas';
      await settle(el);
      tree = (await a11ySnapshot({})) as unknown as AXNode;
      expect(find(tree, 'link', 'campus.coulommiers@ac-creteil.fr')).to.exist;
    });

    it('accordion: named buttons with their expanded state; a region only for the open case', async () => {
      const el = await mount({ mode: 'accordion' });
      let tree = (await a11ySnapshot({})) as unknown as AXNode;
      const regions = () => JSON.stringify(tree).match(/"role":"region"/g)?.length ?? 0;
      for (const name of [
        /^Je n’arrive pas à me connecter$/,
        /^J’ai reçu un courrier avec mon identifiant et un mot de passe provisoire$/,
        /^J’ai reçu un courrier avec mon identifiant, mais sans mot de passe$/,
        /^Je n’ai reçu aucun courrier$/,
        /^Je suis connecté\(e\), mais quelque chose ne va pas$/,
      ]) {
        // puppeteer writes `expanded` only when true.
        expect(find(tree, 'button', name), String(name)).to.exist;
        expect(find(tree, 'button', name)?.expanded, String(name)).to.equal(undefined);
      }
      expect(regions()).to.equal(0);
      // A collapsed case's content is not in the tree (RGAA 10.8).
      expect(find(tree, 'StaticText', /^Cela signifie que vous utilisez l'ENT au collège/)).to.equal(null);
      trigger(el, 'cas-2').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      tree = (await a11ySnapshot({})) as unknown as AXNode;
      expect(find(tree, 'button', /mais sans mot de passe$/)?.expanded).to.equal(true);
      expect(find(tree, 'button', /un mot de passe provisoire$/)?.expanded).to.equal(undefined);
      // The FAQ's title of the case heads its panel.
      expect(find(tree, 'StaticText', /^Cas 2 : Vous avez reçu un courrier/)).to.exist;
      // An open region holds focusable content, so puppeteer folds it into its children: the
      // DOM says it is there. Before opening, no collapsed region leaked into the tree.
      expect(panel(el, 'cas-2').getAttribute('role')).to.equal('region');
      expect(find(tree, 'StaticText', /^Cela signifie que vous utilisez l'ENT au collège/)).to.exist;
      // « ET SI ? » lists its ways on as buttons that open the case inside this one.
      expect(find(tree, 'heading', /^ET SI/)).to.exist;
      expect(find(tree, 'button', /^Vous ne recevez pas de mail/)).to.exist;
      expect(find(tree, 'link', 'https://ent.iledefrance.fr (nouvel onglet)')).to.exist;
    });
  });

  describe('accessibility: text size, targets, reflow, text spacing', () => {
    it('sizes nothing in rem', () => {
      const css = [EntHelp.styles]
        .flat()
        .map((s) => String((s as { cssText?: string }).cssText))
        .join('\n');
      expect(css.length).to.be.greaterThan(1000);
      expect(css).to.not.match(/\d\s*rem\b/);
    });

    // 375 and 320 px phones, and 320 px at 200 % zoom (160 px); with the WCAG text-spacing overrides
    // too, and a reader's larger text (20 px).
    const cases = [375, 320, 160].flatMap((w) => [[w, false, 16] as const, [w, true, 16] as const]);
    for (const [width, spacing, size] of [...cases, [160, true, 20] as const])
      it(`keeps each language's name on one line, in a 44 px target, at ${width} px${spacing ? ' with text spacing' : ''}, ${size} px text`, async () => {
        if (spacing) {
          host = document.createElement('style');
          host.textContent = SPACING;
          document.head.append(host);
        }
        // Português pressed: the longest name, in bold.
        const el = await mount({ lang: 'pt', style: `width: ${width}px; font-size: ${size}px` });
        await waitUntil(() => shadow(el).querySelector('.base')?.getAttribute('lang') === 'pt');
        const buttons = parts(el, 'language-button');
        expect(buttons).to.have.length(4);
        for (const button of buttons) {
          const range = document.createRange();
          range.selectNodeContents(button);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top)));
          const box = button.getBoundingClientRect();
          expect(lines.size, `${fold(button.textContent)}: lines`).to.equal(1);
          expect(box.width, fold(button.textContent)).to.be.at.least(44);
          expect(box.height, fold(button.textContent)).to.be.at.least(44);
          expect(range.getBoundingClientRect().right, `${fold(button.textContent)} inside its button`).to.be.at.most(
            box.right + 0.5,
          );
        }
        // At 20 px, « Português » alone is wider than the widget's content box: whole, over the padding.
        if (size === 16) expect(overflowing(el)).to.deep.equal([]);
      });

    it('puts where the person is (« Ce qu’il faut faire », « Question 3 ») on a line under the answers, in every locale, at 320 px', async () => {
      // In Arabic « ما يجب فعله » stood beside the last answer (« تلميذ(ة) ›»), where French wraps it.
      for (const lang of ['fr', 'ar', 'en', 'pt'])
        for (const id of DEFAULT_NODE_IDS.filter((n) => n !== 'accueil')) {
          const el = await mount({ lang, node: id, style: 'width: 320px', history: 'none', persist: 'none' });
          await waitUntil(() => shadow(el).querySelector('.base')?.getAttribute('lang') === lang);
          await settle(el);
          const chips = [...parts(el, 'trail')[0]!.querySelectorAll('button')];
          const here = parts(el, 'trail')[0]!.querySelector('[aria-current="step"]')!;
          expect(chips.length, `${lang} ${id}: answers`).to.be.greaterThan(0);
          expect(
            here.getBoundingClientRect().top,
            `${lang} ${id}: « ${fold(here.textContent)} » under « ${fold(chips.at(-1)!.textContent)} »`,
          ).to.be.at.least(chips.at(-1)!.getBoundingClientRect().bottom);
          el.parentElement!.remove();
        }
    });

    for (const mode of MODES) {
      it(`keeps every text at 16 px or more in ${mode} under html { font-size: 62.5% }`, async () => {
        host = document.createElement('style');
        host.textContent = 'html { font-size: 62.5%; } body { font-size: 1.2rem; }';
        document.head.append(host);
        expect(parseFloat(getComputedStyle(document.body).fontSize)).to.be.below(16);
        for (const id of DEFAULT_NODE_IDS) {
          const el = await mount({ mode, node: id });
          const small = textElements(el)
            .map((e) => [e.className || e.tagName, parseFloat(getComputedStyle(e).fontSize)] as const)
            .filter(([, size]) => size < 16);
          expect(small, `${mode} ${id}`).to.deep.equal([]);
          el.parentElement!.remove();
        }
      });

      it(`gives every button a target of 44 × 44 px or more in ${mode}, at 320 px`, async () => {
        for (const id of DEFAULT_NODE_IDS) {
          const el = await mount({ mode, node: id, style: 'width: 320px' });
          const small = [...shadow(el).querySelectorAll('button')]
            .filter((b) => !b.closest('[hidden]'))
            .map((b) => [fold(b.textContent), b.getBoundingClientRect()] as const)
            .filter(([, r]) => r.width < 44 || r.height < 44)
            .map(([name, r]) => `${name}: ${r.width}×${r.height}`);
          expect(small, `${mode} ${id}`).to.deep.equal([]);
          el.parentElement!.remove();
        }
      });

      it(`gives every step's checkbox a row of 44 px or more to tap in ${mode} (its label)`, async () => {
        for (const id of ['cas-1', 'cas-2', 'reinitialisation']) {
          const el = await mount({ mode, node: id, style: 'width: 320px' });
          const rows = [...shadow(el).querySelectorAll<HTMLElement>('label.check')].filter(
            (l) => !l.closest('[hidden]'),
          );
          expect(rows.length, id).to.be.greaterThan(0);
          for (const row of rows) {
            // The label is the checkbox's target: a tap anywhere on it ticks the step.
            expect(row.getBoundingClientRect().height, `${id}: ${fold(row.textContent)}`).to.be.at.least(44);
            expectSame(row.querySelector('input')!.labels![0], row);
          }
          el.parentElement!.remove();
        }
      });

      it(`reflows in a 320 px column with no horizontal scrolling in ${mode}, in every node`, async () => {
        for (const id of DEFAULT_NODE_IDS) {
          const el = await mount({ mode, node: id, style: 'width: 320px' });
          expect(overflowing(el), `${mode} ${id}`).to.deep.equal([]);
          el.parentElement!.remove();
        }
      });

      it(`reflows with 200 % text (32 px) on a 320 px phone (304 px inside the page's margins) with no horizontal scrolling in ${mode}, in every node`, async () => {
        // A reader's large text (Android's font size, a browser's minimum size): « l’adresse » and
        // « mémorisez-le » are then wider than the column beside a step's number and checkbox.
        for (const id of DEFAULT_NODE_IDS) {
          const el = await mount({ mode, node: id, style: 'width: 304px; font-size: 32px' });
          expect(overflowing(el), `${mode} ${id}`).to.deep.equal([]);
          el.parentElement!.remove();
        }
      });

      it(`keeps every word of a step whole with 200 % text (32 px) on a 320 px phone in ${mode}: under its number and checkbox, the text has the list's width`, async () => {
        // Beside the number and the checkbox (80 px) « mémorisez-le » broke as « mémorise / z-le »,
        // and « Copier l’adresse » as « l’adres / se ».
        let lists = 0;
        for (const id of DEFAULT_NODE_IDS) {
          const el = await mount({ mode, node: id, style: 'width: 304px; font-size: 32px' });
          for (const list of shadow(el).querySelectorAll('.steps')) {
            if (!list.getClientRects().length) continue;
            lists++;
            const text = list.querySelectorAll('label.check > span, [part~="copy-button"]');
            expect(brokenWords(text, list.clientWidth), `${mode} ${id}`).to.deep.equal([]);
          }
          el.parentElement!.remove();
        }
        expect(lists, 'checklists measured').to.be.greaterThan(2);
      });

      it(`keeps every word of a note and of an answer (its label and hint) whole with 200 % text (32 px) on a 320 px phone in ${mode}`, async () => {
        // Beside a note's icon, or an answer's arrow, the text's column was narrower than a long word.
        const broken: string[] = [];
        let measured = 0;
        for (const id of DEFAULT_NODE_IDS) {
          const el = await mount({ mode, node: id, style: 'width: 304px; font-size: 32px' });
          for (const text of shadow(el).querySelectorAll<HTMLElement>('.note > span, .choice-text, .trigger > span')) {
            if (!text.checkVisibility()) continue;
            measured++;
            // The room a word may take: the note's or the button's inner width, where the words could stand.
            const box = text.closest<HTMLElement>('.note, button')!;
            const style = getComputedStyle(box);
            const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            for (const word of brokenWords([text], room)) broken.push(`${id}: ${word}`);
          }
          el.parentElement!.remove();
        }
        expect(measured, 'notes and hints measured').to.be.greaterThan(5);
        expect([...new Set(broken)]).to.deep.equal([]);
      });

      it(`breaks the portal's address after « https:// », never inside its name, in a 320 px column in ${mode}`, async () => {
        for (const id of ['cas-1', 'cas-2', 'reinitialisation']) {
          const el = await mount({ mode, node: id, style: 'width: 320px' });
          const links = [
            ...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href="https://ent.iledefrance.fr"]'),
          ].filter((a) => a.getClientRects().length);
          expect(links.length, id).to.be.greaterThan(0);
          for (const a of links) {
            // The characters of « ent.iledefrance.fr », wherever the link's text nodes split them.
            const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            let seen = 0;
            const name = a.textContent!.indexOf('ent.iledefrance.fr');
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const length = n.textContent!.length;
              if (seen <= name && name < seen + length) range.setStart(n, name - seen);
              if (seen < name + 18 && name + 18 <= seen + length) range.setEnd(n, name + 18 - seen);
              seen += length;
            }
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            expect(tops.size, `${mode} ${id}: « ${fold(range.toString())} » on ${tops.size} lines`).to.equal(1);
          }
          el.parentElement!.remove();
        }
      });

      it(`breaks the lycée's address only after « @ » or a dot, never at its hyphen, on a 288–390 px widget in ${mode}`, async () => {
        // At 320 px « campus.coulommiers@ac- » ended a line and « creteil.fr » began the next.
        const address = 'campus.coulommiers@ac-creteil.fr';
        const breaks = new Set<string>();
        let measured = 0;
        for (const [node, lang] of [
          ['autres-cas', 'fr'],
          ['cas-2-mail-non-recu', 'ar'],
        ] as const) {
          const el = await mount({ mode, node, lang, history: 'none', persist: 'none' });
          await waitUntil(() => shadow(el).querySelector('.base')?.getAttribute('lang') === lang);
          for (const size of [16, 32])
            for (let width = 288; width <= 390; width += 17) {
              el.style.cssText = `display: block; width: ${width}px; font-size: ${size}px`;
              await settle(el);
              const shown = [...shadow(el).querySelectorAll('a[href^="mailto:"], span[dir="ltr"]')].filter(
                (e) => e.textContent === address && e.checkVisibility(),
              );
              for (const e of shown) {
                measured++;
                // Whether « ac-creteil. » fits on a line of the block the address is in: if not, it may break
                // at its hyphen (32 px in the accordion's narrow panel).
                const block = e.parentElement!.closest('li, p')!;
                const style = getComputedStyle(block);
                const line = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                let part = 0;
                // Where a line ends inside the address: after which characters.
                let last: { char: string; top: number } | undefined;
                const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
                const tops: { char: string; top: number }[] = [];
                for (let n = walker.nextNode(); n; n = walker.nextNode())
                  for (let i = 0; i < n.textContent!.length; i++) {
                    const box = rectsOf(n, i, i + 1)[0]!;
                    tops.push({ char: n.textContent![i]!, top: Math.round(box.top) });
                    if (tops.length > 19 && tops.length <= 30) part += box.width;
                  }
                for (const [i, { char, top }] of tops.entries()) {
                  if (last && top !== last.top) {
                    const at = `${lang} ${size} px ${width} px: after « ${last.char} » (${i})`;
                    // 32 px: « coulommiers@ » alone is wider than the line and is cut; the hyphen only if
                    // « ac-creteil. » is too.
                    if ((last.char === '-' && part <= line) || (size === 16 && !'@.'.includes(last.char)))
                      breaks.add(at);
                  }
                  last = { char, top };
                }
                if (e.localName === 'a') expect(nameOf(e), 'the link named by the address').to.equal(address);
              }
            }
          el.parentElement!.remove();
        }
        expect(measured, 'addresses measured').to.be.greaterThan(20);
        expect([...breaks]).to.deep.equal([]);
      });

      it(`keeps the page free of horizontal scrolling in a 320 × 256 px viewport (400 % of 1280 × 1024) in ${mode}`, async function () {
        if (ENGINE === 'webkit') skipBecause(this, 'setViewport is not available over classic WebDriver');
        await setViewport({ width: 320, height: 256 });
        for (const id of DEFAULT_NODE_IDS) {
          const el = await mount({ mode, node: id });
          expect(document.documentElement.scrollWidth, `${mode} ${id}`).to.be.at.most(320);
          expect(overflowing(el), `${mode} ${id}`).to.deep.equal([]);
          el.parentElement!.remove();
        }
      });

      it(`lets a reader's text-spacing rules on the page reach the text in ${mode}`, async () => {
        // What a text-spacing bookmarklet or extension does: !important rules in the page.
        host = document.createElement('style');
        host.textContent =
          '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
        document.head.append(host);
        const el = await mount({ mode, node: 'cas-2' });
        const p = shadow(el).querySelector('p')!;
        const size = parseFloat(getComputedStyle(p).fontSize);
        expect(parseFloat(getComputedStyle(p).letterSpacing)).to.be.closeTo(0.12 * size, 0.5);
        expect(parseFloat(getComputedStyle(p).wordSpacing)).to.be.at.least(0.16 * size - 0.5);
      });

      it(`does not clip or overflow under WCAG text-spacing overrides in ${mode}, at 320 px`, async () => {
        for (const id of DEFAULT_NODE_IDS) {
          const el = await mount({ mode, node: id, style: 'width: 320px' });
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(SPACING);
          shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, sheet];
          el.style.setProperty('letter-spacing', '0.12em', 'important');
          await settle(el);
          expect(getComputedStyle(parts(el, 'title')[0]!).letterSpacing).to.not.equal('normal');
          expect(clipped(el), `${mode} ${id}`).to.deep.equal([]);
          expect(overflowing(el), `${mode} ${id}`).to.deep.equal([]);
          el.parentElement!.remove();
        }
      });

      // Round 6's states: « Continuez ci-dessous. » after « Non » at Cas 3, « Autre chose » with its hint, a French
      // tree in the Arabic locale at an outcome with follow-ups; at 320 px with text at 200 % (32 px).
      it(`has no axe violation, clip or overflow in round 6's states in ${mode}, at 320 px with 200 % text`, async () => {
        const style = 'width: 320px; font-size: 32px';
        const json = await (await fetch('/test/fixtures/tree.custom.json')).text();
        const states: [string, () => Promise<EntHelp>][] = [
          [
            'cas-3, « Non »',
            async () => {
              const el = await mount({ mode, node: 'cas-3', style, history: 'none', persist: 'none' });
              parts(el, 'resolved')[0]!.querySelector<HTMLElement>('[data-resolved="no"]')!.click();
              await settle(el);
              expect(fold(shadow(el).querySelector('.resolved-answer')?.textContent)).to.equal('Continuez ci-dessous.');
              return el;
            },
          ],
          [
            'oubli, « Autre chose »',
            async () => {
              const el = await mount({ mode, node: 'oubli', style, history: 'none', persist: 'none' });
              const texts = [...shadow(el).querySelectorAll('button')].map((b) => fold(b.textContent));
              expect(texts.some((t) => /^Autre chose ?J’ai perdu le courrier\.$/.test(t))).to.equal(true);
              return el;
            },
          ],
          [
            'a French tree in Arabic, Première connexion',
            async () => {
              const el = await mountTree(json, { lang: 'ar', mode, node: 'premiere-connexion', style });
              await waitUntil(() => shadow(el).querySelector('.base')?.getAttribute('lang') === 'ar');
              await settle(el);
              expect(fold(shadow(el).getElementById('next-steps-title')?.textContent)).to.equal('Et si…');
              return el;
            },
          ],
        ];
        for (const [what, open] of states) {
          const el = await open();
          expect(clipped(el), what).to.deep.equal([]);
          expect(overflowing(el), what).to.deep.equal([]);
          await expect(el, what).to.be.accessible();
          el.parentElement!.remove();
        }
      });
    }
  });

  describe('accessibility: contrast of boundaries, icons and focus (3:1)', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`answer and action buttons, icons, progress and the focus ring in ${theme}`, async function () {
        await useTheme(this, theme);
        const el = await mount({ node: 'cas-2' });
        const checks: [string, string, string][] = [];
        for (const b of shadow(el).querySelectorAll<HTMLElement>('.choice, .back, .trail button')) {
          checks.push([`border of ${b.className}`, getComputedStyle(b).borderTopColor, backgroundOf(b.parentElement!)]);
        }
        for (const svg of shadow(el).querySelectorAll('.choice svg, .actions svg')) {
          checks.push(['icon', getComputedStyle(svg).stroke, backgroundOf(svg.parentElement!)]);
        }
        const done = shadow(el).querySelectorAll('.progress span');
        for (const s of done) {
          checks.push(['progress segment', getComputedStyle(s).backgroundColor, backgroundOf(s.parentElement!)]);
        }
        parts(el, 'choice')[0]!.focus();
        await shiftTab();
        await sendKeys({ press: 'Tab' });
        const ring = getComputedStyle(focused(el)!);
        expect(ring.outlineStyle).to.equal('solid');
        checks.push(['focus ring', ring.outlineColor, backgroundOf(focused(el)!.parentElement!)]);
        const low = checks
          .map(([what, a, b]) => [what, contrast(a, b)] as const)
          .filter(([, ratio]) => ratio < 3)
          .map(([what, ratio]) => `${what}: ${ratio.toFixed(2)}`);
        expect(low).to.deep.equal([]);
        expect(checks.length).to.be.greaterThan(8);
      });
    }
  });

  describe('accessibility: forced colours and reduced motion', () => {
    it('keeps boundaries, the open case, the current step, focus and icons visible', async function () {
      await useTheme(this, 'forced-colors');
      const el = await mount({ mode: 'accordion', node: 'cas-2' });
      for (const b of shadow(el).querySelectorAll('button')) {
        if (b.closest('[hidden]')) continue;
        expect(getComputedStyle(b).borderTopStyle, fold(b.textContent)).to.equal('solid');
      }
      const open = getComputedStyle(trigger(el, 'cas-2'));
      const closed = getComputedStyle(trigger(el, 'cas-1'));
      expect(parseFloat(open.borderLeftWidth)).to.be.at.least(6);
      expect(parseFloat(closed.borderLeftWidth)).to.be.below(2);
      const chevron = getComputedStyle(trigger(el, 'cas-2').querySelector('svg')!);
      expect(chevron.stroke).to.equal(open.color);
      trigger(el, 'cas-1').focus();
      await sendKeys({ press: 'ArrowDown' });
      const ring = getComputedStyle(focused(el)!);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);

      el.mode = 'stepper';
      await settle(el);
      const current = getComputedStyle(shadow(el).querySelector('[aria-current="step"]')!);
      expect(current.borderTopStyle).to.equal('solid');
      const done = getComputedStyle(shadow(el).querySelector('.progress .done')!);
      expect(done.backgroundColor).to.not.equal(getComputedStyle(shadow(el).querySelector('.base')!).backgroundColor);
    });

    it('turns the chevron animation off under prefers-reduced-motion', async function () {
      if (!(await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }])))
        skipBecause(this, NO_EMULATION[ENGINE]!);
      const el = await mount({ mode: 'accordion' });
      expect(getComputedStyle(trigger(el, 'cas-1').querySelector('svg')!).transitionDuration).to.equal('0s');
    });
  });

  describe('accessibility: find in page', () => {
    it('hides collapsed cases until found, and keeps them reachable where until-found is missing', async () => {
      const el = await mount({ mode: 'accordion' });
      const p = panel(el, 'cas-3');
      expect(p.getAttribute('hidden')).to.equal('until-found');
      // Find in page can match it: the closed case holds its text (rendered a task after the buttons).
      expect(p.textContent!.replace(/\s+/g, ' ')).to.contain(SOURCE_FACTS['cas-3']![1]!.slice(0, 30));
      if ('onbeforematch' in document.body) {
        // Searchable: laid out but not painted (content-visibility), not display: none.
        expect(getComputedStyle(p).display).to.not.equal('none');
      } else {
        // An engine without until-found treats it as plain hidden: the button still opens it.
        expect(getComputedStyle(p).display).to.equal('none');
      }
      trigger(el, 'cas-3').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(p.hasAttribute('hidden')).to.equal(false);
      expect(visibleText(p)).to.contain(SOURCE_FACTS['cas-3']![1]!.slice(0, 30));
    });

    it('opens the case a match is found in, nested ones too, and keeps node and aria-expanded in sync', async () => {
      const el = await mount({ mode: 'accordion', node: 'cas-1' });
      const seen: string[] = [];
      el.addEventListener('ent-help-navigate', (e) => seen.push(e.detail.node));
      // What the browser does for a match in the nested case: beforematch (bubbling) at the
      // innermost hidden panel, then at each hidden ancestor, then it removes `hidden`.
      for (const id of ['reinitialisation', 'oubli']) {
        panel(el, id).dispatchEvent(new Event('beforematch', { bubbles: true }));
        panel(el, id).removeAttribute('hidden');
      }
      await settle(el);
      expect(el.node).to.equal('reinitialisation');
      expect(seen).to.deep.equal(['reinitialisation']);
      expect(trigger(el, 'oubli').getAttribute('aria-expanded')).to.equal('true');
      expect(trigger(el, 'reinitialisation').getAttribute('aria-expanded')).to.equal('true');
      expect(trigger(el, 'cas-1').getAttribute('aria-expanded')).to.equal('false');
      expect(panel(el, 'cas-1').getAttribute('hidden')).to.equal('until-found');
      expect(panel(el, 'oubli').hasAttribute('hidden')).to.equal(false);
      expect(panel(el, 'reinitialisation').hasAttribute('hidden')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility: print', () => {
    it('stepper: prints the path taken and the whole outcome with contacts, without buttons', async () => {
      const el = await mount({ node: 'cas-2-mail-non-recu-eleve' });
      parts(el, 'back-button')[0]!.focus();
      window.dispatchEvent(new Event('beforeprint'));
      expect(shadow(el).querySelectorAll('button')).to.have.length(0);
      const text = visibleText(shadow(el));
      expect(text).to.contain('Vos réponses :');
      expect(text).to.contain('Que se passe-t-il ?');
      expect(text).to.contain('Je ne reçois pas le mail de réinitialisation');
      for (const fact of SOURCE_FACTS['cas-2-mail-non-recu-eleve']!) expect(text).to.contain(fact);
      expect(text).to.contain('Le professeur principal de la classe');
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      await settle(el);
      expect(parts(el, 'back-button')).to.have.length(1);
      expectFocus(el, parts(el, 'back-button')[0], 'focus is back on Retour after printing');
      expect(shadow(el).querySelectorAll('.trail button')).to.have.length(3);
    });

    it('stepper: an outcome prints with its « ET SI ? » case in full', async () => {
      const el = await mount({ node: 'cas-2' });
      window.dispatchEvent(new Event('beforeprint'));
      const text = visibleText(shadow(el));
      for (const id of ['cas-2', 'cas-2-mail-non-recu'])
        for (const fact of SOURCE_FACTS[id]!) expect(text).to.contain(fact);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
    });

    it('accordion: prints every case expanded', async () => {
      const el = await mount({ mode: 'accordion' });
      window.dispatchEvent(new Event('beforeprint'));
      expect(shadow(el).querySelectorAll('.panel[hidden]')).to.have.length(0);
      const text = visibleText(shadow(el));
      for (const id of OUTCOMES) for (const fact of SOURCE_FACTS[id]!) expect(text).to.contain(fact);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(el.node).to.equal('accueil');
      expect(shadow(el).querySelectorAll('.panel[hidden]').length).to.equal(12);
    });

    it('print media alone shows every case and hides controls and icons', async function () {
      if (!(await emulate([], 'print'))) skipBecause(this, NO_EMULATION[ENGINE]!);
      expect(matchMedia('print').matches).to.equal(true);
      const acc = await mount({ mode: 'accordion' });
      for (const p of shadow(acc).querySelectorAll('.panel')) expect(getComputedStyle(p).display).to.not.equal('none');
      expect(getComputedStyle(trigger(acc, 'cas-1').querySelector('svg')!).display).to.equal('none');
      const step = await mount({ node: 'cas-2' });
      expect(getComputedStyle(shadow(step).querySelector('.actions')!).display).to.equal('none');
      expect(getComputedStyle(parts(step, 'choice')[0]!).borderTopStyle).to.equal('none');
    });
  });
});
