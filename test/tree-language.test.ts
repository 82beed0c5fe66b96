/**
 * The language of a school's own tree (its `lang`, French when absent) and of the widget's own words
 * (the locale): each text is marked with its own, wherever it is shown, so that a screen reader reads
 * French with a French voice on an Arabic page and the punctuation stays at the end of the sentence.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { computeAccessibleName } from 'dom-accessibility-api';
import type { EntHelp } from '../src/ent-help.js';
import {
  captureWarnings,
  ENGINE,
  expectSame,
  fold,
  mount,
  mountTree,
  parts,
  resetPageState,
  shadow,
  skipBecause,
} from './helpers.js';

interface AXNode {
  role: string;
  name?: string;
  children?: AXNode[];
}

const FIXTURE = '/test/fixtures/tree.custom.json';
let example: { lang?: string; nodes: unknown[] };
before(async () => {
  example = (await (await fetch(FIXTURE)).json()) as typeof example;
});
const treeIn = (lang: string | undefined) => JSON.stringify({ ...example, lang });

/** The language and direction a visible text is shown in: its element's `lang` (nearest) and computed direction. */
function shownIn(el: EntHelp, text: string): string {
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (fold(n.textContent) === text || (text.length > 12 && fold(n.textContent).includes(text))) {
      const parent = n.parentElement!;
      return `${parent.closest('[lang]')!.getAttribute('lang')} ${getComputedStyle(parent).direction}`;
    }
  throw new Error(`« ${text} » is not shown`);
}

/** Waits until every widget shows `lang`'s words. */
const inLocale = (el: EntHelp, lang: string) =>
  waitUntil(() => shadow(el).querySelector('.base')?.getAttribute('lang') === lang, `the widget in ${lang}`);

const next = async (el: EntHelp, button: HTMLElement) => {
  button.click();
  await el.updateComplete;
};

/** The region's changes that a screen reader announces (aria-relevant="additions text"): nodes added, text changed. */
function watch(el: EntHelp): { region: Element; changes: () => number } {
  const region = shadow(el).querySelector('[role="status"]')!;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return {
    region,
    changes: () => {
      const all = [...records.splice(0), ...observer.takeRecords()];
      return all.filter((r) => r.type === 'characterData' || r.addedNodes.length).length;
    },
  };
}
const step = async (el: EntHelp, selector: string) => {
  shadow(el).querySelector<HTMLElement>(selector)!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
};

