// A school's French tree in an Arabic widget (the element's lang, or a page in Arabic): each block that is all
// the tree's text (title, question, answer, paragraph, note, steps, contact, source) reads left to right,
// from the left edge, while the widget's own Arabic words around it stay right to left (branch triage7).
import { expect, waitUntil } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';
import { fold, labelOf, mountTree, parts, settle, shadow } from './helpers.js';

let json = '';
before(async () => {
  json = await (await fetch('/test/fixtures/tree.custom.json')).text();
});

const inArabic = (el: EntHelp) =>
  waitUntil(() => shadow(el).querySelector('.base')?.getAttribute('lang') === 'ar', 'the widget in Arabic');

/** The direction a block is laid out in, and whether its first line starts at its left edge (2 px). */
function layout(block: Element): string {
  const style = getComputedStyle(block);
  // The first letter of its text.
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode();
  while (text && !text.textContent!.trim()) text = walker.nextNode();
  const at = text!.textContent!.search(/\S/);
  const range = document.createRange();
  range.setStart(text!, at);
  range.setEnd(text!, at + 1);
  const first = range.getBoundingClientRect();
  const left = block.getBoundingClientRect().left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
  return `${style.direction}${Math.abs(first.left - left) <= 2 ? ' from the left' : ''}`;
}

/** The element whose text is `text` (folded), among `selector`'s. */
function block(el: EntHelp, selector: string, text: string): Element {
  const found = [...shadow(el).querySelectorAll(selector)].find((e) => fold(e.textContent).startsWith(text));
  expect(!!found, `${selector} « ${text} »`).to.equal(true);
  return found!;
}

/** The language a widget's own words are read in (the nearest lang) and their direction. */
function own(el: EntHelp, selector: string): string {
  const e = shadow(el).querySelector(selector)!;
  return `${e.closest('[lang]')!.getAttribute('lang')} ${getComputedStyle(e).direction}`;
}

describe('triage: a French tree in an Arabic widget reads left to right, block by block', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  for (const how of ['the element’s lang', 'the page’s lang'])
    it(`stepper (${how}): the tree's blocks left to right, the widget's words right to left`, async () => {
      if (how === 'the page’s lang') document.documentElement.lang = 'ar';
      const el = await mountTree(json, how === 'the page’s lang' ? {} : { lang: 'ar' });
      await inArabic(el);
      expect(layout(block(el, '#title', "Vous n'arrivez pas"))).to.equal('ltr from the left');
      expect(layout(block(el, '#step-title', 'Avez-vous reçu'))).to.equal('ltr from the left');
      for (const answer of parts(el, 'choice'))
        expect(getComputedStyle(answer).direction, labelOf(answer)).to.equal('ltr');
      // The answer's arrow points the way its text reads, to the right.
      const arrow = parts(el, 'choice')[0]!.querySelector('svg')!;
      expect(getComputedStyle(arrow).transform).to.equal('none');
      expect(layout(block(el, '.source', 'Source :'))).to.equal('ltr from the left');
      expect(own(el, '[part="progress"]')).to.equal('ar rtl');
      expect(getComputedStyle(block(el, '[aria-current="step"]', 'السؤال')).direction).to.equal('rtl');

      parts(el, 'choice')[0]!.click();
      await settle(el);
      expect(el.node).to.equal('premiere-connexion');
      expect(layout(block(el, '#step-title', 'Première connexion'))).to.equal('ltr from the left');
      expect(layout(block(el, '[part="step"] p', 'Dans ce cas'))).to.equal('ltr from the left');
      const steps = parts(el, 'steps')[0]!;
      expect(getComputedStyle(steps).direction).to.equal('ltr');
      // The step's number and checkbox on the left, its text after them.
      const item = steps.querySelector('li')!;
      const box = item.querySelector('input')!.getBoundingClientRect();
      expect(box.left - item.getBoundingClientRect().left).to.be.below(item.getBoundingClientRect().width / 2);
      // The copy button's words are the widget's: Arabic, read as Arabic.
      expect(own(el, '[part="copy-button"]')).to.match(/^ar /);
      expect(own(el, '[part="resolved"]')).to.equal('ar rtl');
      expect(own(el, '.back')).to.equal('ar rtl');
      // The tree's own follow-ups title (« Et si… ») reads as its answers do, from the left.
      expect(layout(block(el, '.follow-ups-title', 'Et si'))).to.equal('ltr from the left');
      await expect(el).to.be.accessible();

      el.node = 'sans-identifiants';
      await settle(el);
      expect(layout(block(el, '[part="step"] p', 'Écrivez au lycée'))).to.equal('ltr from the left');
      expect(layout(block(el, '.contacts li', 'Le secrétariat'))).to.equal('ltr from the left');
      expect(own(el, '.contacts-title')).to.equal('ar rtl');
      // The screenshots advice beside the message is the widget's (in Arabic), not the tree's.
      const note = parts(el, 'message')[0]!.querySelector('[part="note"]')!;
      expect(own(el, '[part="message"] [part="note"] span')).to.equal('ar rtl');
      expect(note.querySelector('[lang="fr"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

  it('accordion: the intro, the cases’ buttons and titles, the steps left to right', async () => {
    const el = await mountTree(json, { lang: 'ar', mode: 'accordion' });
    await inArabic(el);
    expect(layout(block(el, '.intro', 'Avez-vous reçu'))).to.equal('ltr from the left');
    for (const trigger of parts(el, 'section-button'))
      expect(getComputedStyle(trigger).direction, labelOf(trigger)).to.equal('ltr');
    parts(el, 'section-button')[0]!.click();
    await settle(el);
    expect(layout(block(el, '.case-title', 'Première connexion'))).to.equal('ltr from the left');
    expect(getComputedStyle(parts(el, 'steps')[0]!).direction).to.equal('ltr');
    expect(own(el, '[part="resolved"]')).to.equal('ar rtl');
    await expect(el).to.be.accessible();
  });

  it('a French tree in a French widget, and the built-in tree in Arabic: no block is given a direction', async () => {
    const french = await mountTree(json, { lang: 'fr', node: 'premiere-connexion' });
    const marked = (el: EntHelp) =>
      [
        ...shadow(el).querySelectorAll(
          'p[dir], ol[dir], li[dir], button[dir]:not([part="language-button"]), #title[dir], #step-title[dir]',
        ),
      ].map((e) => e.localName);
    expect(marked(french)).to.deep.equal([]);
    const builtIn = await mountTree(undefined, { lang: 'ar', node: 'cas-2' });
    await inArabic(builtIn);
    expect(marked(builtIn)).to.deep.equal([]);
  });
});
