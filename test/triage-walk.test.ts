// Issue 12 in real browsers: every situation walked door to outcome, in both modes and every
// locale; from every outcome, the ways forward to « Autres Cas » (never back onto the path); no
// lycée mailto: for a student where the FAQ sends students to the professeur principal; a step
// position that never changes its total; every French sentence on screen the FAQ's or listed.
import { expect, waitUntil } from '@open-wc/testing';
import { createDefaultTree } from '../src/data/default-tree.js';
import { choicesOf, current, getNode, routeTo, start, choose, type Navigation } from '../src/data/navigator.js';
import type { EntHelp } from '../src/ent-help.js';
import { inFaq } from './fixtures/faq.js';
import { SITUATIONS } from './fixtures/situations.js';
import { WIDGET_TEXT } from './fixtures/widget-text.js';
import { fold, mount, settle, shadow } from './helpers.js';

const tree = createDefaultTree();
const LOCALES = ['fr', 'en', 'ar', 'pt'];
const MODES = ['stepper', 'accordion'] as const;

/** The ids a situation's French labels lead through, from the start. */
function idsOf(labels: readonly string[]): string[] {
  let nav: Navigation = start(tree);
  for (const label of labels) {
    const choice = choicesOf(current(nav)).find((c) => c.label === label)!;
    nav = choose(nav, choice.next);
  }
  return nav.path.slice(1);
}

async function mountIn(locale: string, mode: string): Promise<EntHelp> {
  const el = await mount({ lang: locale, mode, history: 'none', persist: 'none' });
  await waitUntil(() => shadow(el).querySelector('.base')?.getAttribute('lang') === locale, `never in ${locale}`);
  await settle(el);
  return el;
}

/** The region a person reads for the node shown: the stepper's card, or the accordion's open panel of it. */
function shownRegion(el: EntHelp): Element {
  return el.mode === 'accordion'
    ? shadow(el).getElementById(`panel-${el.node}`)!
    : shadow(el).querySelector('[part="step"]')!;
}

/** The ways forward under the outcome shown (« Ça n'a pas marché ? »), as buttons with their target. */
function waysForward(el: EntHelp): HTMLElement[] {
  const region = shownRegion(el);
  return [...region.querySelectorAll<HTMLElement>('[part="next-steps"]')]
    .filter((box) => el.mode !== 'accordion' || box.closest('[id^="panel-"]') === region)
    .flatMap((box) => [...box.querySelectorAll<HTMLElement>('[data-next]')]);
}

/** Goes one answer on, as a person does: the answer's button, or in the accordion the section's own. */
async function answer(el: EntHelp, id: string): Promise<void> {
  const root = shadow(el);
  const trigger = root.getElementById(`trigger-${id}`);
  const button =
    el.mode === 'accordion' && trigger && !trigger.closest('[hidden]')
      ? trigger
      : [...shownRegion(el).querySelectorAll<HTMLElement>(`[data-next="${id}"]`)].find((b) => !b.closest('[hidden]'));
  expect(button, `a way to ${id} from ${el.node} (${el.mode})`).to.not.equal(undefined);
  button!.click();
  await settle(el);
  expect(el.node).to.equal(id);
}