describe('<ent-help>: the language of a school’s tree and of the widget’s own words', () => {
  const warnings = captureWarnings();

  it('a French tree on an Arabic page: its texts lang="fr" dir="ltr" everywhere, the widget’s own words Arabic', async () => {
    const el = await mountTree(treeIn('fr'), { lang: 'ar' });
    await inLocale(el, 'ar');
    // The title, the question, the answers and their hints, the source: the tree's.
    for (const text of [
      "Vous n'arrivez pas à vous connecter à l'ENT ?",
      'Avez-vous reçu vos identifiants ?',
      'Oui, avec un mot de passe provisoire',
      'Aucun courrier reçu.',
      "Source : page d'aide du lycée (exemple).",
    ])
      expect(shownIn(el, text), text).to.equal('fr ltr');
    expect(shownIn(el, 'السؤال 1'), 'the step number').to.equal('ar rtl');
    await expect(el).to.be.accessible();

    await next(el, parts(el, 'choice')[1]!);
    expect(el.node).to.equal('sans-identifiants');
    // The outcome's own texts, its contact, the trail's answer: the tree's; the widget's words around them: Arabic.
    for (const text of ['Sans identifiants', 'Écrivez au lycée (', 'Le secrétariat :', 'Non'])
      expect(shownIn(el, text), text).to.equal('fr ltr');
    for (const text of ['إجاباتكم:', 'ما يجب فعله', 'بمن تتصلون؟', 'رسالة جاهزة للإرسال', 'هل حُلّت المشكلة؟', 'رجوع'])
      expect(shownIn(el, text), text).to.equal('ar rtl');
    // The French sentence keeps its « ? » at its end: the whole text is one left-to-right run.
    const title = shadow(el).getElementById('title')!.querySelector('[lang="fr"]')!;
    expect(title.getAttribute('dir')).to.equal('ltr');

    // The message: the French part for the lycée, then the Arabic one, whose texts from the tree are marked French.
    const pre = parts(el, 'message-text')[0]!;
    const marked = [...pre.querySelectorAll('span[lang="fr"]:not(.french)')].map((s) => fold(s.textContent));
    expect(marked).to.include.members([
      '\u2066Sans identifiants\u2069',
      '\u2066Avez-vous reçu vos identifiants ?\u2069',
    ]);
    for (const s of pre.querySelectorAll('span[lang="fr"]:not(.french)'))
      expectSame(s.closest('.french'), null, 'in the Arabic part');
    expect(fold(pre.querySelector('.french')!.textContent)).to.contain('Page de l’aide : « Sans identifiants »');
    expect(pre.querySelector('.french')!.textContent, 'no isolate in French').to.not.match(/[\u2066-\u2069]/);
    await expect(el).to.be.accessible();
    expect(warnings).to.deep.equal([]);
  });

  it('a French tree in an accordion and on paper, on an Arabic page: the same marks', async () => {
    const el = await mountTree(treeIn(undefined), { lang: 'ar', mode: 'accordion' });
    await inLocale(el, 'ar');
    for (const text of [
      'Avez-vous reçu vos identifiants ?',
      'Oui, avec un mot de passe provisoire',
      'Aucun courrier reçu.',
    ])
      expect(shownIn(el, text), `${text} (no lang in the tree: French)`).to.equal('fr ltr');
    await next(el, parts(el, 'section-button')[0]!);
    expect(shownIn(el, 'Première connexion')).to.equal('fr ltr');
    expect(shownIn(el, 'Dans ce cas :')).to.equal('fr ltr');
    await expect(el).to.be.accessible();
    el.remove();

    const stepper = await mountTree(treeIn('fr'), { lang: 'ar', node: 'premiere-connexion' });
    await inLocale(stepper, 'ar');
    window.dispatchEvent(new Event('beforeprint'));
    await stepper.updateComplete;
    try {
      expect(shadow(stepper).querySelector('.printed-path'), 'the print view').to.exist;
      for (const text of ['Avez-vous reçu vos identifiants ?', 'Oui, avec un mot de passe provisoire', 'Et si…'])
        expect(shownIn(stepper, text), text).to.equal('fr ltr');
      expect(shownIn(stepper, 'إجاباتكم:')).to.equal('ar rtl');
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('names the buttons and headings with the tree’s text, with no direction mark in the names', async function () {
    if (ENGINE !== 'chromium') skipBecause(this, 'a11ySnapshot needs puppeteer over CDP (Chromium only)');
    const el = await mountTree(treeIn('fr'), { lang: 'ar' });
    await inLocale(el, 'ar');
    const names: string[] = [];
    const walk = (n: AXNode) => {
      if (['button', 'heading'].includes(n.role) && n.name) names.push(n.name);
      n.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as AXNode);
    expect(names.map(fold)).to.include.members([
      "Vous n'arrivez pas à vous connecter à l'ENT ?",
      'Avez-vous reçu vos identifiants ?',
      'Oui, avec un mot de passe provisoire',
      'Non',
    ]);
    expect(names.filter((n) => /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(n))).to.deep.equal([]);
  });

  for (const [locale, name] of [
    ['ar', 'تغيير الإجابة: Non'],
    ['en', 'Change the answer: Non'],
  ] as const)
    it(`a French tree in ${locale}: « ${name} » is named from its content, the answer in French`, async () => {
      const el = await mountTree(treeIn('fr'), { lang: locale });
      await inLocale(el, locale);
      await next(el, parts(el, 'choice')[1]!);
      const button = shadow(el).querySelector<HTMLElement>('.trail button')!;
      // No aria-label: the name is the button's text, whose French part a screen reader reads in French.
      expect(button.getAttribute('aria-label')).to.equal(null);
      expect(fold(computeAccessibleName(button))).to.equal(name);
      expect(shownIn(el, 'Non')).to.equal('fr ltr');
      expect(button.querySelector('.visually-hidden')!.closest('[lang]')!.getAttribute('lang')).to.equal(locale);
      if (ENGINE === 'chromium') {
        const names: string[] = [];
        const walk = (n: AXNode) => {
          if (n.role === 'button' && n.name) names.push(fold(n.name));
          n.children?.forEach(walk);
        };
        walk((await a11ySnapshot({})) as unknown as AXNode);
        expect(names).to.include(name);
      }
      await expect(el).to.be.accessible();
    });

  it('an English tree on a French page, an Arabic one too: each in its language and direction', async () => {
    const english = await mountTree(treeIn('en'), { lang: 'fr' });
    await inLocale(english, 'fr');
    expect(shownIn(english, 'Avez-vous reçu vos identifiants ?')).to.equal('en ltr');
    const arabic = await mountTree(treeIn('ar-MA'), { lang: 'fr', node: 'premiere-connexion' });
    expect(shownIn(arabic, 'Première connexion')).to.equal('ar-MA rtl');
    expect(shownIn(arabic, 'Retour')).to.equal('fr ltr');
    await expect(arabic).to.be.accessible();
  });

  it('marks the tree’s texts with its lang, even those that read as the widget’s own words, and never the widget’s', async () => {
    // An English tree on a French page. Two of its texts happen to be the widget's own fallback words;
    // they are still the tree's. Where the tree has no text of its own (an outcome's follow-ups title,
    // the way on to `otherwise`), the widget's words are French, the page's.
    const own = (texts: Record<string, unknown>) => ({
      kind: 'outcome',
      content: [{ type: 'paragraph', text: 'Write to the school.' }],
      ...texts,
    });
    const to = (label: string, next: string) => ({ label, next });
    const tree = JSON.stringify({
      lang: 'en',
      title: 'Cannot sign in?',
      start: 'q',
      otherwise: 'z',
      nodes: [
        {
          id: 'q',
          kind: 'question',
          title: 'Did you get your login details?',
          choices: [to('Yes', 'a'), to('Ça ne marche toujours pas', 'b')],
        },
        own({ id: 'a', title: 'First sign-in', followUps: [to('Locked out', 'c')] }),
        own({
          id: 'b',
          title: 'No letter',
          followUpsTitle: 'Ça n’a pas marché ?',
          followUps: [to('Locked out', 'c'), to('Nothing else works', 'z')],
        }),
        own({ id: 'c', title: 'Account locked' }),
        own({ id: 'z', title: 'Other cases' }),
      ],
    });
    /** The language of each text node that reads `text`, in the order shown. */
    const langs = (el: EntHelp, text: string) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (fold(n.textContent) === text) found.push(n.parentElement!.closest('[lang]')!.getAttribute('lang')!);
      return found.join(' ');
    };
    const el = await mountTree(tree, { lang: 'fr', history: 'none' });
    await inLocale(el, 'fr');
    expect(langs(el, 'Ça ne marche toujours pas'), 'the tree’s answer').to.equal('en');
    await next(el, parts(el, 'choice')[0]!);
    expect(el.node).to.equal('a');
    expect(langs(el, 'Ça n’a pas marché ?'), 'the widget’s title over the ways on').to.equal('fr');
    expect(langs(el, 'Ça ne marche toujours pas'), 'the widget’s way to « otherwise »').to.equal('fr');
    expect(langs(el, 'Other cases'), 'its hint, the tree’s').to.equal('en');
    expect(langs(el, 'Locked out')).to.equal('en');
    await next(
      el,
      parts(el, 'choice').find((b) => b.dataset['next'] === 'z')!,
    );
    expect(el.node).to.equal('z');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    try {
      // On paper: the question of the way on is the widget's, and so is its answer.
      expect(langs(el, 'Did you get your login details?')).to.equal('en');
      expect(langs(el, 'Ça n’a pas marché ?'), 'the printed path').to.equal('fr');
      expect(langs(el, 'Ça ne marche toujours pas'), 'the printed path').to.equal('fr');
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    await el.updateComplete;
    expect(langs(el, 'Ça ne marche toujours pas'), 'the trail').to.equal('fr');
    el.remove();
    resetPageState(); // the path is remembered for the tab

    const atB = await mountTree(tree, { lang: 'fr', history: 'none', node: 'b' });
    await inLocale(atB, 'fr');
    expect(langs(atB, 'Ça ne marche toujours pas'), 'the trail: the tree’s answer').to.equal('en');
    expect(langs(atB, 'Ça n’a pas marché ?'), 'the tree’s follow-ups title').to.equal('en');
    atB.remove();

    const accordion = await mountTree(tree, { lang: 'fr', history: 'none', mode: 'accordion' });
    await inLocale(accordion, 'fr');
    expect(langs(accordion, 'Ça ne marche toujours pas'), 'the tree’s case').to.equal('en');
    window.dispatchEvent(new Event('beforeprint'));
    await accordion.updateComplete;
    try {
      // Every case open on paper: the follow-ups titles, the widget's (a) then the tree's (b).
      expect(langs(accordion, 'Ça n’a pas marché ?'), 'on paper').to.equal('fr en');
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    await expect(accordion).to.be.accessible();
  });

  it('keeps the built-in tree in the locale’s language, unmarked', async () => {
    const el = await mount({ lang: 'ar', history: 'none' });
    await inLocale(el, 'ar');
    expect(shadow(el).querySelector('.base [lang]:not([part="language-button"])')).to.equal(null);
  });

  it('refuses a tree whose lang is not a language tag, and says so to the staff', async () => {
    const el = await mountTree(treeIn('français'), { debug: '' });
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'the error box');
    expect(fold(shadow(el).querySelector('[role="alert"] [lang="en"]')?.textContent)).to.contain(
      'lang must be a language tag (e.g. "fr", "en", "pt-BR")',
    );
    warnings.length = 0;
  });

  // The status region: the step announced once per navigation, its title in the tree's language.
  for (const [locale, said, back] of [
    ['en', 'What to do: Première connexion', 'Question 1: Avez-vous reçu vos identifiants ?'],
    ['ar', 'ما يجب فعله: Première connexion', 'السؤال 1: Avez-vous reçu vos identifiants ?'],
  ] as const)
    it(`a French tree, the widget in ${locale}: « ${said} », the title lang="fr", one change per step`, async () => {
      const el = await mountTree(treeIn('fr'), { lang: locale, history: 'none' });
      await inLocale(el, locale);
      await el.updateComplete;
      const { region, changes } = watch(el);
      await step(el, '[data-next="premiere-connexion"]');
      expect(fold(region.textContent)).to.equal(said);
      expect(changes(), 'changes to the region').to.equal(1);
      const title = region.querySelector('[lang]');
      expect(fold(title?.textContent)).to.equal('Première connexion');
      expect(title?.getAttribute('lang')).to.equal('fr');
      expect(title?.closest('[lang]:not([lang="fr"])')?.getAttribute('lang'), 'the rest in the locale').to.equal(
        locale,
      );
      // A render that changes nothing announced leaves the region alone.
      el.requestUpdate();
      await el.updateComplete;
      expect(changes(), 'after a render with nothing new').to.equal(0);
      await step(el, '[part~="back-button"]');
      expect(fold(region.textContent)).to.equal(back);
      expect(changes(), 'changes to the region on Back').to.equal(1);
      expect(fold(region.querySelector('[lang]')?.textContent)).to.equal('Avez-vous reçu vos identifiants ?');
      await expect(el).to.be.accessible();
    });

  it('the tree in the locale’s language: a text, changed once per step, no lang of its own', async () => {
    const el = await mountTree(treeIn('fr'), { lang: 'fr', history: 'none' });
    const { region, changes } = watch(el);
    await step(el, '[data-next="premiere-connexion"]');
    expect(fold(region.textContent)).to.equal('Ce qu’il faut faire : Première connexion');
    expect(changes()).to.equal(1);
    expect(region.querySelector('[lang]')).to.equal(null);
    await step(el, '[part~="back-button"]');
    expect(fold(region.textContent)).to.equal('Question 1 : Avez-vous reçu vos identifiants ?');
    expect(changes()).to.equal(1);
  });

  // Last: the person's choice (Arabic) stays for the page.
  it('a language picked in another widget of the page changes the widget’s words, not the tree’s', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const builtIn = document.createElement('ent-help');
    builtIn.setAttribute('history', 'none');
    wrapper.append(builtIn);
    const el = await mountTree(treeIn('fr'), { node: 'premiere-connexion', history: 'none' });
    await builtIn.updateComplete;
    expect(shownIn(el, 'Première connexion')).to.equal('fr ltr');
    expectSame(shadow(el).getElementById('step-title')!.querySelector('[lang]'), null, 'French in French: no mark');
    parts(builtIn, 'language-button')
      .find((b) => b.lang === 'ar')!
      .click();
    await inLocale(el, 'ar');
    await el.updateComplete;
    expect(shownIn(el, 'Première connexion')).to.equal('fr ltr');
    expect(shownIn(el, 'Dans ce cas :')).to.equal('fr ltr');
    expect(shownIn(el, 'رجوع')).to.equal('ar rtl');
    expect(parts(el, 'language-picker'), 'still no picker with a custom tree').to.have.length(0);
    await expect(el).to.be.accessible();
    builtIn.remove();
  });
});
