// Issue 12 in real browsers: every situation walked door to outcome, in both modes and every
// locale; from every outcome, the ways forward to « Autres Cas » (never back onto the path); no
// lycée mailto: for a student where the FAQ sends students to the professeur principal; a step
// position that never changes its total; every French sentence on screen the FAQ's or listed.
import { expect } from '@open-wc/testing';
import { getNode, routeTo } from '../src/data/navigator.js';
import { inFaq } from './fixtures/faq.js';
import { LOCALES, MODES, shownRegion, tree, walkAll } from './fixtures/walk.js';
import { WIDGET_TEXT } from './fixtures/widget-text.js';
import { fold, mount, settle, shadow } from './helpers.js';

describe('triage walk (stepper)', () => {
  for (const locale of LOCALES)
    it(`${locale}: every situation from its door to its outcome, then on to « Autres Cas »`, async function () {
      // Every situation walked on one element: WebKitGTK on a loaded CI machine needs more than the default 10 s.
      this.timeout(30000);
      await walkAll('stepper', locale);
    });
});

describe('triage: the French on screen is the FAQ’s', () => {
  /** The widget's own French, shown around the tree's texts (buttons, labels, headings of boxes). */
  const UI_TEXT = [
    'Qui contacter ?',
    'Vous êtes élève',
    'Vous êtes parent',
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