describe('triage walk', () => {
  for (const mode of MODES)
    for (const locale of LOCALES)
      describe(`${mode}, ${locale}`, () => {
        for (const s of SITUATIONS) {
          it(`${s.who}: ${s.story} → ${s.outcome}, then on to « Autres Cas »`, async () => {
            const el = await mountIn(locale, mode);
            const ids = idsOf(s.answers);
            const trail: string[] = [];
            for (const id of ids) {
              await answer(el, id);
              trail.push(id);
              if (mode === 'stepper') {
                // No total that could change: the position names the step, never « sur N ».
                const position = fold(shadow(el).querySelector('[part="trail"] [aria-current="step"]')?.textContent);
                expect(position).to.not.match(/\d\D+\d/);
              }
            }
            expect(el.node).to.equal(s.outcome);
            if (locale === 'fr') expect(fold(shownRegion(el).textContent)).to.contain(fold(s.faq).replace(/'/g, "'"));
            const student = s.answers.includes('Élève');
            // From the outcome, the ways forward: never back onto the path, and in the end « Autres Cas ».
            const path = ['accueil', ...trail];
            for (let hops = 0; el.node !== 'autres-cas'; hops++) {
              expect(hops, `${path.join(' › ')}: no way to « Autres Cas »`).to.be.below(6);
              if (student)
                expect(
                  shownRegion(el).querySelector('a[href^="mailto:"]'),
                  `a mailto: for a student at ${el.node}`,
                ).to.equal(null);
              const ways = waysForward(el);
              expect(ways.length, `no way forward at ${el.node}`).to.be.greaterThan(0);
              for (const w of ways)
                expect(path, `${el.node} leads back to ${w.dataset['next']}`).to.not.include(w.dataset['next']);
              const last = ways.at(-1)!.dataset['next']!;
              expect(last).to.equal('autres-cas');
              await answer(el, last);
              path.push(last);
            }
            // The end of the road: contacts, the screenshots advice, the message; no way forward to itself.
            expect(waysForward(el).map((w) => w.dataset['next'])).to.not.include('autres-cas');
            expect(shownRegion(el).querySelector('[part="message"]')).to.not.equal(null);
            el.remove();
          });
        }
      });
});

describe('triage: the French on screen is the FAQ’s', () => {
  /** The widget's own French, shown around the tree's texts (buttons, labels, headings of boxes). */
  const UI_TEXT = [
    'Qui contacter ?',
    'Vous êtes élève',
    'Vous êtes parent',
    'Élève ou parent',
    'Le professeur principal de la classe',
    'Le lycée : campus.coulommiers@ac-creteil.fr',
    'Message prêt à envoyer',
    'Il reprend vos réponses ; complétez les lignes vides avant de l’envoyer ou de le remettre.',
    'Problème résolu ?',
  ];
  /** A text cut into its sentences (after « . ? ! … » and before a capital or « « »). */
  const sentences = (text: string) => fold(text).split(/(?<=[.?!…])\s+(?=[A-ZÀ-ÝÉ«])/u);
  const allowed = new Set([...WIDGET_TEXT, ...UI_TEXT].flatMap(sentences));

  /** Each piece of text of the region, one per paragraph, heading, list item, label and hint. */
  function pieces(region: Element): string[] {
    // Wrapped, so that the region itself counts when it is a paragraph (the accordion's introduction).
    const clone = document.createElement('div');
    clone.append(region.cloneNode(true));
    clone
      .querySelectorAll(
        'svg, .visually-hidden, [part="copy-button"], [part="message-text"], details, .copy-status, [part="resolved-button"], .message-buttons',
      )
      .forEach((n) => n.remove());
    const found: string[] = [];
    const take = (selector: string) =>
      clone.querySelectorAll(selector).forEach((n) => {
        const text = fold(n.textContent);
        if (text) found.push(text);
        n.remove();
      });
    take('.audience');
    take('.choice-label');
    take('.choice-hint');
    take('[role="heading"]');
    take('li');
    take('p');
    return found;
  }

  for (const mode of MODES) {
    it(`${mode}: every node's sentences are the FAQ's, or a question, label or heading listed as the widget's`, async () => {
      const unlisted = new Set<string>();
      for (const node of tree.nodes) {
        const el = await mount({ mode, node: node.id, history: 'none', persist: 'none' });
        await settle(el);
        expect(el.node).to.equal(node.id);
        // The accordion's first question is its introduction; every other node is a section.
        const region =
          mode !== 'accordion'
            ? shownRegion(el)
            : node.id === tree.start
              ? shadow(el).querySelector('.intro')!
              : shadow(el).getElementById(`section-${node.id}`)!;
        for (const text of pieces(region).flatMap(sentences))
          if (!inFaq(text) && !allowed.has(text)) unlisted.add(`${node.id}: ${text}`);
        el.remove();
      }
      expect([...unlisted]).to.deep.equal([]);
    });
  }

  it('the routes of the default tree stay within three answers of every FAQ answer', () => {
    for (const node of tree.nodes)
      if (node.kind === 'outcome') expect(routeTo(tree, node.id)!.length - 1, node.id).to.be.at.most(3);
    expect(getNode(tree, 'autres-cas')).to.not.equal(undefined);
  });
});
